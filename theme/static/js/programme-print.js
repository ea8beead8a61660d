// The QR code and the printout of /programme/ (issue 20): a summary sheet with the QR code, the cards of /cards/
// filled in for this patient, and a weekly log. Loaded by programme-maker.js at the first interaction. The QR
// code is drawn here, in the browser, by lean-qr (vendor/, copied from npm by `npm run vendor`, MIT licence).
import { h, joined, wordsOn } from './dom.js';
import { apply, framePicture, library } from './programme-code.js';

const known = (routine, id) => library(routine).get(id);
// The printout's words (programme_* of theme/strings.yml), which programme.sbn writes on #programme-app.
const say = wordsOn('#programme-app');
import { generate } from '../vendor/lean-qr.mjs';
import { toSvg } from '../vendor/lean-qr-svg.mjs';

const dayText = k => k ? new Date(k + 'T12:00').toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' }) : '';

// What prints: the summary sheet, the cards and the log, each filled in for this patient.
export function printout({ routine, p, link, qr, print, layout, parts }) {
  qr.replaceChildren(toSvg(generate(link), document, { on: '#000', off: '#fff', pad: 4 }));
  qr.setAttribute('role', 'img');
  qr.setAttribute('aria-label', say('programme_qr_label'));
  const r = apply(routine, p);
  const site = document.getElementById('programme-site').dataset;
  const [summary, cards, log] = parts;
  const forWhom = p.name ? say('programme_for', { name: p.name }) : '';
  const facts = joined(say, 'programme_join', [p.clinician && say('programme_set_by', { name: p.clinician }), p.start && say('programme_starts', { day: dayText(p.start) }),
    p.review && say('programme_reviewed', { day: dayText(p.review) })].filter(Boolean));
  const out = [];
  if (summary) {
    out.push(h('section', { className: 'programme-summary' },
      h('h2', {}, say('programme_summary_heading', { who: forWhom })),
      facts ? h('p', {}, facts) : null,
      h('table', { className: 'summary-table' },
        h('thead', {}, h('tr', {}, ...['', 'exercise', 'dose', 'often', 'note'].map(t => h('th', { scope: 'col' }, t && say(`programme_column_${t}`))))),
        h('tbody', {}, ...r.exercises.map(ex => h('tr', {},
          h('td', {}, framePicture(ex.id, 'summary-picture') ?? (ex.image ? h('img', { src: ex.image, alt: '', width: 120, height: 68 }) : null)),
          h('th', { scope: 'row' }, ex.name), h('td', {}, ex.dose), h('td', {}, ex.frequency), h('td', {}, ex.note ?? ''))))),
      h('div', { className: 'summary-qr' }, qr.firstElementChild?.cloneNode(true) ?? '',
        h('p', {}, say('programme_scan'))),
      h('p', { className: 'small' }, say('programme_join', { first: site.title, next: site.exercises }))));
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
    h('p', { className: 'card-notes card-for' }, h('strong', {}, say('programme_card_for') + ' '), p.name || '—', p.clinician ? ' ' + say('programme_card_set_by', { name: p.clinician }) : ''),
    changed ? h('p', { className: 'card-notes' }, say('programme_card_dose')) : null,
    ex.note ? h('p', { className: 'card-notes card-note' }, h('strong', {}, say('programme_card_note') + ' '), ex.note) : null,
    p.review ? h('p', { className: 'card-notes' }, h('strong', {}, say('programme_card_review') + ' '), dayText(p.review)) : null].filter(Boolean));
  return c;
}

function logSheet(r, p, forWhom, facts) {
  const days = say('programme_log_days').split(' ');
  const box = () => h('span', { className: 'tick-box' });
  const warning = document.getElementById('programme-warning').content.cloneNode(true);
  return h('section', { className: 'card-log programme-log' },
    h('h2', {}, say('programme_log_heading', { who: forWhom })),
    facts ? h('p', {}, facts) : null,
    h('p', { className: 'log-week' }, say('programme_log_week') + ' ', h('span', { className: 'write-line' })),
    h('p', {}, say('programme_log_help')),
    h('table', { className: 'log-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, say('programme_column_exercise')), ...days.map(d => h('th', { scope: 'col' }, d)))),
      h('tbody', {}, ...r.exercises.map(ex => h('tr', {},
        h('th', { scope: 'row' }, h('span', { className: 'log-name' }, ex.name), h('span', { className: 'log-dose' }, say('programme_log_dose', { dose: ex.dose, frequency: ex.frequency }))),
        ...days.map(() => h('td', {}, ...Array.from({ length: ex.perDay }, box))))),
      h('tr', { className: 'log-pain' }, h('th', { scope: 'row' }, h('span', { className: 'log-name' }, say('programme_log_pain')),
        h('span', { className: 'log-dose' }, say('programme_log_pain_help'))),
      ...days.map(() => h('td', {}, h('span', { className: 'pain-box' }), h('span', { className: 'pain-of' }, '/10')))))),
    h('p', { className: 'log-notes' }, say('programme_log_notes') + ' ', h('span', { className: 'write-line' })),
    warning);
}
