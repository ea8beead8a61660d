// A clinician's programme (issue 20): which exercises, in which order, at which dose, for whom. It travels only
// in a link's fragment (#p=1.<base64url of a small JSON>), which browsers never send to a server, or in a file;
// it is kept in this browser's localStorage. Everything read from a link or a file is checked against the
// site's own exercises and each one's dose range (routine JSON, written by the build) before it is used.
//
// Wire format, version 1: { n: name, c: clinician, s: start, r: review, e: [[id, sets, reps, hold, perDay, side, note], …] }
// side: 0 as the exercise says, 1 left leg only, 2 right leg only (only for exercises done on each leg).

import { fill, word } from './dom.js';

export { fill };
export const VERSION = 1;
export const KEY = 'hamstringback-programme';
export const MAX_LINK = 2000; // characters after #p=; a full programme of 8 exercises with notes is well under it
export const MAX_EXERCISES = 8;
export const LIMITS = { name: 30, clinician: 40, note: 120 };
const SIDES = ['as', 'left', 'right'];

// Names and notes are plain words: letters, digits, spaces and ordinary punctuation, never < > or control characters.
const plain = (s, max) => typeof s === 'string' && s.length <= max && !/[<>{}\\`\p{Cc}]/u.test(s);
const date = s => s === '' || (typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && !isNaN(Date.parse(s)));

// Why a programme is refused, in the words of theme/strings.yml (link_*, on #routine-data: issue 13).
const say = {
  corrupt: () => word('link_corrupt'),
  long: () => word('link_long'),
  newer: () => word('link_newer'),
  text: () => word('link_text'),
  empty: () => word('link_empty'),
  unknown: id => word('link_unknown', { id: String(id).slice(0, 40) }),
  range: (name, what, value, [min, max]) => word('link_range', { what: word(`link_range_${what}`), name, value, min, max }),
};
export const nothingChanged = () => word('link_unchanged');

// Every exercise of the site, by id: the routine's and the others.
export const library = routine => new Map([...routine.exercises, ...(routine.more ?? [])].map(e => [e.id, e]));

// The exercise's own dose, as the build wrote it.
export const ownDose = ex => ({ id: ex.id, sets: Math.max(...ex.sets.map(s => s.n)), reps: ex.reps, hold: ex.hold, perDay: ex.perDay, side: 'as', note: '' });

// Checks a decoded programme against the site; returns { programme } or { error }.
export function check(raw, routine) {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || !Array.isArray(raw.e)) return { error: say.corrupt() };
  const { n = '', c = '', s = '', r = '', e } = raw;
  if (!plain(n, LIMITS.name) || !plain(c, LIMITS.clinician)) return { error: say.text() };
  if (!date(s) || !date(r)) return { error: say.corrupt() };
  if (!e.length) return { error: say.empty() };
  if (e.length > MAX_EXERCISES) return { error: say.long() };
  const known = library(routine);
  const seen = new Set();
  const exercises = [];
  for (const item of e) {
    if (!Array.isArray(item) || item.length < 6 || item.length > 7) return { error: say.corrupt() };
    const [id, sets, reps, hold, perDay, side, note = ''] = item;
    const ex = typeof id === 'string' ? known.get(id) : null;
    if (!ex) return { error: say.unknown(id) };
    if (seen.has(id)) return { error: say.corrupt() };
    seen.add(id);
    if (![sets, reps, hold, perDay, side].every(Number.isInteger)) return { error: say.corrupt() };
    if (!plain(note, LIMITS.note)) return { error: say.text() };
    const parts = [['sets', sets, ex.range.sets], ['reps', reps, ex.range.reps], ['hold', hold, ex.range.hold], ['per_day', perDay, ex.range.perDay]];
    for (const [what, v, range] of parts) if (v < range[0] || v > range[1]) return { error: say.range(ex.name, what, v, range) };
    if (side < 0 || side > 2 || (side && ex.sides !== 'each')) return { error: say.corrupt() };
    exercises.push({ id, sets, reps, hold, perDay, side: SIDES[side], note });
  }
  return { programme: { v: VERSION, name: n, clinician: c, start: s, review: r, exercises } };
}

const toWire = p => {
  const w = { n: p.name, c: p.clinician, s: p.start, r: p.review,
    e: p.exercises.map(x => [x.id, x.sets, x.reps, x.hold, x.perDay, SIDES.indexOf(x.side), ...(x.note ? [x.note] : [])]) };
  for (const k of ['n', 'c', 's', 'r']) if (!w[k]) delete w[k];
  return w;
};

const b64 = bytes => btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
const unb64 = text => Uint8Array.from(atob(text.replaceAll('-', '+').replaceAll('_', '/')), ch => ch.charCodeAt(0));

// "1.eyJ…": what follows #p= in a link.
export const encode = p => VERSION + '.' + b64(new TextEncoder().encode(JSON.stringify(toWire(p))));

// Reads what follows #p=; returns { programme } or { error }.
export function decode(text, routine) {
  if (typeof text !== 'string' || text.length > MAX_LINK) return { error: say.long() };
  const m = /^(\d{1,6})\.([A-Za-z0-9_-]+)$/.exec(text);
  if (!m) return { error: say.corrupt() };
  if (+m[1] > VERSION) return { error: say.newer() };
  if (+m[1] !== VERSION) return { error: say.corrupt() };
  let raw;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(unb64(m[2])));
  } catch {
    return { error: say.corrupt() };
  }
  return check(raw, routine);
}

// A saved programme file: { app: 'hamstringback-programme', v: 1, ...wire }.
export const toFile = p => JSON.stringify({ app: KEY, v: VERSION, ...toWire(p) }, null, 1);
export function fromFile(text, routine) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    return { error: say.corrupt() };
  }
  if (raw?.app !== KEY) return { error: say.corrupt() };
  if (raw.v > VERSION) return { error: say.newer() };
  return check(raw, routine);
}

// The dose words of theme/strings.yml, which the layout writes on #routine-data as data-* attributes, so the build
// and this script say a dose the same way from one source (issue 13). {name} holes are filled in by phrase().
const WORDS = globalThis.document?.getElementById('routine-data')?.dataset ?? {};
const phrase = (key, facts) => fill(WORDS, key, facts);

const duration = s => {
  const unit = (n, u) => n === 1 ? phrase(`${u}One`) : phrase(`${u}Many`, { n });
  return s < 60 ? unit(s, 'seconds') : s % 60 === 0 ? unit(s / 60, 'minutes')
    : phrase('minutesAndSeconds', { minutes: unit(Math.floor(s / 60), 'minutes'), seconds: unit(s % 60, 'seconds') });
};
export const perDayText = n => n === 1 ? phrase('perDayOnce') : n === 2 ? phrase('perDayTwice') : phrase('perDayMany', { n });
const withSides = (ex, side, times) => side === 'left' ? phrase('sidesLeftOnly', { times }) : side === 'right' ? phrase('sidesRightOnly', { times })
  : ex.sides === 'each' ? phrase('sidesEach', { times }) : ex.sides === 'alternating' ? phrase('sidesAlternating', { times }) : times;

// The dose in one line, as the build writes it: "Hold 30 seconds · 2 times each leg", "3 sets of 10 times".
export function doseText(ex, d) {
  const many = phrase('timesMany', { n: d.reps });
  const count = d.sets > 1 ? phrase('timesSets', { sets: d.sets, times: d.reps === 1 ? phrase('timesOneInSets') : many }) : d.reps === 1 ? phrase('timesOnce') : many;
  const times = withSides(ex, d.side, count);
  return d.hold > 0 ? phrase('doseHold', { hold: duration(d.hold), times }) : times[0].toUpperCase() + times.slice(1);
}

// One tick per set × side × session, with the ids and the words (tick_* of theme/strings.yml) the build gives
// (ChecklistData.Sets), so history carries over.
function sets(ex, d) {
  const times = d.reps === 1 ? phrase('tickOnce') : phrase('tickTimes', { n: d.reps });
  const left = ['L', phrase('tickLeft')];
  const right = ['R', phrase('tickRight')];
  const sides = d.side === 'left' ? [left] : d.side === 'right' ? [right]
    : ex.sides === 'each' ? [left, right] : ex.sides === 'alternating' ? [['B', phrase('tickBothSides', { times })]] : [['B', times]];
  const list = [];
  for (let session = 1; session <= d.perDay; session++) {
    for (let n = 1; n <= d.sets; n++) {
      for (const [side, label] of sides) list.push({ id: `${ex.id}:${session}:${side}:s${n}`, session, side, n, label: d.sets === 1 ? label : phrase('tickSet', { label, n, sets: d.sets }) });
    }
  }
  return list;
}

// The routine JSON with the programme's exercises and doses in place of the site's routine.
export function apply(routine, p) {
  const known = library(routine);
  const exercises = p.exercises.map(d => {
    const ex = known.get(d.id);
    const frequency = d.perDay === ex.perDay ? ex.frequency : perDayText(d.perDay);
    return { ...ex, reps: d.reps, hold: d.hold, perDay: d.perDay, dose: doseText(ex, d), frequency, note: d.note, sets: sets(ex, d) };
  });
  return { ...routine, title: word('follow_title'), exercises, programme: p };
}

// The programme kept in this browser, checked again against the site as it is now; null if none (or no longer valid).
export function stored(routine) {
  try {
    const text = localStorage.getItem(KEY);
    return text ? fromFile(text, routine).programme ?? null : null;
  } catch {
    return null;
  }
}

export function keep(p) {
  try {
    localStorage.setItem(KEY, toFile(p));
    return true;
  } catch {
    return false;
  }
}

export function forget() {
  try {
    localStorage.removeItem(KEY);
  } catch {}
}

// The exercise's last frame, copied from its card on this page (drawn by the build, so no picture to fetch);
// decorative: the exercise's name is beside it. Null when the exercise has no frames.
export function framePicture(id, className) {
  const svg = document.querySelector(`[data-card="${CSS.escape(id)}"] .card-frame:last-child svg`)?.cloneNode(true);
  if (!svg) return null;
  svg.removeAttribute('role');
  svg.removeAttribute('aria-label');
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add(className);
  return svg;
}
