// A hold timer: start, pause, resume, reset. Counts from the clock, not from ticks, so it stays right when
// the browser slows timers down. Says "started" and "done" once through the live region, never each second.
import { announce, h } from './dom.js';

const clockText = ms => {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

export function holdTimer(seconds, name, prefs, onDone) {
  const full = seconds * 1000;
  let left = full;
  let endAt = 0;
  let interval = 0;
  let audio = null;
  const time = h('p', { className: 'time', role: 'timer' });
  const go = h('button', { type: 'button', onclick: toggle });
  const reset = h('button', { type: 'button', className: 'secondary', onclick: () => { stop(); left = full; show(); } }, 'Reset');
  const el = h('div', { className: 'timer', role: 'group', 'aria-label': `Hold timer for ${name}` }, time, go, reset);

  function show() {
    time.textContent = clockText(left);
    go.textContent = interval ? 'Pause' : left > 0 && left < full ? 'Resume' : `Start ${seconds} s hold`;
    el.classList.toggle('done', left === 0);
  }

  function stop() {
    clearInterval(interval);
    interval = 0;
  }

  function toggle() {
    if (interval) {
      stop();
      left = Math.max(0, endAt - Date.now());
    } else {
      if (left === 0) left = full;
      if (left === full) announce(`${name}: hold for ${seconds} seconds. Started.`);
      // Sound needs an AudioContext made during a tap; make it now, play it at the end.
      if (prefs().sound && !audio) audio = new AudioContext();
      endAt = Date.now() + left;
      interval = setInterval(step, 250);
    }
    show();
  }

  function step() {
    left = Math.max(0, endAt - Date.now());
    if (left === 0) {
      stop();
      announce(`${name}: hold done. Well done.`);
      if (prefs().sound && audio) beep(audio);
      if (prefs().vibrate) navigator.vibrate?.([200, 100, 200]);
      onDone();
    }
    show();
  }

  show();
  return { el, go, reset: () => reset.click() };
}

function beep(audio) {
  const tone = audio.createOscillator();
  const gain = audio.createGain();
  tone.frequency.value = 660;
  gain.gain.value = 0.2;
  tone.connect(gain).connect(audio.destination);
  tone.start();
  tone.stop(audio.currentTime + 0.3);
}
