// /programme/ (issue 20): a clinician chooses exercises, orders them, sets each dose within the exercise's
// range, adds who it is for and when to review; then prints personal cards, a log and a summary sheet (the
// same card markup as /cards/), hands over a link and a QR code, or saves the programme as a file. Everything
// happens in this page: nothing is sent anywhere. The QR code and the printout come from programme-print.js, loaded
// at the first touch, key or focus, so the page itself stays within its script budget.
import { announce, h } from './dom.js';
import { LIMITS, MAX_EXERCISES, apply, check, encode, fill, framePicture, fromFile, library, ownDose, perDayText, toFile } from './programme-code.js';

// The form's words, from theme/strings.yml (programme_*): programme.sbn writes them on #programme-app as data-*
// attributes (issue 13). say('per_day') reads data-programme-per-day (programme_per_day).
const WORDS = globalThis.document?.getElementById('programme-app')?.dataset ?? {};
const say = (key, facts) => fill(WORDS, 'programme' + key.replace(/(?:^|_)([a-z])/g, (_, c) => c.toUpperCase()), facts);
const PARTS = ['sets', 'reps', 'hold', 'perDay'];
const RANGE = { sets: 'sets', reps: 'reps', hold: 'hold', perDay: 'perDay' };

export function start(routine) {
  announce('');
  const app = document.getElementById('programme-app');
  const print = document.getElementById('programme-print');
  const known = library(routine);
  // The rows, in the order the programme lists them: chosen ones first, in the clinician's order.
  const rows = [...known.values()].map(ex => row(ex));
  const who = {
    name: field('text', 'first', say('name'), { maxLength: LIMITS.name, autocomplete: 'off' }),
    start: field('date', 'start', say('start')),
    review: field('date', 'review', say('review')),
    clinician: field('text', 'your', say('clinician'), { maxLength: LIMITS.clinician, autocomplete: 'off' }),
  };
  const list = h('ol', { className: 'programme-rows' });
  const status = h('p', { className: 'programme-status', role: 'status' });
  const linkBox = h('input', { type: 'text', readOnly: true, id: 'programme-link', className: 'programme-link' });
  const qr = h('div', { className: 'programme-qr' }); // role and name come with the code (programme-print.js)
  const copy = h('button', { type: 'button', className: 'secondary', onclick: async () => {
    linkBox.select();
    try {
      await navigator.clipboard.writeText(linkBox.value);
      status.textContent = say('copied');
    } catch {
      status.textContent = say('copy_failed');
    }
  } }, say('copy'));
  const layouts = h('select', { id: 'programme-layout' }, ...document.getElementById('programme-layouts').content.cloneNode(true).children);
  const parts = ['summary', 'cards', 'log'].map(k => h('input', { type: 'checkbox', checked: true, value: k, onchange: draw }));
  const file = h('input', { type: 'file', accept: '.json,application/json', onchange: () => open(file.files[0]) });

  app.append(
    h('section', { 'aria-labelledby': 'choose-heading' }, h('h2', { id: 'choose-heading' }, say('choose_heading')),
      h('p', {}, say('choose_help', { max: MAX_EXERCISES })), list),
    h('section', { 'aria-labelledby': 'who-heading' }, h('h2', { id: 'who-heading' }, say('who_heading')),
      h('div', { className: 'programme-who' }, ...Object.values(who).map(f => f.el))),
    h('section', { 'aria-labelledby': 'give-heading' }, h('h2', { id: 'give-heading' }, say('give_heading')),
      h('p', {}, say('give_help')),
      h('label', { htmlFor: 'programme-link' }, say('link')), linkBox, h('p', {}, copy), qr),
    h('section', { 'aria-labelledby': 'print-heading' }, h('h2', { id: 'print-heading' }, say('print_heading')),
      h('label', { htmlFor: 'programme-layout' }, say('layout')), layouts,
      h('fieldset', {}, h('legend', {}, say('print_legend')),
        h('label', { className: 'choice' }, parts[0], say('print_summary')),
        h('label', { className: 'choice' }, parts[1], say('print_cards')),
        h('label', { className: 'choice' }, parts[2], say('print_log'))),
      h('p', {}, h('button', { type: 'button', onclick: () => extras().then(() => { draw(); window.print(); }) }, say('print')))),
    h('section', { 'aria-labelledby': 'file-heading' }, h('h2', { id: 'file-heading' }, say('file_heading')),
      h('p', {}, say('file_help')),
      h('p', {}, h('button', { type: 'button', className: 'secondary', onclick: save }, say('save'))),
      h('label', { className: 'import' }, say('open') + ' ', file)),
    status);
  let printer = null;
  let loading = null;
  const extras = () => loading ??= import('./programme-print.js').then(m => { printer = m; draw(); });
  for (const type of ['pointerdown', 'keydown', 'focusin']) addEventListener(type, extras, { once: true });
  layouts.addEventListener('change', draw);
  app.addEventListener('input', draw);
  app.addEventListener('change', draw);
  for (const r of rows) if (routine.exercises.some(e => e.id === r.ex.id)) r.include.checked = true;
  order();

  function field(type, name, label, props = {}) {
    const id = 'who-' + name;
    const input = h('input', { type, id, ...props });
    return { input, el: h('p', { className: 'field' }, h('label', { htmlFor: id }, label), input) };
  }

  // One exercise: include it, its picture, the dose inputs within its range, its side, a note, and moving it.
  function row(ex) {
    const d = ownDose(ex);
    const include = h('input', { type: 'checkbox', id: 'use-' + ex.id });
    const inputs = {};
    const controls = [];
    for (const k of PARTS) {
      const [min, max] = ex.range[RANGE[k]];
      if (k === 'hold' && max === 0) continue;
      const id = `${k}-${ex.id}`;
      inputs[k] = h('input', { type: 'number', id, min, max, step: 1, value: d[k], inputMode: 'numeric', required: true });
      controls.push(h('p', { className: 'field' }, h('label', { htmlFor: id }, say(k), h('span', { className: 'small' }, ' ' + (min === max ? say('range_fixed') : say('range', { min, max })))), inputs[k]));
      if (min === max) inputs[k].readOnly = true;
    }
    const side = ex.sides === 'each' ? h('select', { id: 'side-' + ex.id },
      h('option', { value: 'as' }, say('side_each')), h('option', { value: 'left' }, say('side_left')), h('option', { value: 'right' }, say('side_right'))) : null;
    if (side) controls.push(h('p', { className: 'field' }, h('label', { htmlFor: 'side-' + ex.id }, say('sides')), side));
    const note = h('input', { type: 'text', id: 'note-' + ex.id, maxLength: LIMITS.note, autocomplete: 'off' });
    controls.push(h('p', { className: 'field wide' }, h('label', { htmlFor: 'note-' + ex.id }, say('note')), note));
    const up = h('button', { type: 'button', className: 'secondary', 'aria-label': say('move_up_label', { name: ex.name }), onclick: () => move(r, -1) }, say('move_up'));
    const down = h('button', { type: 'button', className: 'secondary', 'aria-label': say('move_down_label', { name: ex.name }), onclick: () => move(r, 1) }, say('move_down'));
    const dose = h('p', { className: 'row-dose', 'aria-live': 'polite' });
    const detail = h('div', { className: 'row-detail' }, h('div', { className: 'row-controls' }, ...controls), dose, h('p', { className: 'row-move' }, up, down));
    const el = h('li', { className: 'programme-row', 'data-exercise': ex.id },
      h('div', { className: 'row-head' },
        framePicture(ex.id, 'row-picture') ?? (ex.image ? h('img', { src: ex.image, alt: '', width: 120, height: 68, className: 'row-picture' }) : null),
        h('label', { className: 'row-name', htmlFor: 'use-' + ex.id }, include, ex.name),
        h('span', { className: 'small' }, say('usual_dose', { dose: ex.dose, frequency: ex.frequency }))),
      detail);
    include.addEventListener('change', () => order());
    const r = { ex, el, include, inputs, side, note, dose, detail, up, down,
      value: () => ({ id: ex.id, ...Object.fromEntries(PARTS.map(k => [k, inputs[k] ? Number(inputs[k].value) : d[k]])),
        side: side?.value ?? 'as', note: note.value.trim() }) };
    return r;
  }

  function move(r, by) {
    const chosen = rows.filter(x => x.include.checked);
    const i = chosen.indexOf(r);
    const j = i + by;
    if (j < 0 || j >= chosen.length) return;
    rows.splice(rows.indexOf(r), 1);
    rows.splice(rows.indexOf(chosen[j]) + (by > 0 ? 1 : 0), 0, r);
    order();
    (by < 0 ? r.up : r.down).focus();
    announce(say('moved', { name: r.ex.name, n: j + 1 }));
  }

  // Chosen exercises first, in order, then the others; only chosen ones show their dose.
  function order() {
    rows.sort((a, b) => b.include.checked - a.include.checked);
    list.replaceChildren(...rows.map(r => r.el));
    const chosen = rows.filter(x => x.include.checked);
    for (const r of rows) {
      const n = chosen.indexOf(r);
      r.detail.hidden = n < 0;
      r.up.disabled = n <= 0;
      r.down.disabled = n < 0 || n === chosen.length - 1;
    }
    draw();
  }

  function programme() {
    return {
      v: 1, name: who.name.input.value.trim(), clinician: who.clinician.input.value.trim(),
      start: who.start.input.value, review: who.review.input.value,
      exercises: rows.filter(r => r.include.checked).map(r => r.value()),
    };
  }

  // Checks what is on the form as an import would; returns the programme, or null after saying what is wrong.
  function current() {
    const p = programme();
    const wire = { n: p.name, c: p.clinician, s: p.start, r: p.review,
      e: p.exercises.map(x => [x.id, x.sets, x.reps, x.hold, x.perDay, ['as', 'left', 'right'].indexOf(x.side), x.note]) };
    const { programme: ok, error } = check(wire, routine);
    status.textContent = error ? error.replace(/, so (it|this programme) cannot be used/, '') : '';
    return ok ?? null;
  }

  function draw() {
    const p = current();
    for (const r of rows) {
      if (!r.include.checked) continue;
      const valid = Object.values(r.inputs).every(i => i.checkValidity());
      r.dose.textContent = valid && p ? say('on_card', { dose: apply(routine, { exercises: [p.exercises.find(x => x.id === r.ex.id)] }).exercises[0].dose,
        per_day: perDayText(r.value().perDay) }) : '';
    }
    if (!p) {
      linkBox.value = '';
      qr.replaceChildren();
      print.replaceChildren();
      return;
    }
    const link = new URL(document.getElementById('main').dataset.checklist, location.href).href.split('#')[0] + '#p=' + encode(p);
    linkBox.value = link;
    if (printer?.printout) printer.printout({ routine, p, link, qr, print, layout: layouts.selectedOptions[0], parts: parts.map(x => x.checked) });
  }

  function save() {
    const p = current();
    if (!p) return;
    const a = h('a', { href: URL.createObjectURL(new Blob([toFile(p)], { type: 'application/json' })), download: `programme${p.name ? '-' + p.name.replace(/[^\p{L}\p{N}]+/gu, '-') : ''}.json` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }

  async function open(f) {
    if (!f) return;
    const { programme: p, error } = f.size > 20000 ? { error: say('file_too_large') } : fromFile(await f.text(), routine);
    file.value = '';
    if (error) {
      status.textContent = error.replace(/, so (it|this programme) cannot be used/, '') + ' ' + say('unchanged');
      return;
    }
    who.name.input.value = p.name;
    who.clinician.input.value = p.clinician;
    who.start.input.value = p.start;
    who.review.input.value = p.review;
    const ids = p.exercises.map(x => x.id);
    rows.sort((a, b) => (ids.indexOf(a.ex.id) + 1 || 99) - (ids.indexOf(b.ex.id) + 1 || 99));
    for (const r of rows) {
      const x = p.exercises.find(e => e.id === r.ex.id);
      r.include.checked = !!x;
      if (!x) continue;
      for (const [k, input] of Object.entries(r.inputs)) input.value = x[k];
      if (r.side) r.side.value = x.side;
      r.note.value = x.note;
    }
    order();
    status.textContent = say('opened', { file: f.name });
  }
}
