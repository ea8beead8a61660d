// Saved ticks, rest days and timer settings: one localStorage entry, with a format version.
// Stored data looks like { v: 1, days: { "2025-06-03": { done: [set ids], of: 8, rest: true, pain: 3, note: "…" } }, prefs }
// ("of" is how many sets the routine had that day). Storage that is missing, blocked or full: the
// checklist keeps working in memory and says so. Unreadable data: set aside, start again, say so.
// Another tab's change: the 'storage' event reloads it.
import { addDays, dayKey } from './days.js';

const KEY = 'hamstringback-checklist';
export const VERSION = 1;
const KEEP_DAYS = 400; // over a year; the promise is at least 12 weeks

const NOTES = {
  memory: 'This browser is not letting the site save your ticks (maybe private browsing, or its storage is full). ' +
    'Your ticks stay while this page is open. To keep them, download your history below.',
  reset: 'Your saved checklist could not be read, so it has started again. Sorry about that.',
  newer: 'Your ticks were saved by a newer version of this site. Reload the page to see them.',
};

const blank = () => ({ v: VERSION, days: {}, prefs: { sound: false, vibrate: false } });

// Turns saved data or an export, of this version or an older one, into the current format; null if it is
// not checklist data. Format 0 (no version number) kept each day as a plain list of ticked set ids.
export function normalise(raw) {
  if (!raw || typeof raw.days !== 'object' || !raw.days || Array.isArray(raw.days) || raw.v > VERSION) return null;
  const out = blank();
  for (const [date, d] of Object.entries(raw.days)) {
    const done = Array.isArray(d) ? d : d?.done;
    if (!/^\d{4}-\d\d-\d\d$/.test(date) || !Array.isArray(done)) continue;
    const day = { done: [...new Set(done.filter(x => typeof x === 'string'))] };
    if (d.rest === true) day.rest = true;
    if (Number.isInteger(d.of) && d.of > 0) day.of = d.of;
    if (Number.isInteger(d.pain) && d.pain >= 0 && d.pain <= 10) day.pain = d.pain;
    if (typeof d.note === 'string' && d.note.trim()) day.note = d.note.trim().slice(0, 200);
    out.days[date] = day;
  }
  out.prefs = { sound: raw.prefs?.sound === true, vibrate: raw.prefs?.vibrate === true, asked: raw.prefs?.asked === true };
  return out;
}

// Adds every tick and rest day of `from` to `into`; a tick already there is not added twice.
export function merge(into, from) {
  for (const [date, d] of Object.entries(from.days)) {
    const day = (into.days[date] ??= { done: [] });
    day.done = [...new Set([...day.done, ...d.done])];
    if (d.rest) day.rest = true;
    if (d.of > (day.of ?? 0)) day.of = d.of;
    day.pain ??= d.pain;
    day.note ??= d.note;
  }
}

export function openStore(onChange) {
  let storage = null;
  let note = '';
  try {
    storage = localStorage; // reading the property itself throws where storage is blocked
  } catch {
    note = NOTES.memory;
  }
  let data = null;
  data = read();

  function read() {
    let text = null;
    try {
      text = storage?.getItem(KEY) ?? null;
    } catch {
      storage = null;
      note = NOTES.memory;
    }
    if (text === null) return storage ? blank() : data ?? blank();
    let raw = null;
    try {
      raw = JSON.parse(text);
    } catch {}
    if (raw?.v > VERSION) {
      storage = null; // never overwrite what a newer version wrote
      note = NOTES.newer;
      return blank();
    }
    const d = normalise(raw);
    if (d) return d;
    note = NOTES.reset;
    try {
      storage.setItem(KEY + '-unreadable', text);
      storage.setItem(KEY, JSON.stringify(blank()));
    } catch {}
    return blank();
  }

  function save() {
    try {
      storage?.setItem(KEY, JSON.stringify(data));
    } catch {
      storage = null;
      note = NOTES.memory;
    }
  }

  addEventListener('storage', e => {
    if (storage && (e.key === KEY || e.key === null)) {
      data = read();
      onChange();
    }
  });

  return {
    get data() { return data; },
    get note() { return note; },
    // Changes the data with fn, saves, redraws. Reads storage first, so another tab's ticks are kept.
    update(fn) {
      if (storage) data = read();
      fn(data);
      const oldest = addDays(dayKey(), -KEEP_DAYS);
      for (const k of Object.keys(data.days)) if (k < oldest) delete data.days[k];
      save();
      onChange();
    },
    clear() {
      data = blank();
      try {
        storage?.removeItem(KEY);
        storage?.removeItem(KEY + '-unreadable');
      } catch {}
      if (note === NOTES.reset) note = '';
      onChange();
    },
  };
}
