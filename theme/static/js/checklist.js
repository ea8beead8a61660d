// The daily checklist. The routine comes from the page (JSON written by the build); ticks are kept in this
// browser only (store.js). Fills /checklist/, the "Done today?" block of an exercise page and the home
// page's progress line, and redraws them all when a tick, another tab or a new day changes anything.
import { announce, aroundLink, h, word } from './dom.js';
import { dayKey, dayLabel, watchDay } from './days.js';
import { openStore } from './store.js';
import { exerciseSets } from './today.js';


export async function start(routine) {
  const ids = new Set(routine.exercises.flatMap(e => e.sets.map(s => s.id)));
  const views = [];
  const ctx = {
    routine,
    total: ids.size,
    today: dayKey(),
    day: k => ctx.store.data.days[k] ?? { done: [] },
    doneToday: () => new Set(ctx.day(ctx.today).done),
    // [sets done, sets in the routine] on day k; today counts against the routine as it is now.
    count(k) {
      const d = ctx.day(k);
      return k === ctx.today ? [d.done.filter(id => ids.has(id)).length, ids.size] : [d.done.length, d.of ?? ids.size];
    },
    tick: (list, on) => change(ctx.today, d => {
      d.done = d.done.filter(x => !list.includes(x));
      if (on) d.done.push(...list);
      d.of = ids.size;
    }),
    // Today's pain score or note: { pain: 3 }, { note: '' }; undefined or '' removes it.
    feel: fields => change(ctx.today, d => {
      for (const [k, v] of Object.entries(fields)) {
        if (v === undefined || v === '') delete d[k];
        else d[k] = v;
      }
    }),
    rest: (k, on) => change(k, d => {
      d.rest = on || undefined;
      d.of ??= ids.size;
    }),
  };

  function change(k, fn) {
    ctx.store.update(data => {
      fn(data.days[k] ??= { done: [] });
      const d = data.days[k];
      if (!d.done.length && !d.rest && d.pain == null && !d.note) delete data.days[k];
    });
  }

  // Redraws every view, keeping keyboard focus on a control that was redrawn.
  function refresh() {
    // Ticks saved one per repetition (before issue 14) become one per set: migrate.js, loaded only for them.
    const known = new Set(routine.exercises.map(e => e.id));
    if (!migrating && Object.values(ctx.store.data.days).some(d => d.done.some(id => /:[LRB]:\d+$/.test(id) && known.has(id.split(':')[0])))) {
      migrating = import('./migrate.js').then(m => ctx.store.update(d => m.migrate(d, routine))).finally(() => { migrating = null; });
    }
    const key = document.activeElement?.dataset.key;
    for (const v of views) v.update();
    if (key) document.querySelector(`[data-key="${key}"]`)?.focus();
  }

  let migrating = null;
  ctx.store = openStore(refresh);
  moveRenamedTicks(ctx.store, routine);
  announce('');
  const main = document.getElementById('main');
  // The week, history and export views are only on /checklist/, so only that page loads them.
  if (main?.classList.contains('checklist')) {
    const parts = Promise.all([import('./history.js'), import('./pain.js'), import('./progress.js')]);
    // The page's first date in words makes the browser load its calendar data (~40 ms of CPU on a fast machine):
    // done in a task of its own, so that the task that draws today's list stays short.
    dayLabel(ctx.today, HEADING_DAY);
    await yieldTask();
    views.push(...checklistPage(ctx, main));
    drawBelow(ctx, main, views, parts);
  }
  const exercise = routine.exercises.find(e => e.id === main?.dataset.exercise);
  const doneToday = document.querySelector('.done-today');
  if (exercise && doneToday) views.push(exerciseBlock(ctx, exercise, doneToday));
  const home = document.getElementById('home-progress');
  if (home) {
    const link = h('a', { href: routine.checklist }, word('today_open_checklist'));
    views.push({ update: () => home.replaceChildren(...aroundLink(word('today_home', { progress: progressText(ctx) }), link)) });
  }
  try {
    if (main?.classList.contains('checklist') && sessionStorage.getItem('hamstringback-session')) (await import('./guided.js')).resume(ctx);
  } catch {}
  watchDay(k => {
    ctx.today = k;
    refresh();
    announce(word('today_new_day'));
  });
  refresh();
}

// An exercise that was renamed lists its old ids ("formerIds"): ticks saved under an old id move to the new one,
// so a rename loses nothing. Set ids start with the exercise id ("exerciseId:session:side:n").
function moveRenamedTicks(store, routine) {
  const renames = routine.exercises.flatMap(e => (e.formerIds ?? []).map(old => [old + ':', e.id + ':']));
  const rename = id => {
    const r = renames.find(([from]) => id.startsWith(from));
    return r ? r[1] + id.slice(r[0].length) : id;
  };
  if (!Object.values(store.data.days).some(d => d.done.some(id => rename(id) !== id))) return;
  store.update(data => {
    for (const d of Object.values(data.days)) d.done = [...new Set(d.done.map(rename))];
  });
}

const progressText = ctx => {
  const [n, of] = ctx.count(ctx.today);
  if (ctx.day(ctx.today).rest) return word('today_rest');
  return n >= of ? word('today_done') : n ? word('today_progress', { n, of }) : word('today_nothing');
};

function noteView(ctx) {
  const el = h('p', { className: 'note store-note', role: 'status', hidden: true });
  return { el, update: () => { el.textContent = ctx.store.note; el.hidden = !ctx.store.note; } };
}

// Ends the current task and resolves in a new one, so the browser can paint and answer input in between: with
// scheduler.yield where there is one, else a message to ourselves (no timer, so it never waits on a clock: a
// paused test clock or a hidden tab's throttled timers).
const yieldTask = () => globalThis.scheduler?.yield?.() ?? new Promise(resolve => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve();
  channel.port2.postMessage(0);
});

// The views below today's list (how it felt, the week, the eight weeks, the history, reminders, keeping a copy): drawn
// after today's list, one view a task, in page order at the end of main (issue 13: /checklist/ built
// ~800 nodes in one long task on load, most far below the first screen). Each is complete when it is added, and
// nothing above it moves.
async function drawBelow(ctx, main, views, parts) {
  const [{ historyView, status, toolsView, weekView }, { painView }, { progressView }] = await parts;
  const makers = [painView, weekView, c => progressView(c, status), historyView, remindView, toolsView];
  for (const make of makers) {
    await yieldTask();
    const v = make(ctx);
    v.update();
    main.append(v.el);
    views.push(v);
    v.el.getBoundingClientRect(); // laid out in this task too, not all views at once in the next frame
  }
}

const HEADING_DAY = { weekday: 'long', day: 'numeric', month: 'long' };

function checklistPage(ctx, main) {
  main.querySelector('.routine-list').hidden = true; // the list for readers without JavaScript, and for print
  const heading = h('h2', { id: 'today-heading' });
  const progress = h('p', { className: 'progress' });
  const note = noteView(ctx);
  const prefs = ['sound', 'vibrate'].map(key => {
    const input = h('input', { type: 'checkbox', onchange: () => ctx.store.update(d => { d.prefs[key] = input.checked; d.prefs.asked = true; }) });
    return { input, update: () => { input.checked = ctx.store.data.prefs[key]; } };
  });
  const guide = h('button', { type: 'button', className: 'start', onclick: () => import('./guided.js').then(m => m.begin(ctx)) }, word('today_start'));
  const blocks = ctx.routine.exercises.map(ex => ({ ex, sets: exerciseSets(ctx, ex, true) }));
  main.append(note.el,
    h('section', { className: 'today', 'aria-labelledby': 'today-heading' }, heading, progress,
      h('p', { className: 'guide' }, guide, h('span', { className: 'small' }, word('today_start_help'))),
      h('details', { className: 'timer-settings' }, h('summary', {}, word('today_sound_heading')),
        h('label', { className: 'set' }, prefs[0].input, word('today_sound')),
        h('label', { className: 'set' }, prefs[1].input, word('today_vibrate'))),
      h('ol', { className: 'exercise-checklist' }, ...blocks.map(({ ex, sets }) => h('li', { 'data-exercise': ex.id },
        h('h3', {}, h('a', { href: ex.url }, ex.name)),
        h('p', { className: 'dose' }, word('today_dose', { dose: ex.dose, frequency: ex.frequency })),
        ex.note ? h('p', { className: 'programme-note' }, word('today_note', { note: ex.note })) : null,
        sets.el)))));
  const top = {
    update() {
      heading.textContent = word('today_heading', { day: dayLabel(ctx.today, HEADING_DAY) });
      progress.textContent = progressText(ctx);
      guide.hidden = ctx.count(ctx.today)[0] >= ctx.total;
    },
  };
  return [note, top, ...prefs, ...blocks.map(b => b.sets)];
}

// Reminders: the times and the .ics file come from ics.js, loaded when asked for.
function remindView(ctx) {
  const ask = h('button', { type: 'button', className: 'secondary', onclick: () => import('./ics.js').then(m => m.form(ctx, el, ask)) }, word('reminder_choose'));
  const el = h('section', { className: 'remind', 'aria-labelledby': 'remind-heading' }, h('h2', { id: 'remind-heading' }, word('reminder_heading')),
    h('p', {}, word('reminder_help')), ask);
  return { el, update() {} };
}

function exerciseBlock(ctx, ex, section) {
  const sets = exerciseSets(ctx, ex, false);
  const note = noteView(ctx);
  section.querySelector('p')?.remove();
  section.append(note.el, sets.el, h('p', {}, ...aroundLink(word('today_see_all'), h('a', { href: ctx.routine.checklist }, word('today_see_all_link')))));
  return { update: () => { note.update(); sets.update(); } };
}
