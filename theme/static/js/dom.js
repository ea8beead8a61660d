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

let live;
// Says text once to screen readers, politely (after what they are reading). Visible state lives elsewhere.
export function announce(text) {
  live ??= document.body.appendChild(h('p', { id: 'checklist-live', className: 'sr-only', 'aria-live': 'polite' }));
  // The same message twice in a row would not be read again; a no-break space makes it new.
  live.textContent = live.textContent === text ? text + '\u00a0' : text;
}
