// "Add reminders to my calendar": an iCalendar file (RFC 5545) with one daily event per session, at the times
// the reader chose, each linking back to the checklist. Times are floating local times ("08:00 wherever you
// are"), which every calendar reads without time zone tables. The same UID for a session each time, so adding a
// new file changes the reminders instead of doubling them. Loaded only when asked for.
import { h, joined, word } from './dom.js';

const esc = s => s.replace(/[\\;,]/g, m => '\\' + m).replace(/\n/g, '\\n');

// Lines longer than 75 octets are folded: CRLF, then a space (RFC 5545, 3.1).
function fold(line) {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const out = [];
  let part = '';
  let size = 0;
  for (const ch of line) {
    const n = new TextEncoder().encode(ch).length;
    if (size + n > (out.length ? 74 : 75)) {
      out.push(part);
      part = '';
      size = 0;
    }
    part += ch;
    size += n;
  }
  return [...out, part].join('\r\n ');
}

export function calendar(routine, times, url, today, now = new Date()) {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const date = today.replaceAll('-', '');
  const host = new URL(url).hostname;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//HamstringBack//Daily checklist//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  times.forEach((time, i) => {
    const n = i + 1;
    const names = routine.exercises.filter(e => e.perDay >= n).map(e => e.name);
    const title = times.length > 1 ? word('reminder_event', { title: routine.title, n, sessions: times.length }) : routine.title;
    lines.push('BEGIN:VEVENT', `UID:checklist-session-${n}@${host}`, `DTSTAMP:${stamp}`,
      `DTSTART:${date}T${time.replace(':', '')}00`, 'DURATION:PT15M', 'RRULE:FREQ=DAILY',
      `SUMMARY:${esc(title)}`, `DESCRIPTION:${esc(word('reminder_event_description', { exercises: joined(word, 'list_join', names), url }))}`, `URL:${url}`,
      'BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${esc(title)}`, 'TRIGGER:PT0M', 'END:VALARM', 'END:VEVENT');
  });
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

// The form: a time for each session of the day, and the button that downloads the file.
export function form(ctx, section, ask) {
  const sessions = Math.max(...ctx.routine.exercises.map(e => e.perDay));
  const times = [...Array(sessions)].map((_, i) => h('input', { type: 'time', id: 'remind-' + (i + 1), value: ['08:00', '19:00', '13:00', '16:00', '10:00', '21:00'][i] }));
  ask.replaceWith(...times.map((t, i) => h('p', {}, h('label', { htmlFor: t.id }, sessions > 1 ? word('reminder_session', { n: i + 1, sessions }) : word('reminder_time')), ' ', t)),
    h('p', {}, word('reminder_then')),
    h('p', {}, h('button', { type: 'button', onclick: () => download(ctx, times.map(t => t.value).filter(Boolean)) }, word('reminder_add'))));
  times[0].focus();
}

function download(ctx, times) {
  if (!times.length) return;
  const url = new URL(ctx.routine.checklist, location.href).href;
  const text = calendar(ctx.routine, times, url, ctx.today);
  const a = h('a', { href: URL.createObjectURL(new Blob([text], { type: 'text/calendar' })), download: 'exercise-reminders.ics' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}
