// Served by `preview` only, never part of the built site. Listens to the preview's event stream: reloads the
// page when it (or a shared file) changed, and shows the build's problems over the last good page.
(() => {
  'use strict';
  const hash = document.currentScript ? document.currentScript.dataset.pageHash : '';
  const query = `page=${encodeURIComponent(location.pathname)}&hash=${encodeURIComponent(hash || '')}`;
  const events = new EventSource(`/__preview/events?${query}`);
  let overlay = null;

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  function show(problems) {
    hide();
    overlay = document.createElement('section');
    overlay.className = 'hb-preview-overlay';
    overlay.setAttribute('role', 'alert');
    overlay.setAttribute('aria-label', 'Build problems');
    const title = document.createElement('p');
    title.className = 'hb-preview-title';
    title.textContent = problems.length === 1 ? 'The site did not build: 1 problem' : `The site did not build: ${problems.length} problems`;
    const list = document.createElement('ul');
    for (const problem of problems) {
      const item = document.createElement('li');
      item.textContent = problem;
      list.append(item);
    }
    const note = document.createElement('p');
    note.className = 'hb-preview-note';
    note.textContent = 'Below is the last version that built. Fix the file and save: this box goes away by itself.';
    overlay.append(title, list, note);
    document.body.append(overlay);
  }

  events.addEventListener('reload', () => {
    events.close();
    location.reload();
  });
  events.addEventListener('problems', (event) => show(JSON.parse(event.data)));
  events.addEventListener('clear', hide);
})();
