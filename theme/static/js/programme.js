// A clinician's programme on the reader's side (issue 20). On /checklist/#p=…: shows the programme the link
// carries and asks whether to use it; a link that fails any check is refused with a message and changes
// nothing. While a programme is kept, the checklist, guided session, history and "Done today?" boxes follow it
// (follow() hands them its routine), and /checklist/ offers the way back to the site's standard routine.
import { h, word } from './dom.js';
import { apply, decode, forget, keep, nothingChanged, stored } from './programme-code.js';

const dayText = k => new Date(k + 'T12:00').toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });

// The routine to use on this page: the kept programme's, or the site's own.
export function follow(routine) {
  const main = document.getElementById('main');
  const current = stored(routine);
  if (main?.classList.contains('checklist')) {
    const intro = main.querySelector('.lead') ?? main.firstElementChild;
    const link = /^#p=(.*)$/s.exec(location.hash);
    if (link) intro.after(offer(routine, link[1]));
    else if (current) intro.after(banner(current));
  }
  return current ? apply(routine, current) : routine;
}

const unlink = () => history.replaceState(null, '', location.pathname + location.search);

function summary(routine, p) {
  const r = apply(routine, p);
  return [
    h('ol', { className: 'programme-list' }, ...r.exercises.map(ex => h('li', {},
      h('strong', {}, ex.name), word('follow_dose', { dose: ex.dose, frequency: ex.frequency }),
      ex.note ? h('span', { className: 'programme-note' }, ' ' + word('follow_note', { note: ex.note })) : null))),
    p.review ? h('p', {}, word('follow_review', { day: dayText(p.review) })) : null,
  ];
}

function offer(routine, text) {
  const { programme: p, error } = decode(text, routine);
  if (error) {
    unlink();
    return h('div', { className: 'note programme-refused', role: 'alert' }, h('p', {}, error + ' ' + nothingChanged()));
  }
  const heading = h('h2', { id: 'offer-heading', tabIndex: -1 }, p.clinician ? word('follow_offer_from', { name: p.clinician }) : word('follow_offer'));
  const el = h('section', { className: 'programme-offer', 'aria-labelledby': 'offer-heading' }, heading,
    p.name ? h('p', {}, p.start ? word('follow_for_start', { name: p.name, day: dayText(p.start) }) : word('follow_for', { name: p.name })) : null,
    ...summary(routine, p),
    h('p', { className: 'programme-question' }, word('follow_question')),
    h('p', { className: 'programme-actions' },
      h('button', { type: 'button', onclick: () => {
        if (!keep(p)) return status.replaceChildren(word('follow_not_saved') + ' ' + nothingChanged());
        unlink();
        location.reload();
      } }, word('follow_yes')),
      h('button', { type: 'button', className: 'secondary', onclick: () => { unlink(); el.replaceWith(h('p', { className: 'note', role: 'status' }, word('follow_kept') + ' ' + nothingChanged())); } }, word('follow_no'))),
    h('p', { className: 'small' }, word('follow_help')));
  const status = h('p', { role: 'status' });
  el.append(status);
  requestAnimationFrame(() => heading.focus());
  return el;
}

function banner(p) {
  return h('section', { className: 'programme-banner note', 'aria-labelledby': 'banner-heading' },
    h('h2', { id: 'banner-heading' }, word('follow_banner_heading')),
    h('p', {}, p.name || p.clinician ? word(`follow_banner${p.name ? '_name' : ''}${p.clinician ? '_clinician' : ''}`, { name: p.name, clinician: p.clinician }) + ' ' : '',
      p.review ? word('follow_banner_review', { day: dayText(p.review) }) : ''),
    h('p', {}, h('button', { type: 'button', className: 'secondary', onclick: () => { forget(); location.reload(); } }, word('follow_standard'))));
}
