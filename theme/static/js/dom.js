// Small DOM helpers: build elements without HTML strings, and speak through one polite live region.

// h('button', { type: 'button', 'aria-pressed': true, onclick }, 'Text'): aria-, data-, role and for are
// attributes; everything else is set as a property.
export function h(tag, props = {}, ...kids) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (/^(aria-|data-|role$)/.test(k)) el.setAttribute(k, v);
    else el[k] = v;
  }
  el.append(...kids.filter(k => k != null));
  return el;
}

// The words under `key` in `words` (an element's dataset), each {name} hole filled in from `facts`.
export const fill = (words, key, facts = {}) => Object.entries(facts).reduce((text, [name, value]) => text.replaceAll(`{${name}}`, () => String(value)), words[key] ?? '');

// The scripts' words, from theme/strings.yml: the templates write them on an element as data-* attributes (issue 13),
// so code decides structure and the theme decides phrasing. wordsOn('#routine-data')('today_done', { n: 3 }) reads
// data-today-done of #routine-data and fills in its {n}.
export const wordsOn = selector => (key, facts) =>
  fill(globalThis.document?.querySelector(selector)?.dataset ?? {}, key.replace(/_([a-z])/g, (_, c) => c.toUpperCase()), facts);
// The words the layout writes on #routine-data, for the checklist's scripts.
export const word = wordsOn('#routine-data');

// The items of a list joined two by two by the words under `key` ("{first}, {next}"), with `say` (word or the
// like): the theme's words cannot end in a space, so they name both sides. No items give ''.
export const joined = (say, key, items) => items.length ? items.reduce((first, next) => say(key, { first, next })) : '';

// The text nodes around a link that the words mark with {link}: "See all on the {link}." and a link give
// ['See all on the ', link, '.'].
export const aroundLink = (text, link) => {
  const [before, after = ''] = text.split('{link}');
  return [before, link, after];
};

let live;
// Says text once to screen readers, politely (after what they are reading). Visible state lives elsewhere.
export function announce(text) {
  live ??= document.body.appendChild(h('p', { id: 'checklist-live', className: 'sr-only', 'aria-live': 'polite' }));
  // The same message twice in a row would not be read again; a no-break space makes it new.
  live.textContent = live.textContent === text ? text + '\u00a0' : text;
}
