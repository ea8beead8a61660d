// Keeping a copy of the history: download as CSV or JSON, and add a downloaded file back (merged, every line
// checked). Loaded by history.js only when a download or import is asked for.
import { h, joined, word } from './dom.js';
import { dayProblem, isHistory, isSetId, KEEP_DAYS, MAX_SETS, merge, VERSION } from './store.js';
import { plural } from './history.js';

// A cell a spreadsheet would run as a formula gets a ' in front (OWASP's advice on CSV injection); import
// takes it off again, so a round trip gives back the same set ids.
const csvField = s => {
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

export function download(ctx, type) {
  const data = ctx.store.data;
  let text = JSON.stringify({ app: 'hamstringback-checklist', v: VERSION, days: data.days, prefs: data.prefs }, null, 1);
  if (type === 'csv') {
    const sets = new Map(ctx.routine.exercises.flatMap(e => e.sets.map(s => [s.id, [e.name, s.label]])));
    const rows = [['date', 'item', 'routine_sets', 'exercise', 'set']];
    for (const k of Object.keys(data.days).sort()) {
      const d = data.days[k];
      if (d.rest) rows.push([k, 'rest', d.of ?? '', word('transfer_rest'), '']);
      for (const id of d.done) rows.push([k, id, d.of ?? '', ...(sets.get(id) ?? ['', ''])]);
      if (d.pain != null) rows.push([k, 'pain', d.of ?? '', word('transfer_pain'), d.pain]);
      if (d.note) rows.push([k, 'note', d.of ?? '', word('transfer_note'), d.note]);
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
const why = (kind, day, item, value) => word(`transfer_why_${kind}`, { day, item, value, days: KEEP_DAYS, sets: MAX_SETS });

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
      return line ? [[word('transfer_line', { n: i + 2 }), date, unformula(item), of, value]] : [];
    }), 'lines'];
  }
  if (!isHistory(raw)) return null;
  return [Object.entries(raw.days).flatMap(([date, d], i) => {
    const where = word('transfer_entry', { n: i + 1 });
    const done = Array.isArray(d) ? d : d?.done;
    if (!Array.isArray(done)) return [[where, date]];
    return [...(d.rest === true ? [[where, date, 'rest', d.of]] : []), ...done.map(id => [where, date, id, d.of]),
      ...(d.pain != null ? [[where, date, 'pain', d.of, d.pain]] : []), ...(d.note != null ? [[where, date, 'note', d.of, d.note]] : [])];
  }), 'entries'];
}

// A pain score 0 to 10 from a file's number or text, else null.
const painScore = v => (v === '' || v == null ? null : Number.isInteger(+v) && +v >= 0 && +v <= 10 ? +v : null);

// The days of the rows that can be kept (real days up to today), and [where, why] for the rows that cannot.
function collect(rows, today) {
  const days = Object.create(null);
  const refused = [];
  const show = s => String(s ?? '').slice(0, 40);
  for (const [where, date, item, of, value] of rows) {
    let problem = dayProblem(date, today) || (item == null || item === '' ? 'none' : item === 'pain' ? (painScore(value) == null ? 'pain' : '')
      : item === 'note' ? (typeof value === 'string' && value.length <= 200 ? '' : 'note') : item === 'rest' || isSetId(item) ? '' : 'set');
    const d = problem ? null : (days[date] ??= { done: new Set() });
    if (d && isSetId(item) && !d.done.has(item) && d.done.size >= MAX_SETS) problem = 'full';
    if (problem) {
      if (refused.at(-1)?.[0] !== where) refused.push([where, why(problem, show(date), show(item), show(value))]);
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

export async function importFile(ctx, file, message) {
  const f = file.files[0];
  file.value = '';
  if (!f) return;
  if (f.size > MAX_BYTES) {
    message.textContent = word('transfer_too_large');
    return;
  }
  const found = rows(await f.text());
  if (!found) {
    message.textContent = word('transfer_not_history');
    return;
  }
  const [list, rowsAre] = found;
  const { days, refused } = collect(list, ctx.today);
  const n = Object.keys(days).length;
  ctx.store.update(d => merge(d, { days }));
  const shown = refused.slice(0, 3).map(([where, reason]) => word('transfer_refused_row', { where, why: reason }));
  if (refused.length > 3) shown.push(word('transfer_refused_more', { n: refused.length - 3 }));
  const added = n ? word('transfer_added', { days: plural('transfer_days', n) }) : word('transfer_nothing');
  message.textContent = refused.length
    ? word('transfer_with_refused', { added, rows: plural(`transfer_${rowsAre}`, refused.length), list: joined(word, 'list_join', shown) }) : added;
}
