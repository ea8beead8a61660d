// The last 7 days, the history week by week, and keeping a copy: export (CSV, JSON), import (merge),
// print, delete. Kind by design: a day not done is a blank, never a broken streak; rest days count as rest.
import { h } from './dom.js';
import { addDays, dayLabel, weekStart } from './days.js';

// ['all' | 'part' | 'rest' | 'none', words for the day]
export function status(ctx, k) {
  const [n, of] = ctx.count(k);
  if (ctx.day(k).rest) return ['rest', 'Rest day'];
  if (n === 0) return ['none', '–'];
  return n >= of ? ['all', 'All done'] : ['part', `${n} of ${of}`];
}

export const plural = (n, word) => `${n} ${word.replace('day', n === 1 ? 'day' : 'days')}`;

export function weekView(ctx) {
  const summary = h('p');
  const rows = h('tbody');
  const el = h('section', { className: 'week', 'aria-labelledby': 'week-heading' },
    h('h2', { id: 'week-heading' }, 'The last 7 days'),
    summary,
    h('table', {}, h('thead', {}, h('tr', {}, ...['Day', 'Done', 'Pain', 'Rest'].map(t => h('th', { scope: 'col' }, t)))), rows),
    h('p', { className: 'small' }, 'Resting, unwell or busy? Mark the day as a rest day. Rest days do not count against you.'));

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
        h('th', { scope: 'row' }, k === ctx.today ? `Today, ${name}` : name, note ? h('span', { className: 'day-note' }, note) : null),
        h('td', {}, words),
        h('td', {}, pain ?? '–'),
        h('td', {}, h('button', {
          type: 'button', className: 'secondary', 'aria-pressed': rest, 'aria-label': `Rest day, ${name}`, 'data-key': 'rest-' + k,
          onclick: () => ctx.rest(k, !rest),
        }, rest ? 'Rest ✓' : 'Rest')));
    }));
    const parts = [counts.all && plural(counts.all, 'day all done'), counts.part && plural(counts.part, 'day partly done'), counts.rest && plural(counts.rest, 'rest day')];
    summary.textContent = parts.some(Boolean)
      ? `In the last 7 days: ${parts.filter(Boolean).join(', ')}. Every bit helps.`
      : 'Nothing ticked in the last 7 days yet. Whenever you are ready, today is a good day to start.';
  }
  return { el, update };
}

export function historyView(ctx) {
  const box = h('div');
  const el = h('section', { className: 'history', 'aria-labelledby': 'history-heading' }, h('h2', { id: 'history-heading' }, 'Your history, week by week'), box);

  function update() {
    const weeks = [...new Set(Object.keys(ctx.store.data.days).map(weekStart))].sort().reverse();
    if (!weeks.length) return box.replaceChildren(h('p', {}, 'Nothing saved yet. Your ticks will show here.'));
    const monday = weekStart(ctx.today);
    const head = h('tr', {}, h('th', { scope: 'col' }, 'Week of'),
      ...[...Array(7)].map((_, i) => h('th', { scope: 'col' }, h('abbr', { title: dayLabel(addDays(monday, i), { weekday: 'long' }) }, dayLabel(addDays(monday, i), { weekday: 'narrow' })))));
    // Focusable, because a narrow screen scrolls the table sideways and keyboards must scroll it too.
    box.replaceChildren(h('p', { className: 'small' }, '✓ all done · 3/8: sets done'), h('table', { tabIndex: 0, 'aria-labelledby': 'history-heading' }, h('thead', {}, head), h('tbody', {}, ...weeks.map(w => h('tr', { 'data-week': w },
      h('th', { scope: 'row' }, dayLabel(w, { day: 'numeric', month: 'short', year: 'numeric' })),
      ...[...Array(7)].map((_, i) => {
        const k = addDays(w, i);
        const [kind, words] = k > ctx.today ? ['none', ''] : status(ctx, k);
        return h('td', { className: kind, 'data-day': k }, words.replace(' of ', '/').replace('All done', '✓').replace(' day', ''));
      }))))), feelings());
  }

  // The last 14 days with a pain score or a note, newest first (the export has them all).
  function feelings() {
    const days = Object.entries(ctx.store.data.days).filter(([, d]) => d.pain != null || d.note).sort().reverse().slice(0, 14);
    return days.length ? h('div', { className: 'feelings' }, h('h3', {}, 'How it felt'), h('ul', {}, ...days.map(([k, d]) => h('li', { 'data-day': k },
      h('strong', {}, dayLabel(k, { weekday: 'short', day: 'numeric', month: 'short' }) + ': '),
      d.pain != null ? `pain ${d.pain} of 10` : '', d.pain != null && d.note ? '. ' : '', d.note ?? '')))) : null;
  }
  return { el, update };
}

// Export and import load only when used, to keep /checklist/'s first load small.
const transfer = () => import('./transfer.js');

export function toolsView(ctx) {
  const message = h('p', { role: 'status' });
  const file = h('input', { type: 'file', accept: '.json,.csv,application/json,text/csv', onchange: () => transfer().then(m => m.importFile(ctx, file, message)) });
  const ask = h('button', { type: 'button', className: 'secondary', onclick: () => { confirm.hidden = false; yes.focus(); } }, 'Delete all my data…');
  const yes = h('button', { type: 'button', className: 'danger', onclick: () => {
    ctx.store.clear();
    confirm.hidden = true;
    message.textContent = 'Everything the checklist saved in this browser has been deleted.';
    ask.focus();
  } }, 'Yes, delete everything');
  const no = h('button', { type: 'button', className: 'secondary', onclick: () => { confirm.hidden = true; ask.focus(); } }, 'No, keep it');
  const confirm = h('div', { className: 'confirm', hidden: true, role: 'group', 'aria-label': 'Delete all my data?' },
    h('p', {}, 'This deletes every tick and rest day saved in this browser. It cannot be undone. Download a copy first if you may want it.'), yes, ' ', no);
  const el = h('section', { className: 'tools', 'aria-labelledby': 'tools-heading' },
    h('h2', { id: 'tools-heading' }, 'Keep a copy'),
    h('p', {}, 'Your ticks are saved only in this browser, on this device: no account, and nothing is sent anywhere. ' +
      'Clearing your browsing data deletes them, and some browsers (such as Safari) delete them after 7 days without a visit. ' +
      'Download your history now and then to keep it safe, or to show your physiotherapist.'),
    h('p', { className: 'buttons' },
      h('button', { type: 'button', onclick: () => transfer().then(m => m.download(ctx, 'csv')) }, 'Download history (CSV, for spreadsheets)'),
      h('button', { type: 'button', onclick: () => transfer().then(m => m.download(ctx, 'json')) }, 'Download history (JSON)'),
      h('button', { type: 'button', className: 'secondary', onclick: () => print() }, 'Print history')),
    h('label', { className: 'import' }, 'Add a downloaded history back (CSV or JSON file): ', file),
    message,
    h('p', { className: 'buttons' }, ask),
    confirm);
  return { el, update() {} };
}
