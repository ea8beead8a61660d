// /programme/ (issue 20): a clinician chooses exercises, orders them, sets each dose within the exercise's
// range, adds who it is for and when to review; then prints personal cards, a log and a summary sheet (the
// same card markup as /cards/), hands over a link and a QR code, or saves the programme as a file. Everything
// happens in this page: nothing is sent anywhere. The QR code and the printout come from programme-print.js, loaded
// at the first touch, key or focus, so the page itself stays within its script budget.
import { announce, h } from './dom.js';
import { LIMITS, MAX_EXERCISES, apply, check, encode, framePicture, fromFile, library, ownDose, perDayText, toFile } from './programme-code.js';

const PARTS = [['sets', 'Sets'], ['reps', 'Repetitions'], ['hold', 'Hold (seconds)'], ['perDay', 'Sessions a day']];
const RANGE = { sets: 'sets', reps: 'reps', hold: 'hold', perDay: 'perDay' };

export function start(routine) {
  announce('');
  const app = document.getElementById('programme-app');
  const print = document.getElementById('programme-print');
  const known = library(routine);
  // The rows, in the order the programme lists them: chosen ones first, in the clinician's order.
  const rows = [...known.values()].map(ex => row(ex));
  const who = {
    name: field('text', 'First name or initials (optional)', { maxLength: LIMITS.name, autocomplete: 'off' }),
    start: field('date', 'Start date (optional)'),
    review: field('date', 'Review date (optional)'),
    clinician: field('text', 'Your name (optional)', { maxLength: LIMITS.clinician, autocomplete: 'off' }),
  };
  const list = h('ol', { className: 'programme-rows' });
  const status = h('p', { className: 'programme-status', role: 'status' });
  const linkBox = h('input', { type: 'text', readOnly: true, id: 'programme-link', className: 'programme-link' });
  const qr = h('div', { className: 'programme-qr' }); // role and name come with the code (programme-print.js)
  const copy = h('button', { type: 'button', className: 'secondary', onclick: async () => {
    linkBox.select();
    try {
      await navigator.clipboard.writeText(linkBox.value);
      status.textContent = 'Link copied.';
    } catch {
      status.textContent = 'Select the link and copy it.';
    }
  } }, 'Copy the link');
  const layouts = h('select', { id: 'programme-layout' }, ...document.getElementById('programme-layouts').content.cloneNode(true).children);
  const parts = ['summary', 'cards', 'log'].map(k => h('input', { type: 'checkbox', checked: true, value: k, onchange: draw }));
  const file = h('input', { type: 'file', accept: '.json,application/json', onchange: () => open(file.files[0]) });

  app.append(
    h('section', { 'aria-labelledby': 'choose-heading' }, h('h2', { id: 'choose-heading' }, '1. Choose the exercises and set the dose'),
      h('p', {}, `Tick up to ${MAX_EXERCISES} exercises. The numbers can only go as high or as low as each exercise allows.`), list),
    h('section', { 'aria-labelledby': 'who-heading' }, h('h2', { id: 'who-heading' }, '2. Who it is for'),
      h('div', { className: 'programme-who' }, ...Object.values(who).map(f => f.el))),
    h('section', { 'aria-labelledby': 'give-heading' }, h('h2', { id: 'give-heading' }, '3. Hand it over'),
      h('p', {}, 'Your patient opens this link, or scans the QR code, on their phone. Their checklist asks them before it uses the programme.'),
      h('label', { htmlFor: 'programme-link' }, 'Link to the programme'), linkBox, h('p', {}, copy), qr),
    h('section', { 'aria-labelledby': 'print-heading' }, h('h2', { id: 'print-heading' }, '4. Print it'),
      h('label', { htmlFor: 'programme-layout' }, 'Cards: paper and cards a sheet'), layouts,
      h('fieldset', {}, h('legend', {}, 'Print'),
        h('label', { className: 'choice' }, parts[0], 'A summary sheet for the patient\'s file, with the QR code'),
        h('label', { className: 'choice' }, parts[1], 'The cards'),
        h('label', { className: 'choice' }, parts[2], 'A weekly log sheet')),
      h('p', {}, h('button', { type: 'button', onclick: () => extras().then(() => { draw(); window.print(); }) }, 'Print'))),
    h('section', { 'aria-labelledby': 'file-heading' }, h('h2', { id: 'file-heading' }, '5. Keep it for later'),
      h('p', {}, 'Save this programme as a file, for example as a template “after week 2”, and open it here again another day.'),
      h('p', {}, h('button', { type: 'button', className: 'secondary', onclick: save }, 'Save as a file')),
      h('label', { className: 'import' }, 'Open a saved programme: ', file)),
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

  function field(type, label, props = {}) {
    const id = 'who-' + label.split(' ')[0].toLowerCase();
    const input = h('input', { type, id, ...props });
    return { input, el: h('p', { className: 'field' }, h('label', { htmlFor: id }, label), input) };
  }

  // One exercise: include it, its picture, the dose inputs within its range, its side, a note, and moving it.
  function row(ex) {
    const d = ownDose(ex);
    const include = h('input', { type: 'checkbox', id: 'use-' + ex.id });
    const inputs = {};
    const controls = [];
    for (const [k, label] of PARTS) {
      const [min, max] = ex.range[RANGE[k]];
      if (k === 'hold' && max === 0) continue;
      const id = `${k}-${ex.id}`;
      inputs[k] = h('input', { type: 'number', id, min, max, step: 1, value: d[k], inputMode: 'numeric', required: true });
      controls.push(h('p', { className: 'field' }, h('label', { htmlFor: id }, label, h('span', { className: 'small' }, min === max ? ' (fixed)' : ` (${min} to ${max})`)), inputs[k]));
      if (min === max) inputs[k].readOnly = true;
    }
    const side = ex.sides === 'each' ? h('select', { id: 'side-' + ex.id },
      h('option', { value: 'as' }, 'Each leg'), h('option', { value: 'left' }, 'Left leg only'), h('option', { value: 'right' }, 'Right leg only')) : null;
    if (side) controls.push(h('p', { className: 'field' }, h('label', { htmlFor: 'side-' + ex.id }, 'Sides'), side));
    const note = h('input', { type: 'text', id: 'note-' + ex.id, maxLength: LIMITS.note, autocomplete: 'off' });
    controls.push(h('p', { className: 'field wide' }, h('label', { htmlFor: 'note-' + ex.id }, 'Note on the card (optional)'), note));
    const up = h('button', { type: 'button', className: 'secondary', 'aria-label': 'Move up: ' + ex.name, onclick: () => move(r, -1) }, '↑ Up');
    const down = h('button', { type: 'button', className: 'secondary', 'aria-label': 'Move down: ' + ex.name, onclick: () => move(r, 1) }, '↓ Down');
    const dose = h('p', { className: 'row-dose', 'aria-live': 'polite' });
    const detail = h('div', { className: 'row-detail' }, h('div', { className: 'row-controls' }, ...controls), dose, h('p', { className: 'row-move' }, up, down));
    const el = h('li', { className: 'programme-row', 'data-exercise': ex.id },
      h('div', { className: 'row-head' },
        framePicture(ex.id, 'row-picture') ?? (ex.image ? h('img', { src: ex.image, alt: '', width: 120, height: 68, className: 'row-picture' }) : null),
        h('label', { className: 'row-name', htmlFor: 'use-' + ex.id }, include, ex.name),
        h('span', { className: 'small' }, `Usual dose: ${ex.dose}. ${ex.frequency}.`)),
      detail);
    include.addEventListener('change', () => order());
    const r = { ex, el, include, inputs, side, note, dose, detail, up, down,
      value: () => ({ id: ex.id, ...Object.fromEntries(PARTS.map(([k]) => [k, inputs[k] ? Number(inputs[k].value) : d[k]])),
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
    announce(`${r.ex.name} moved to number ${j + 1}.`);
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
      r.dose.textContent = valid && p ? 'On the card: ' + apply(routine, { exercises: [p.exercises.find(x => x.id === r.ex.id)] }).exercises[0].dose + '. ' +
        perDayText(r.value().perDay) + '.' : '';
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
    const { programme: p, error } = f.size > 20000 ? { error: 'That file is too large to be a programme.' } : fromFile(await f.text(), routine);
    file.value = '';
    if (error) {
      status.textContent = error.replace(/, so (it|this programme) cannot be used/, '') + ' The form has not been changed.';
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
    status.textContent = `Opened the programme from ${f.name}.`;
  }
}
