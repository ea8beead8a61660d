// The QR code and the printout of /programme/ (issue 20): a summary sheet with the QR code, the cards of /cards/
// filled in for this patient, and a weekly log. Loaded by programme-maker.js at the first interaction. The QR
// code is drawn here, in the browser, by lean-qr (vendor/, copied from npm by `npm run vendor`, MIT licence).
import { h } from './dom.js';
import { apply, framePicture, library } from './programme-code.js';

const known = (routine, id) => library(routine).get(id);
import { generate } from '../vendor/lean-qr.mjs';
import { toSvg } from '../vendor/lean-qr-svg.mjs';

const dayText = k => k ? new Date(k + 'T12:00').toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' }) : '';

// What prints: the summary sheet, the cards and the log, each filled in for this patient.
export function printout({ routine, p, link, qr, print, layout, parts }) {
  qr.replaceChildren(toSvg(generate(link), document, { on: '#000', off: '#fff', pad: 4 }));
  qr.setAttribute('role', 'img');
  qr.setAttribute('aria-label', 'QR code that opens the programme link');
  const r = apply(routine, p);
  const site = document.getElementById('programme-site').dataset;
  const [summary, cards, log] = parts;
  const forWhom = p.name ? 'for ' + p.name : '';
  const facts = [p.clinician && 'Set by ' + p.clinician, p.start && 'Start ' + dayText(p.start), p.review && 'Review ' + dayText(p.review)].filter(Boolean).join(' · ');
  const out = [];
  if (summary) {
    out.push(h('section', { className: 'programme-summary' },
      h('h2', {}, 'Exercise programme ' + forWhom),
      facts ? h('p', {}, facts) : null,
      h('table', { className: 'summary-table' },
        h('thead', {}, h('tr', {}, ...['', 'Exercise', 'Dose', 'How often', 'Note'].map(t => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, ...r.exercises.map(ex => h('tr', {},
          h('td', {}, framePicture(ex.id, 'summary-picture') ?? (ex.image ? h('img', { src: ex.image, alt: '', width: 120, height: 68 }) : null)),
          h('th', { scope: 'row' }, ex.name), h('td', {}, ex.dose), h('td', {}, ex.frequency), h('td', {}, ex.note ?? ''))))),
      h('div', { className: 'summary-qr' }, qr.firstElementChild?.cloneNode(true) ?? '',
        h('p', {}, 'Scan this code on your phone to put this programme in your daily checklist. It stays on your phone only.')),
      h('p', { className: 'small' }, site.title + ' · ' + site.exercises)));
  }
  if (cards) {
    const option = layout;
    const per = Number(option.dataset.perSheet);
    const made = r.exercises.map(ex => card(ex, p, routine));
    const sheets = [];
    for (let i = 0; i < made.length; i += per) sheets.push(h('div', { className: 'sheet' }, ...made.slice(i, i + per)));
    out.push(h('div', { className: 'card-sheets ' + option.value }, ...sheets));
  }
  if (log) out.push(logSheet(r, p, forWhom, facts));
  print.replaceChildren(...out);
}

// A copy of the exercise's card from /cards/, with this patient's dose, name, note and review date.
function card(ex, p, routine) {
  const c = document.getElementById('programme-cards').querySelector(`[data-card="${ex.id}"]`).cloneNode(true);
  c.id = 'programme-card-' + ex.id;
  for (const el of c.querySelectorAll('[id]')) el.id = 'programme-' + el.id;
  c.setAttribute('aria-labelledby', 'programme-card-' + ex.id + '-name');
  const dd = c.querySelectorAll('.card-dose dd');
  dd[0].textContent = ex.dose;
  dd[1].textContent = ex.frequency;
  const start = c.querySelector('.card-dose dt:nth-of-type(3)');
  if (start) start.nextElementSibling.remove(), start.remove(); // "To start" is about the usual dose
  const changed = ex.dose !== known(routine, ex.id).dose;
  c.querySelector('.card-clinician').replaceChildren(...[
    h('p', { className: 'card-notes card-for' }, h('strong', {}, 'For: '), p.name || '—', p.clinician ? ' · Set by: ' + p.clinician : ''),
    changed ? h('p', { className: 'card-notes' }, 'Your dose is in the box above: use it where the steps give other numbers or sides.') : null,
    ex.note ? h('p', { className: 'card-notes card-note' }, h('strong', {}, 'Note: '), ex.note) : null,
    p.review ? h('p', { className: 'card-notes' }, h('strong', {}, 'Review: '), dayText(p.review)) : null].filter(Boolean));
  return c;
}

function logSheet(r, p, forWhom, facts) {
  const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  const box = () => h('span', { className: 'tick-box' });
  const warning = document.getElementById('programme-warning').content.cloneNode(true);
  return h('section', { className: 'card-log programme-log' },
    h('h2', {}, 'Weekly log ' + forWhom),
    facts ? h('p', {}, facts) : null,
    h('p', { className: 'log-week' }, 'Week starting: ', h('span', { className: 'write-line' })),
    h('p', {}, 'Tick a box each time you do an exercise. Stop any exercise that causes sharp pain, or pain, tingling or numbness going down your leg.'),
    h('table', { className: 'log-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Exercise'), ...days.map(d => h('th', { scope: 'col' }, d)))),
      h('tbody', {}, ...r.exercises.map(ex => h('tr', {},
        h('th', { scope: 'row' }, h('span', { className: 'log-name' }, ex.name), h('span', { className: 'log-dose' }, `${ex.dose}. ${ex.frequency}.`)),
        ...days.map(() => h('td', {}, ...Array.from({ length: ex.perDay }, box))))),
      h('tr', { className: 'log-pain' }, h('th', { scope: 'row' }, h('span', { className: 'log-name' }, 'Pain score'),
        h('span', { className: 'log-dose' }, '0 = no pain, 10 = the worst pain you can imagine.')),
      ...days.map(() => h('td', {}, h('span', { className: 'pain-box' }), h('span', { className: 'pain-of' }, '/10')))))),
    h('p', { className: 'log-notes' }, 'Notes: ', h('span', { className: 'write-line' })),
    warning);
}
