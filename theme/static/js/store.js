// Saved ticks, rest days and timer settings: one localStorage entry, with a format version.
// Stored data looks like { v: 1, days: { "2025-06-03": { done: [set ids], of: 8, rest: true, pain: 3, note: "…" } }, prefs }
// ("of" is how many sets the routine had that day). Storage that is missing, blocked or full: the
// checklist keeps working in memory and says so. Unreadable data: set aside, start again, say so.
// Another tab's change: the 'storage' event reloads it.
import { addDays, dayKey, isDay } from './days.js';
import { word } from './dom.js';

const KEY = 'hamstringback-checklist';
export const VERSION = 1;
export const KEEP_DAYS = 400; // over a year; the promise is at least 12 weeks
export const MAX_SETS = 300; // on one day; the routine has 46

// What the checklist says about its storage (store_* of theme/strings.yml).
const NOTES = { memory: () => word('store_memory'), reset: () => word('store_reset'), newer: () => word('store_newer') };

// Days are kept in objects without a prototype, so no date, however odd, can reach Object.prototype.
const blank = () => ({ v: VERSION, days: Object.create(null), prefs: { sound: false, vibrate: false } });

// Why day k cannot be kept ('date': not a real day, 'future', 'old'), or '' if it can. `ahead` days after
// today are allowed (a day, for saved data, so a flight west does not lose a day's ticks).
export const dayProblem = (k, today, ahead = 0) =>
  !isDay(k) ? 'date' : k > addDays(today, ahead) ? 'future' : k < addDays(today, -KEEP_DAYS) ? 'old' : '';

// A set id as the build writes them ("glute-bridge:1:L:2"): short, no spaces, commas, quotes or brackets,
// no part that is a name objects reserve, and not "rest" (the CSV's word for a rest day).
export const isSetId = id => typeof id === 'string' && /^[\w:.@+=-]{1,100}$/.test(id) && !/(^|:)(__proto__|constructor|prototype)(:|$)|^rest$/.test(id);

export const isHistory = raw => !!raw && typeof raw.days === 'object' && !!raw.days && !Array.isArray(raw.days) && !(raw.v > VERSION);

// Turns saved data or an export, of this version or an older one, into the current format; null if it is
// not checklist data. Format 0 (no version number) kept each day as a plain list of ticked set ids.
// Keeps only real days from KEEP_DAYS ago to tomorrow, each with at most MAX_SETS set ids of the right shape.
export function normalise(raw, today = dayKey()) {
  if (!isHistory(raw)) return null;
  const out = blank();
  for (const [date, d] of Object.entries(raw.days)) {
    const done = Array.isArray(d) ? d : d?.done;
    if (dayProblem(date, today, 1) || !Array.isArray(done)) continue;
    const day = { done: [...new Set(done.filter(isSetId))].slice(0, MAX_SETS) };
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
    note = NOTES.memory();
  }
  let data = null;
  data = read();

  function read() {
    let text = null;
    try {
      text = storage?.getItem(KEY) ?? null;
    } catch {
      storage = null;
      note = NOTES.memory();
    }
    if (text === null) return storage ? blank() : data ?? blank();
    let raw = null;
    try {
      raw = JSON.parse(text);
    } catch {}
    if (raw?.v > VERSION) {
      storage = null; // never overwrite what a newer version wrote
      note = NOTES.newer();
      return blank();
    }
    const d = normalise(raw);
    if (d) return d;
    note = NOTES.reset();
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
      note = NOTES.memory();
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
      const today = dayKey();
      for (const k of Object.keys(data.days)) if (dayProblem(k, today, 1)) delete data.days[k];
      save();
      onChange();
    },
    clear() {
      data = blank();
      try {
        storage?.removeItem(KEY);
        storage?.removeItem(KEY + '-unreadable');
      } catch {}
      if (note === NOTES.reset()) note = '';
      onChange();
    },
  };
}
