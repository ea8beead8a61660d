// On every page: keep the site for offline use, and start the checklist where the page carries the routine.
// A clinician's programme (issue 20) is loaded only when a link brings one (#p=) or this browser keeps one.
if ('serviceWorker' in navigator) {
  addEventListener('load', () => navigator.serviceWorker.register(new URL('../sw.js', import.meta.url)).catch(() => {}));
}
const routine = document.getElementById('routine-data');
if (routine) {
  const data = JSON.parse(routine.textContent);
  let programme = /^#p=/.test(location.hash);
  try {
    programme ||= !!localStorage.getItem('hamstringback-programme');
  } catch {}
  addEventListener('hashchange', () => /^#p=/.test(location.hash) && location.reload());
  if (document.querySelector('.programme-maker')) {
    import('./programme-maker.js').then(m => m.start(data));
  } else {
    const follow = programme ? import('./programme.js').then(m => m.follow(data)) : Promise.resolve(data);
    follow.then(r => import('./checklist.js').then(m => m.start(r)));
  }
}
