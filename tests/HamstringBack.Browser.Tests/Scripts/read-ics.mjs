// Reads an .ics file with ical.js (Mozilla's RFC 5545 parser, npm devDependency) and prints what a calendar
// would take from it, as JSON, for IcsReminderTests. Exit 1 with the parser's message if it cannot read it.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const text = readFileSync(process.argv[2], 'utf8');
const calendar = new ICAL.Component(ICAL.parse(text));
const events = calendar.getAllSubcomponents('vevent').map(c => {
  const event = new ICAL.Event(c);
  const rule = c.getFirstPropertyValue('rrule');
  const next = event.iterator();
  return {
    uid: event.uid,
    summary: event.summary,
    description: event.description,
    url: c.getFirstPropertyValue('url'),
    start: event.startDate.toString(),
    floating: event.startDate.zone?.tzid === 'floating',
    duration: event.duration.toString(),
    rrule: rule?.toString() ?? null,
    next: [next.next(), next.next(), next.next()].map(t => t.toString()),
    alarms: c.getAllSubcomponents('valarm').length,
  };
});
console.log(JSON.stringify({
  version: calendar.getFirstPropertyValue('version'),
  prodid: calendar.getFirstPropertyValue('prodid'),
  crlf: !/[^\r]\n/.test(text),
  longest: Math.max(...text.split('\r\n').map(l => Buffer.byteLength(l))),
  events,
}));
