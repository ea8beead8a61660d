// The guided session ("Start today's session"), loaded only when asked for. It walks through the sets not yet
// ticked in today's next session, one at a time and full screen on a phone: the exercise's drawing (start or end
// position) and key cue, a big count of repetitions or a hold countdown. It switches side and set by itself,
// with a spoken or beeped prompt if the reader chose sound, and ticks each set as it ends. Pause, back and skip
// move through it. Where it is comes from the clock and a start time kept in sessionStorage, so a reload carries
// on where it was. The screen is kept awake while it runs (where the browser can). Screen readers hear each
// change once, politely; the countdown itself is never spoken.
import { h, word } from './dom.js';

const KEY = 'hamstringback-session';
const READY = 5; // seconds to get into position before a set
const REST = 5; // seconds to relax between two holds
const TEMPO = 4; // seconds for one moving repetition

const clock = s => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
const sideName = (ex, side) => word(`guided_${side === 'L' ? 'left' : 'right'}_${ex.sides === 'each' ? 'leg' : 'side'}`);

// The timed sets of a session: each starts with READY seconds, then its holds (with REST between) or moves.
function timeline(routine, ids) {
  const find = id => routine.exercises.map(ex => ({ ex, s: ex.sets.find(s => s.id === id) })).find(x => x.s);
  let t = 0;
  return ids.map(find).filter(Boolean).map(({ ex, s }) => {
    const moves = ex.reps * (ex.sides === 'alternating' ? 2 : 1);
    const each = ex.hold > 0 ? ex.hold + REST : TEMPO;
    const set = { ex, s, moves, each, start: t };
    t += READY + moves * each - (ex.hold > 0 ? REST : 0);
    set.end = t;
    return set;
  });
}

// What to show at e seconds into set `set`.
function phase(set, e) {
  const { ex, each } = set;
  const r = e - set.start;
  if (r < READY) return { kind: 'ready', left: Math.ceil(READY - r), frame: 'start' };
  const q = r - READY;
  const move = Math.min(set.moves - 1, Math.floor(q / each));
  const within = q - move * each;
  const side = ex.sides === 'alternating' ? (move % 2 ? 'R' : 'L') : set.s.side;
  const n = ex.sides === 'alternating' ? Math.floor(move / 2) + 1 : move + 1;
  if (ex.hold > 0) {
    return within < ex.hold
      ? { kind: 'hold', n, side, left: Math.ceil(ex.hold - within), frame: 'end' }
      : { kind: 'rest', n, side, left: Math.ceil(each - within), frame: 'start' };
  }
  return { kind: 'move', n, side, frame: within < each / 2 ? 'end' : 'start' };
}

function read() {
  try {
    return JSON.parse(sessionStorage.getItem(KEY));
  } catch {
    return null;
  }
}

function save(state) {
  try {
    if (state) sessionStorage.setItem(KEY, JSON.stringify(state));
    else sessionStorage.removeItem(KEY);
  } catch {}
}

let open = null; // the session on screen, if any

// "Start today's session" (or "Guide me" for one exercise): asks once about sound, then starts.
export function begin(ctx, only) {
  if (open) return;
  const done = ctx.doneToday();
  const left = ctx.routine.exercises.filter(ex => !only || ex.id === only).flatMap(ex => ex.sets).filter(s => !done.has(s.id));
  if (!left.length) return;
  const session = Math.min(...left.map(s => s.session));
  const state = { day: ctx.today, ids: left.filter(s => s.session === session).map(s => s.id), base: Date.now(), paused: null, upto: 0 };
  const prefs = ctx.store.data.prefs;
  const asking = !prefs.asked && !prefs.sound;
  run(ctx, asking ? { ...state, paused: state.base } : state, !asking, asking);
}

// After a reload: carries on a session of today that has not long finished; forgets any other.
export function resume(ctx) {
  const state = read();
  const sets = state?.ids && timeline(ctx.routine, state.ids);
  const total = sets?.at(-1)?.end ?? 0;
  if (!sets?.length || state.day !== ctx.today || (!state.paused && Date.now() - state.base > (total + 600) * 1000)) return save(null);
  run(ctx, state, false);
}

function run(ctx, state, gesture, asking) {
  const sets = timeline(ctx.routine, state.ids);
  const total = sets.at(-1).end;
  let audio = null;
  let lock = null;
  let interval = 0;
  let said = '';
  let held = false; // a hold was running at the last redraw: its end vibrates, if chosen
  const live = h('p', { className: 'sr-only', 'aria-live': 'polite' });
  const where = h('p', { className: 'g-where' });
  const name = h('h2', { id: 'g-name' });
  const side = h('p', { className: 'g-side' });
  const img = h('img', { alt: '', width: 400, height: 200 });
  const frame = h('div', { className: 'g-frame' }, img);
  const cue = h('p', { className: 'g-cue' });
  const label = h('p', { className: 'g-phase' });
  const big = h('p', { className: 'g-big', role: 'timer', 'aria-labelledby': 'g-phase' });
  label.id = 'g-phase';
  const back = h('button', { type: 'button', className: 'secondary', onclick: () => jump(-1) }, word('guided_back'));
  const pause = h('button', { type: 'button', className: 'g-pause', onclick: toggle });
  const skip = h('button', { type: 'button', className: 'secondary', onclick: () => jump(1) }, word('guided_skip'));
  const close = h('button', { type: 'button', className: 'secondary g-close', onclick: () => end() }, word('guided_close'));
  const controls = h('p', { className: 'g-buttons' }, back, pause, skip);
  const yes = h('button', { type: 'button', onclick: () => answer(true) }, word('guided_sound_yes'));
  const no = h('button', { type: 'button', className: 'secondary', onclick: () => answer(false) }, word('guided_sound_no'));
  const question = h('div', { className: 'g-ask', role: 'group', 'aria-labelledby': 'g-ask' },
    h('p', { id: 'g-ask' }, word('guided_sound_question')),
    h('p', { className: 'g-buttons' }, yes, no));
  const body = h('div', { className: 'g-body' }, side, frame, cue, label, big, controls);
  const dialog = h('dialog', { className: 'guided', 'aria-labelledby': 'g-name' },
    h('div', { className: 'g-top' }, where, close), name, body, question, live);
  question.hidden = true;
  dialog.addEventListener('cancel', e => { e.preventDefault(); end(); });
  // A browser may close the dialog itself without a cancel event (Chrome does for a close request, such as Escape
  // or a phone's back gesture, that follows no tap of its own): the session ends all the same, or it could never
  // start again.
  dialog.addEventListener('close', () => { if (open === dialog) end(); });
  document.body.append(dialog);
  dialog.showModal();
  open = dialog;
  if (gesture) sound();
  if (asking) ask();
  else {
    wake();
    pause.focus();
  }
  document.addEventListener('visibilitychange', onVisible);
  interval = setInterval(show, 250);
  show();

  function ask() {
    body.hidden = true;
    question.hidden = false;
    name.textContent = word('guided_before');
    yes.focus();
  }

  function answer(on) {
    ctx.store.update(d => { d.prefs.sound = on; d.prefs.asked = true; });
    question.hidden = true;
    body.hidden = false;
    state.base = Date.now();
    state.paused = null;
    if (on) sound();
    wake();
    show();
    pause.focus();
  }

  function elapsed() {
    return ((state.paused ?? Date.now()) - state.base) / 1000;
  }

  function show() {
    if (!question.hidden) return;
    const e = elapsed();
    const i = sets.findIndex(s => e < s.end);
    // Every set that has ended since last time is done; a skipped one is not (skip moves `upto` past it).
    for (; state.upto < (i < 0 ? sets.length : i); state.upto++) ctx.tick([sets[state.upto].s.id], true);
    save(state);
    if (i < 0) return finish();
    const set = sets[i];
    const p = phase(set, e);
    const ex = set.ex;
    where.textContent = word('guided_where', { n: i + 1, sets: sets.length });
    name.textContent = ex.name;
    const sideText = ex.sides === 'both' ? word('guided_both_legs') : ex.sides === 'alternating' ? word('guided_side_now', { side: sideName(ex, p.side ?? 'L') })
      : word('guided_side', { side: sideName(ex, set.s.side) });
    side.textContent = set.s.n > 1 || ex.sets.some(s => s.n > 1) ? word('guided_side_set', { side: sideText, n: set.s.n }) : sideText;
    // Frames: the first and last as two pictures; a drawing of its own: start and end side by side, one shown.
    const src = ex.imageEnd && p.frame === 'end' ? ex.imageEnd : ex.image;
    if (img.getAttribute('src') !== src) img.src = src;
    img.alt = src === ex.imageEnd ? ex.imageEndAlt : ex.imageAlt;
    frame.hidden = !ex.image;
    frame.className = 'g-frame ' + (ex.imageEnd ? 'single' : p.frame);
    cue.textContent = ex.cue;
    const hold = ex.reps > 1 ? word('guided_hold_count', { n: p.n, reps: ex.reps }) : word('guided_hold');
    label.textContent = p.kind === 'hold' ? hold : word(`guided_${p.kind}`);
    big.textContent = p.kind === 'move' ? word('guided_count', { n: p.n, reps: ex.reps }) : clock(p.left);
    big.className = 'g-big ' + p.kind;
    if (held && p.kind !== 'hold' && ctx.store.data.prefs.vibrate) navigator.vibrate?.([200, 100, 200]);
    held = p.kind === 'hold' && !state.paused;
    pause.textContent = word(state.paused ? 'guided_resume' : 'guided_pause');
    // One polite message and one prompt per set, and a beep as each hold starts and ends.
    const key = `${i}:${p.kind === 'ready' ? 'ready' : p.kind === 'rest' ? 'rest' : 'go'}:${p.n ?? 0}:${state.paused ? 'p' : ''}`;
    if (key === said) return;
    const first = !said;
    said = key;
    if (state.paused) return say(first ? word('guided_paused_name', { name: ex.name }) : word('guided_paused'));
    if (p.kind === 'ready') {
      const prev = sets[i - 1];
      const intro = ex.sides === 'each' ? word('guided_intro_side', { name: ex.name, side: sideName(ex, set.s.side), dose: ex.dose })
        : word('guided_intro', { name: ex.name, dose: ex.dose });
      const text = prev?.ex === ex ? (ex.sides === 'each' && prev.s.side !== set.s.side ? word('guided_now', { side: sideName(ex, set.s.side) }) : word('guided_set', { n: set.s.n }))
        : prev ? word('guided_next', { intro }) : intro;
      say(text, true);
    } else if (p.kind === 'hold' || (p.kind === 'rest' && ex.hold > 0)) {
      beep(p.kind === 'hold' ? 880 : 520);
    }
    else if (p.kind === 'move') beep(660, 0.08);
  }

  // Back: to the start of this set, or of the one before when this one has only just begun. Skip: to the next.
  function jump(step) {
    const e = elapsed();
    const i = Math.max(0, sets.findIndex(s => e < s.end));
    const to = step > 0 ? i + 1 : e - sets[i].start < 2 ? Math.max(0, i - 1) : i;
    state.upto = Math.min(state.upto, to);
    if (step > 0) state.upto = Math.max(state.upto, to);
    if (to >= sets.length) return finish();
    state.base = (state.paused ?? Date.now()) - sets[to].start * 1000;
    said = '';
    show();
  }

  function toggle() {
    if (state.paused) {
      state.base += Date.now() - state.paused;
      state.paused = null;
      sound();
      wake();
      say(word('guided_going_on'));
    } else {
      state.paused = Date.now();
      sleep();
    }
    show();
  }

  function finish() {
    clearInterval(interval);
    save(null);
    sleep();
    where.textContent = '';
    name.textContent = word('guided_done');
    body.replaceChildren(h('p', {}, word('guided_done_help')), h('p', { className: 'g-buttons' }, close));
    close.textContent = word('guided_back_to_checklist');
    say(word('guided_done'), true);
    close.focus();
  }

  function end() {
    if (open !== dialog) return;
    clearInterval(interval);
    save(null);
    sleep();
    document.removeEventListener('visibilitychange', onVisible);
    dialog.close();
    dialog.remove();
    open = null;
    document.querySelector('.start')?.focus();
  }

  function say(text, aloud) {
    live.textContent = text;
    if (!aloud || !ctx.store.data.prefs.sound) return;
    beep(660);
    try {
      speechSynthesis.cancel();
      speechSynthesis.speak(new SpeechSynthesisUtterance(text));
    } catch {}
  }

  // Sound needs an AudioContext made (or resumed) during a tap.
  function sound() {
    if (!ctx.store.data.prefs.sound) return;
    try {
      audio ??= new AudioContext();
      audio.resume();
    } catch {}
  }

  function beep(hz, length = 0.25) {
    if (!audio || !ctx.store.data.prefs.sound) return;
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = hz;
    gain.gain.value = 0.2;
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + length);
  }

  async function wake() {
    if (lock || state.paused) return;
    try {
      lock = await navigator.wakeLock.request('screen');
      lock.addEventListener('release', () => { lock = null; });
    } catch {
      lock = null; // not supported, or refused: the session works without it
    }
  }

  function sleep() {
    lock?.release().catch(() => {});
    lock = null;
  }

  function onVisible() {
    if (document.visibilityState === 'visible' && !state.paused && open) wake();
  }
}
