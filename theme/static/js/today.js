// One exercise's ticks for today: a labelled checkbox per set and side (left | right side by side on wide
// screens), grouped by session, and a button that marks a whole session of the exercise done in one tap. On
// /checklist/, "Guide me" times and counts this exercise alone in the guided session (guided.js).
import { h, word } from './dom.js';

export function exerciseSets(ctx, ex, withTimer) {
  const boxes = ex.sets.map(s => {
    const input = h('input', { type: 'checkbox', id: 'set-' + s.id.replaceAll(':', '-'), onchange: () => ctx.tick([s.id], input.checked) });
    return { s, input, label: h('label', { className: 'set side-' + s.side }, input, s.label) };
  });
  const sessions = [...new Set(ex.sets.map(s => s.session))].map(n => {
    const mine = boxes.filter(b => b.s.session === n);
    const all = mine.length > 1 ? h('button', {
      type: 'button', className: 'secondary all', 'data-key': `all-${ex.id}-${n}`,
      'aria-label': ex.perDay > 1 ? word('today_all_session_label', { name: ex.name, n }) : word('today_all_label', { name: ex.name }),
      onclick: () => ctx.tick(mine.map(b => b.s.id), !mine.every(b => b.input.checked)),
    }, word('today_all')) : null;
    return { all, mine, el: h('fieldset', {},
      h('legend', {}, h('span', { className: 'sr-only' }, word('today_legend_name', { name: ex.name }) + ' '),
        ex.perDay > 1 ? word('today_session', { n, sessions: ex.perDay }) : word('today_tick')),
      h('div', { className: 'ticks' }, ...mine.map(b => b.label)), all) };
  });
  const progress = h('p', { className: 'ex-progress' });
  const guide = withTimer ? h('button', { type: 'button', className: 'secondary guide-one', 'aria-label': word('today_guide_label', { name: ex.name }),
    onclick: () => import('./guided.js').then(m => m.begin(ctx, ex.id)) }, word('today_guide')) : null;

  function update() {
    const done = ctx.doneToday();
    for (const b of boxes) b.input.checked = done.has(b.s.id);
    for (const s of sessions) s.all?.setAttribute('aria-pressed', s.mine.every(b => b.input.checked));
    const n = boxes.filter(b => b.input.checked).length;
    progress.textContent = n === boxes.length ? word('today_exercise_done') : word('today_exercise_progress', { n, of: boxes.length });
    if (guide) guide.hidden = n === boxes.length;
  }

  const el = h('div', { className: 'sets' }, guide, ...sessions.map(s => s.el), progress);
  return { el, update };
}
