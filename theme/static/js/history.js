// The last 7 days, the history week by week, and keeping a copy: export (CSV, JSON), import (merge),
// print, delete. Kind by design: a day not done is a blank, never a broken streak; rest days count as rest.
import { h } from './dom.js';
import { addDays, dayLabel, weekStart } from './days.js';
import { dayProblem, isHistory, isSetId, KEEP_DAYS, MAX_SETS, merge, VERSION } from './store.js';

// ['all' | 'part' | 'rest' | 'none', words for the day]
export function status(ctx, k) {
  const [n, of] = ctx.count(k);
  if (ctx.day(k).rest) return ['rest', 'Rest day'];
  if (n === 0) return ['none', '–'];
  return n >= of ? ['all', 'All done'] : ['part', `${n} of ${of}`];
}

const plural = (n, word) => `${n} ${word.replace('day', n === 1 ? 'day' : 'days')}`;

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

export function toolsView(ctx) {
  const message = h('p', { role: 'status' });
  const file = h('input', { type: 'file', accept: '.json,.csv,application/json,text/csv', onchange: () => importFile(ctx, file, message) });
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
      h('button', { type: 'button', onclick: () => download(ctx, 'csv') }, 'Download history (CSV, for spreadsheets)'),
      h('button', { type: 'button', onclick: () => download(ctx, 'json') }, 'Download history (JSON)'),
      h('button', { type: 'button', className: 'secondary', onclick: () => print() }, 'Print history')),
    h('label', { className: 'import' }, 'Add a downloaded history back (CSV or JSON file): ', file),
    message,
    h('p', { className: 'buttons' }, ask),
    confirm);
  return { el, update() {} };
}

// A cell a spreadsheet would run as a formula gets a ' in front (OWASP's advice on CSV injection); import
// takes it off again, so a round trip gives back the same set ids.
const csvField = s => {
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

function download(ctx, type) {
  const data = ctx.store.data;
  let text = JSON.stringify({ app: 'hamstringback-checklist', v: VERSION, days: data.days, prefs: data.prefs }, null, 1);
  if (type === 'csv') {
    const sets = new Map(ctx.routine.exercises.flatMap(e => e.sets.map(s => [s.id, [e.name, s.label]])));
    const rows = [['date', 'item', 'routine_sets', 'exercise', 'set']];
    for (const k of Object.keys(data.days).sort()) {
      const d = data.days[k];
      if (d.rest) rows.push([k, 'rest', d.of ?? '', 'Rest day', '']);
      for (const id of d.done) rows.push([k, id, d.of ?? '', ...(sets.get(id) ?? ['', ''])]);
      if (d.pain != null) rows.push([k, 'pain', d.of ?? '', 'Pain (0 to 10)', d.pain]);
      if (d.note) rows.push([k, 'note', d.of ?? '', 'Note', d.note]);
    }
    text = rows.map(r => r.map(String).map(csvField).join(',')).join('\r\n') + '\r\n';
  }
  const a = h('a', { href: URL.createObjectURL(new Blob([text], { type: type === 'csv' ? 'text/csv' : 'application/json' })), download: `checklist-history-${ctx.today}.${type}` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

const MAX_BYTES = 2 * 1024 * 1024; // our own export of 400 full days is about 0.8 MB

// Why a line of a file was refused, in words, given its date and item.
const WHY = {
  date: k => `${k} is not a real day`,
  future: k => `${k} is after today`,
  old: k => `${k} is more than ${KEEP_DAYS} days ago`,
  none: () => 'no set or rest day',
  pain: (k, _, v) => `pain "${v}" on ${k} is not a score from 0 to 10`,
  note: k => `the note on ${k} is not text of up to 200 characters`,
  set: (k, id) => `"${id}" is not a set name`,
  full: k => `more than ${MAX_SETS} sets on ${k}`,
};

// Takes off the ' that csvField put before a cell a spreadsheet would run as a formula.
const unformula = s => s?.replace(/^'(?=[=+\-@\t\r])/, '');

// [where, date, item, routine_sets, value] for each tick, rest day, pain score and note in the file, and what to call a row
// ('line', 'entry'), or null if the file is neither our JSON (any version) nor our CSV.
function rows(text) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    // Our CSV's first three columns (date, set id, routine_sets) never need quotes, so a split reads them.
    const lines = text.split(/\r?\n/);
    if (!lines[0].startsWith('date,item,')) return null;
    return [lines.slice(1).flatMap((line, i) => {
      const [date, item, of, , ...rest] = line.split(',');
      // A pain score or note is the last field; a note may hold commas and quotes (written by csvField).
      const value = unformula(rest.join(',').replace(/^"(.*)"$/, (_, q) => q.replaceAll('""', '"')));
      return line ? [[`line ${i + 2}`, date, unformula(item), of, value]] : [];
    }), ['line', 'lines']];
  }
  if (!isHistory(raw)) return null;
  return [Object.entries(raw.days).flatMap(([date, d], i) => {
    const where = `entry ${i + 1}`;
    const done = Array.isArray(d) ? d : d?.done;
    if (!Array.isArray(done)) return [[where, date]];
    return [...(d.rest === true ? [[where, date, 'rest', d.of]] : []), ...done.map(id => [where, date, id, d.of]),
      ...(d.pain != null ? [[where, date, 'pain', d.of, d.pain]] : []), ...(d.note != null ? [[where, date, 'note', d.of, d.note]] : [])];
  }), ['entry', 'entries']];
}

// A pain score 0 to 10 from a file's number or text, else null.
const painScore = v => (v === '' || v == null ? null : Number.isInteger(+v) && +v >= 0 && +v <= 10 ? +v : null);

// The days of the rows that can be kept (real days up to today), and [where, why] for the rows that cannot.
function collect(rows, today) {
  const days = Object.create(null);
  const refused = [];
  const show = s => String(s ?? '').slice(0, 40);
  for (const [where, date, item, of, value] of rows) {
    let why = dayProblem(date, today) || (item == null || item === '' ? 'none' : item === 'pain' ? (painScore(value) == null ? 'pain' : '')
      : item === 'note' ? (typeof value === 'string' && value.length <= 200 ? '' : 'note') : item === 'rest' || isSetId(item) ? '' : 'set');
    const d = why ? null : (days[date] ??= { done: new Set() });
    if (d && isSetId(item) && !d.done.has(item) && d.done.size >= MAX_SETS) why = 'full';
    if (why) {
      if (refused.at(-1)?.[0] !== where) refused.push([where, WHY[why](show(date), show(item), show(value))]);
      continue;
    }
    if (item === 'rest') d.rest = true;
    else if (item === 'pain') d.pain = painScore(value);
    else if (item === 'note') { if (value.trim()) d.note = value.trim(); }
    else d.done.add(item);
    if (Number.isInteger(+of) && +of > (d.of ?? 0) && +of < 10000) d.of = +of;
  }
  for (const d of Object.values(days)) d.done = [...d.done];
  return { days, refused };
}

async function importFile(ctx, file, message) {
  const f = file.files[0];
  file.value = '';
  if (!f) return;
  if (f.size > MAX_BYTES) {
    message.textContent = 'That file is larger than 2 MB, too large to be a checklist history. Choose a .csv or .json file downloaded from this page.';
    return;
  }
  const found = rows(await f.text());
  if (!found) {
    message.textContent = 'That file is not a checklist history. Choose a .csv or .json file downloaded from this page.';
    return;
  }
  const [list, [one, many]] = found;
  const { days, refused } = collect(list, ctx.today);
  const n = Object.keys(days).length;
  ctx.store.update(d => merge(d, { days }));
  const shown = refused.slice(0, 3).map(([where, why]) => `${where} (${why})`);
  if (refused.length > 3) shown.push(`and ${refused.length - 3} more`);
  message.textContent = (n ? `Added ${plural(n, 'day')} from the file. Days you already had were merged, with nothing counted twice.` : 'Nothing was added from the file.') +
    (refused.length ? ` Refused ${refused.length} ${refused.length === 1 ? one : many}: ${shown.join(', ')}.` : '');
}
