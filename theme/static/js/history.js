// The last 7 days, the history week by week, and keeping a copy: export (CSV, JSON), import (merge),
// print, delete. Kind by design: a day not done is a blank, never a broken streak; rest days count as rest.
import { h, joined, word } from './dom.js';
import { addDays, dayLabel, weekStart } from './days.js';

// ['all' | 'part' | 'rest' | 'none', words for the day, sets done, sets in the routine]
export function status(ctx, k) {
  const [n, of] = ctx.count(k);
  const kind = ctx.day(k).rest ? 'rest' : n === 0 ? 'none' : n >= of ? 'all' : 'part';
  return [kind, word(`history_${kind}`, { n, of }), n, of];
}

// The words under key_one for one, else under key_many, with {n}: plural('history_days_all', 3) is "3 days all done".
export const plural = (key, n) => word(`${key}_${n === 1 ? 'one' : 'many'}`, { n });

export function weekView(ctx) {
  const summary = h('p');
  const rows = h('tbody');
  const el = h('section', { className: 'week', 'aria-labelledby': 'week-heading' },
    h('h2', { id: 'week-heading' }, word('history_week_heading')),
    summary,
    h('table', {}, h('thead', {}, h('tr', {}, ...['day', 'done', 'pain', 'rest'].map(t => h('th', { scope: 'col' }, word(`history_column_${t}`))))), rows),
    h('p', { className: 'small' }, word('history_rest_help')));

  function update() {
    const days = [...Array(7)].map((_, i) => addDays(ctx.today, i - 6));
    const counts = { all: 0, part: 0, rest: 0, none: 0 };
    rows.replaceChildren(...days.map(k => {
      const [kind, words] = status(ctx, k);
      counts[kind]++;
      const name = dayLabel(k, { weekday: 'short', day: 'numeric', month: 'short' });
      const rest = kind === 'rest';
      const { pain, note } = ctx.day(k);
      return h('tr', { className: kind, 'data-day': k },
        h('th', { scope: 'row' }, k === ctx.today ? word('history_today', { day: name }) : name, note ? h('span', { className: 'day-note' }, note) : null),
        h('td', {}, words),
        h('td', {}, pain ?? '–'),
        h('td', {}, h('button', {
          type: 'button', className: 'secondary', 'aria-pressed': rest, 'aria-label': word('history_rest_label', { day: name }), 'data-key': 'rest-' + k,
          onclick: () => ctx.rest(k, !rest),
        }, word(rest ? 'history_rest_on' : 'history_rest_off'))));
    }));
    const parts = ['all', 'part', 'rest'].filter(kind => counts[kind]).map(kind => plural(`history_days_${kind}`, counts[kind]));
    summary.textContent = parts.length ? word('history_week_summary', { days: joined(word, 'list_join', parts) }) : word('history_week_nothing');
  }
  return { el, update };
}

export function historyView(ctx) {
  const box = h('div');
  const el = h('section', { className: 'history', 'aria-labelledby': 'history-heading' }, h('h2', { id: 'history-heading' }, word('history_heading')), box);

  function update() {
    const weeks = [...new Set(Object.keys(ctx.store.data.days).map(weekStart))].sort().reverse();
    if (!weeks.length) return box.replaceChildren(h('p', {}, word('history_nothing')));
    const monday = weekStart(ctx.today);
    const head = h('tr', {}, h('th', { scope: 'col' }, word('history_week_of')),
      ...[...Array(7)].map((_, i) => h('th', { scope: 'col' }, h('abbr', { title: dayLabel(addDays(monday, i), { weekday: 'long' }) }, dayLabel(addDays(monday, i), { weekday: 'narrow' })))));
    // Focusable, because a narrow screen scrolls the table sideways and keyboards must scroll it too.
    box.replaceChildren(h('p', { className: 'small' }, word('history_key')), h('table', { tabIndex: 0, 'aria-labelledby': 'history-heading' }, h('thead', {}, head), h('tbody', {}, ...weeks.map(w => h('tr', { 'data-week': w },
      h('th', { scope: 'row' }, dayLabel(w, { day: 'numeric', month: 'short', year: 'numeric' })),
      ...[...Array(7)].map((_, i) => {
        const k = addDays(w, i);
        const [kind, , n, of] = k > ctx.today ? ['none'] : status(ctx, k);
        return h('td', { className: kind, 'data-day': k }, k > ctx.today ? '' : word(`history_cell_${kind}`, { n, of }));
      }))))), feelings());
  }

  // The last 14 days with a pain score or a note, newest first (the export has them all).
  function feelings() {
    const days = Object.entries(ctx.store.data.days).filter(([, d]) => d.pain != null || d.note).sort().reverse().slice(0, 14);
    return days.length ? h('div', { className: 'feelings' }, h('h3', {}, word('history_felt')), h('ul', {}, ...days.map(([k, d]) => h('li', { 'data-day': k },
      h('strong', {}, word('history_felt_day', { day: dayLabel(k, { weekday: 'short', day: 'numeric', month: 'short' }) }) + ' '),
      d.pain == null ? d.note : word(d.note ? 'history_felt_pain_note' : 'history_felt_pain', { pain: d.pain, note: d.note }))))) : null;
  }
  return { el, update };
}

// Export and import load only when used, to keep /checklist/'s first load small.
const transfer = () => import('./transfer.js');

export function toolsView(ctx) {
  const message = h('p', { role: 'status' });
  const file = h('input', { type: 'file', accept: '.json,.csv,application/json,text/csv', onchange: () => transfer().then(m => m.importFile(ctx, file, message)) });
  const ask = h('button', { type: 'button', className: 'secondary', onclick: () => { confirm.hidden = false; yes.focus(); } }, word('history_delete'));
  const yes = h('button', { type: 'button', className: 'danger', onclick: () => {
    ctx.store.clear();
    confirm.hidden = true;
    message.textContent = word('history_deleted');
    ask.focus();
  } }, word('history_delete_yes'));
  const no = h('button', { type: 'button', className: 'secondary', onclick: () => { confirm.hidden = true; ask.focus(); } }, word('history_delete_no'));
  const confirm = h('div', { className: 'confirm', hidden: true, role: 'group', 'aria-label': word('history_delete_label') },
    h('p', {}, word('history_delete_help')), yes, ' ', no);
  const el = h('section', { className: 'tools', 'aria-labelledby': 'tools-heading' },
    h('h2', { id: 'tools-heading' }, word('history_copy_heading')),
    h('p', {}, word('history_copy_help')),
    h('p', { className: 'buttons' },
      h('button', { type: 'button', onclick: () => transfer().then(m => m.download(ctx, 'csv')) }, word('history_download_csv')),
      h('button', { type: 'button', onclick: () => transfer().then(m => m.download(ctx, 'json')) }, word('history_download_json')),
      h('button', { type: 'button', className: 'secondary', onclick: () => print() }, word('history_print'))),
    h('label', { className: 'import' }, word('history_import') + ' ', file),
    message,
    h('p', { className: 'buttons' }, ask),
    confirm);
  return { el, update() {} };
}
