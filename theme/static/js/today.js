// One exercise's sets for today: a labelled checkbox for each, grouped by session, and a hold timer when
// the exercise has a hold. When a hold ends, one tap ticks the next set.
import { h } from './dom.js';
import { holdTimer } from './timer.js';

export function exerciseSets(ctx, ex, withTimer) {
  const boxes = ex.sets.map(s => {
    const input = h('input', { type: 'checkbox', id: 'set-' + s.id.replaceAll(':', '-'), onchange: () => ctx.tick(s.id, input.checked) });
    return { s, input, label: h('label', { className: 'set' }, input, s.label) };
  });
  const sessions = [...new Set(ex.sets.map(s => s.session))].map(n => h('fieldset', {},
    h('legend', {}, h('span', { className: 'sr-only' }, ex.name + ', '), ex.perDay > 1 ? `Session ${n} of ${ex.perDay}` : 'Tick each one as you do it'),
    ...boxes.filter(b => b.s.session === n).map(b => b.label)));
  const progress = h('p', { className: 'ex-progress' });
  const next = () => boxes.find(b => !b.input.checked);
  const tickNext = h('button', { type: 'button', className: 'tick-next', hidden: true });
  let timer = null;
  if (withTimer && ex.hold > 0) {
    timer = holdTimer(ex.hold, ex.name, () => ctx.store.data.prefs, () => { tickNext.hidden = !next(); });
    tickNext.onclick = () => {
      const b = next();
      if (b) ctx.tick(b.s.id, true);
      tickNext.hidden = true;
      timer.reset();
      timer.go.focus();
    };
  }

  function update() {
    const done = ctx.doneToday();
    for (const b of boxes) b.input.checked = done.has(b.s.id);
    const n = boxes.filter(b => b.input.checked).length;
    progress.textContent = n === boxes.length ? 'All done for today.' : `${n} of ${boxes.length} done today.`;
    const b = next();
    if (b) tickNext.textContent = `Tick ${b.s.label}` + (ex.perDay > 1 ? ` (session ${b.s.session})` : '');
    else tickNext.hidden = true;
  }

  const el = h('div', { className: 'sets' }, timer?.el, tickNext, ...sessions, progress);
  return { el, update };
}
