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

export const dayLabel = (k, options) => fromKey(k).toLocaleDateString(document.documentElement.lang || undefined, options);

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
