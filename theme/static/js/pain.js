// How it felt: a pain score from 0 (none) to 10 (worst) and a short note for today, kept with the day's
// ticks (and so in the history, the export and print).
import { h, word } from './dom.js';

export function painView(ctx) {
  const scores = [...Array(11)].map((_, n) => h('input', { type: 'radio', name: 'pain', value: n, onchange: () => ctx.feel({ pain: n }) }));
  const note = h('input', { type: 'text', id: 'pain-note', maxLength: 200, autocomplete: 'off', onchange: () => ctx.feel({ note: note.value.trim() }) });
  const clear = h('button', { type: 'button', className: 'secondary', onclick: () => ctx.feel({ pain: undefined }) }, word('pain_clear'));
  const el = h('section', { className: 'feel', 'aria-labelledby': 'feel-heading' },
    h('h2', { id: 'feel-heading' }, word('pain_heading')),
    h('fieldset', { className: 'pain' },
      h('legend', {}, word('pain_legend')),
      h('div', { className: 'scale' }, ...scores.map((input, n) => h('label', {}, input, String(n)))), clear),
    h('label', { htmlFor: 'pain-note' }, word('pain_note')), note);

  function update() {
    const d = ctx.day(ctx.today);
    for (const input of scores) input.checked = +input.value === d.pain;
    clear.hidden = d.pain == null;
    if (document.activeElement !== note) note.value = d.note ?? '';
  }
  return { el, update };
}
