// Eight weeks at a glance: one mark per day (filled square all done, half-filled part done, ring rest day,
// dot nothing) and each week's average pain as a numbered line, drawn as SVG by script with attributes only
// (the CSP forbids style attributes), plus the same facts as a table.
import { h, word } from './dom.js';
import { addDays, dayLabel, weekStart } from './days.js';

const svg = (tag, attrs, ...kids) => {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...kids);
  return el;
};

// A day's mark, centred on x, y.
export const mark = (kind, x, y) => kind === 'all' ? svg('rect', { x: x - 8, y: y - 8, width: 16, height: 16, class: 'all' })
  : kind === 'part' ? svg('g', { class: 'part' }, svg('rect', { x: x - 7.5, y: y - 7.5, width: 15, height: 15 }), svg('path', { d: `M${x - 8} ${y + 8}L${x + 8} ${y - 8}V${y + 8}Z` }))
  : kind === 'rest' ? svg('circle', { cx: x, cy: y, r: 7, class: 'rest' })
  : svg('circle', { cx: x, cy: y, r: 2, class: 'none' });

const KINDS = ['all', 'part', 'rest', 'none'];
const icon = shape => svg('svg', { viewBox: '0 0 20 20', width: 20, height: 20 }, shape);

export function progressView(ctx, status) {
  const picture = h('figure', {});
  const rows = h('tbody');
  const el = h('section', { className: 'progress-weeks', 'aria-labelledby': 'progress-heading' },
    h('h2', { id: 'progress-heading' }, word('progress_heading')), picture,
    h('ul', { className: 'legend', 'aria-hidden': 'true' }, ...KINDS.map(k => h('li', {}, icon(mark(k, 10, 10)), word(`progress_${k}`))),
      h('li', {}, icon(svg('path', { d: 'M10 3l7 7-7 7-7-7z', class: 'pain' })), word('progress_pain'))),
    h('details', { className: 'as-table' }, h('summary', {}, word('progress_table')),
      h('table', { 'aria-labelledby': 'progress-heading' },
        h('thead', {}, h('tr', {}, ...['week', 'all', 'part', 'rest', 'pain'].map(t => h('th', { scope: 'col' }, word(`progress_column_${t}`))))), rows)));

  function update() {
    const first = addDays(weekStart(ctx.today), -49);
    const weeks = [...Array(8)].map((_, w) => {
      const days = [...Array(7)].map((_, i) => addDays(first, w * 7 + i)).map(k => [k, k > ctx.today ? null : status(ctx, k)[0]]);
      const pains = days.map(([k]) => ctx.day(k).pain).filter(p => p != null);
      const count = kind => days.filter(d => d[1] === kind).length;
      return { start: days[0][0], days, count, pain: pains.length ? Math.round(pains.reduce((a, b) => a + b) / pains.length * 10) / 10 : null };
    });
    const x = w => 40 + w * 37;
    const py = p => 282 - p * 9;
    const g = svg('svg', { viewBox: '0 0 330 320', role: 'img', 'aria-labelledby': 'progress-summary', class: 'chart' });
    word('progress_days').split(' ').forEach((d, i) => g.append(svg('text', { x: 14, y: 24 + i * 22, class: 'axis' }, d)));
    g.append(svg('text', { x: 4, y: 200, class: 'axis' }, word('progress_axis_pain')), svg('line', { x1: 30, y1: 282, x2: 326, y2: 282, class: 'base' }));
    let line = '';
    weeks.forEach((wk, w) => {
      wk.days.forEach(([, kind], i) => kind && g.append(mark(kind, x(w), 20 + i * 22)));
      g.append(svg('text', { x: x(w), y: 304, class: 'axis', 'text-anchor': 'middle' }, dayLabel(wk.start, { day: 'numeric', month: 'numeric' })));
      if (wk.pain == null) return;
      line += `${line ? 'L' : 'M'}${x(w)} ${py(wk.pain)}`;
      g.append(svg('path', { d: `M${x(w)} ${py(wk.pain) - 7}l7 7-7 7-7-7z`, class: 'pain' }),
        svg('text', { x: x(w), y: py(wk.pain) - 11, 'text-anchor': 'middle', class: 'value' }, String(wk.pain)));
    });
    g.prepend(svg('path', { d: line, class: 'pain-line' }));
    const all = weeks.reduce((n, wk) => n + wk.count('all'), 0);
    const part = weeks.reduce((n, wk) => n + wk.count('part'), 0);
    picture.replaceChildren(g, h('figcaption', { id: 'progress-summary' },
      word('progress_summary', { all, part })));
    rows.replaceChildren(...weeks.map(wk => h('tr', { 'data-week': wk.start },
      h('th', { scope: 'row' }, dayLabel(wk.start, { day: 'numeric', month: 'short' })),
      ...['all', 'part', 'rest'].map(k => h('td', {}, String(wk.count(k)))),
      h('td', {}, wk.pain == null ? '–' : String(wk.pain)))));
  }
  return { el, update };
}
