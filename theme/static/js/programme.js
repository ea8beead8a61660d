// A clinician's programme on the reader's side (issue 20). On /checklist/#p=…: shows the programme the link
// carries and asks whether to use it; a link that fails any check is refused with a message and changes
// nothing. While a programme is kept, the checklist, guided session, history and "Done today?" boxes follow it
// (follow() hands them its routine), and /checklist/ offers the way back to the site's standard routine.
import { h } from './dom.js';
import { NOTHING_CHANGED, apply, decode, forget, keep, stored } from './programme-code.js';

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
      h('strong', {}, ex.name), `: ${ex.dose}. ${ex.frequency}.`, ex.note ? h('span', { className: 'programme-note' }, ' Note: ' + ex.note) : null))),
    p.review ? h('p', {}, 'Review with your physiotherapist on ' + dayText(p.review) + '.') : null,
  ];
}

function offer(routine, text) {
  const { programme: p, error } = decode(text, routine);
  if (error) {
    unlink();
    return h('div', { className: 'note programme-refused', role: 'alert' }, h('p', {}, error + ' ' + NOTHING_CHANGED));
  }
  const heading = h('h2', { id: 'offer-heading', tabIndex: -1 }, 'A programme ' + (p.clinician ? 'from ' + p.clinician : 'for you'));
  const el = h('section', { className: 'programme-offer', 'aria-labelledby': 'offer-heading' }, heading,
    p.name ? h('p', {}, 'For ' + p.name + (p.start ? ', starting ' + dayText(p.start) : '') + '.') : null,
    ...summary(routine, p),
    h('p', { className: 'programme-question' }, 'Use this programme in my checklist?'),
    h('p', { className: 'programme-actions' },
      h('button', { type: 'button', onclick: () => {
        if (!keep(p)) return status.replaceChildren('This browser is not letting the site save the programme (maybe private browsing). ' + NOTHING_CHANGED);
        unlink();
        location.reload();
      } }, 'Yes, use this programme'),
      h('button', { type: 'button', className: 'secondary', onclick: () => { unlink(); el.replaceWith(h('p', { className: 'note', role: 'status' }, 'You kept your checklist as it was. ' + NOTHING_CHANGED)); } }, 'No, keep my checklist')),
    h('p', { className: 'small' }, 'Your ticks so far are kept either way. The programme stays in this browser only.'));
  const status = h('p', { role: 'status' });
  el.append(status);
  requestAnimationFrame(() => heading.focus());
  return el;
}

function banner(p) {
  return h('section', { className: 'programme-banner note', 'aria-labelledby': 'banner-heading' },
    h('h2', { id: 'banner-heading' }, 'You are following your own programme'),
    h('p', {}, [p.name && 'For ' + p.name, p.clinician && 'from ' + p.clinician].filter(Boolean).join(', ') + (p.name || p.clinician ? '. ' : ''),
      p.review ? 'Review due ' + dayText(p.review) + '.' : ''),
    h('p', {}, h('button', { type: 'button', className: 'secondary', onclick: () => { forget(); location.reload(); } }, 'Go back to the standard routine')));
}
