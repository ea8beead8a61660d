// Days are the reader's local calendar days, written "YYYY-MM-DD" (which also sorts them).
const pad = n => String(n).padStart(2, '0');

export const dayKey = (d = new Date()) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

const fromKey = k => {
  const [y, m, d] = k.split('-').map(Number);
  return new Date(y, m - 1, d);
};

export function addDays(k, n) {
  const d = fromKey(k);
  d.setDate(d.getDate() + n);
  return dayKey(d);
}

// A real calendar day written YYYY-MM-DD ("2026-02-30" and "2026-99-99" are not).
export const isDay = k => typeof k === 'string' && /^\d{4}-\d\d-\d\d$/.test(k) && addDays(k, 0) === k;

// The Monday that starts the week of day k.
export const weekStart = k => addDays(k, -((fromKey(k).getDay() + 6) % 7));

// Day k in words, in the page's language, as toLocaleDateString(lang, options) writes it. One formatter is made per
// language and options and kept (issue 13: toLocaleDateString makes a new one on each call, and the ~70 labels of
// /checklist/'s views took ~90 ms of its load); like toLocaleDateString, options with no date field mean the date in
// numbers.
const formats = new Map();
const DATE_FIELDS = ['weekday', 'year', 'month', 'day', 'dateStyle', 'timeStyle'];
export const dayLabel = (k, options = {}) => {
  const lang = globalThis.document?.documentElement.lang || undefined;
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    const full = DATE_FIELDS.some(f => options[f] !== undefined) ? options : { year: 'numeric', month: 'numeric', day: 'numeric', ...options };
    formats.set(key, format = new Intl.DateTimeFormat(lang, full));
  }
  return format.format(fromKey(k));
};

// Calls onNewDay(key) when the local date changes: checked every 20 seconds (timers stop while a device
// sleeps, so no single timeout to midnight) and whenever the page comes back into view.
export function watchDay(onNewDay) {
  let current = dayKey();
  const check = () => {
    const k = dayKey();
    if (k !== current) onNewDay(current = k);
  };
  setInterval(check, 20000);
  document.addEventListener('visibilitychange', check);
  addEventListener('focus', check);
  addEventListener('pageshow', check);
}
