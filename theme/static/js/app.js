// On every page: keep the site for offline use, and start the checklist where the page carries the routine.
if ('serviceWorker' in navigator) {
  addEventListener('load', () => navigator.serviceWorker.register(new URL('../sw.js', import.meta.url)).catch(() => {}));
}
const routine = document.getElementById('routine-data');
if (routine) import('./checklist.js').then(m => m.start(JSON.parse(routine.textContent)));
