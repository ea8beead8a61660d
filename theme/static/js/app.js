// On every page: keep the site for offline use, and start the checklist where the page carries the routine.
// A clinician's programme (issue 20) is loaded only when a link brings one (#p=) or this browser keeps one.
// The worker is registered once the page has loaded and is idle: on a first visit it fetches and stores the whole
// site, which would otherwise compete with the page's own first drawing (the checklist's views) on a slow phone.
if ('serviceWorker' in navigator) {
  const register = () => navigator.serviceWorker.register(new URL('../sw.js', import.meta.url)).catch(() => {});
  addEventListener('load', () => globalThis.requestIdleCallback ? requestIdleCallback(register, { timeout: 3000 }) : setTimeout(register, 500));
}

// The home and exercise pages carry the routine only, without "more" when the site has other exercises (issue 16);
// a programme may choose any exercise, so those are read from the checklist page's copy (kept offline by sw.js).
// Unreadable, the page follows the site's routine, as it does for a programme that names an unknown exercise.
// (An arrow function: NUglify left the async function declaration form of it out of the minified module.)
const everyExercise = async data => {
  if (data.more) return data;
  try {
    const page = new DOMParser().parseFromString(await (await fetch(data.checklist)).text(), 'text/html');
    return JSON.parse(page.getElementById('routine-data').textContent);
  } catch {
    return data;
  }
};

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
    const follow = programme ? everyExercise(data).then(all => import('./programme.js').then(m => m.follow(all))) : Promise.resolve(data);
    follow.then(r => import('./checklist.js').then(m => m.start(r)));
  }
}
