// The checklist's pure functions (issue 13), run by `node --test` in .ci/run: local days, the saved data's
// format (version 0 lists, unsafe days and set ids dropped), merging an import, and the issue 14 migration of
// per-repetition ticks to sets. The browser tests cover the same code through the page; these name the rule broken.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, dayKey, isDay, weekStart } from '../../theme/static/js/days.js';
import { dayProblem, isSetId, KEEP_DAYS, merge, normalise } from '../../theme/static/js/store.js';
import { migrate } from '../../theme/static/js/migrate.js';

process.env.TZ = 'Europe/London'; // a clock change: 2025-03-30 has 23 hours, 2025-10-26 has 25

test('a day plus n days is a calendar day, across month ends and clock changes', () => {
  assert.equal(addDays('2025-03-29', 1), '2025-03-30');
  assert.equal(addDays('2025-03-30', 1), '2025-03-31');
  assert.equal(addDays('2025-10-26', 1), '2025-10-27');
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2025-01-01', -1), '2024-12-31');
  assert.equal(dayKey(new Date(2025, 5, 3, 23, 59)), '2025-06-03');
});

test('only real days written YYYY-MM-DD are days', () => {
  assert.ok(isDay('2024-02-29'));
  for (const k of ['2025-02-29', '2026-02-30', '2026-99-99', '2025-6-3', '__proto__', 20250603, null]) {
    assert.equal(isDay(k), false, String(k));
  }
});

test('a week starts on the Monday', () => {
  assert.equal(weekStart('2025-06-08'), '2025-06-02'); // a Sunday
  assert.equal(weekStart('2025-06-02'), '2025-06-02');
  assert.equal(weekStart('2025-06-04'), '2025-06-02');
});

test('a day is refused when not real, in the future or older than the days kept', () => {
  assert.equal(dayProblem('2025-06-03', '2025-06-03'), '');
  assert.equal(dayProblem('2025-06-04', '2025-06-03'), 'future');
  assert.equal(dayProblem('2025-06-04', '2025-06-03', 1), '');
  assert.equal(dayProblem(addDays('2025-06-03', -KEEP_DAYS - 1), '2025-06-03'), 'old');
  assert.equal(dayProblem('2025-02-29', '2025-06-03'), 'date');
});

test('set ids are short words and never a name objects reserve or "rest"', () => {
  assert.ok(isSetId('glute-bridge:1:L:s2'));
  for (const id of ['rest', '__proto__', 'a:constructor:b', 'a,b', 'a b', '', 'x'.repeat(101), 7]) {
    assert.equal(isSetId(id), false, String(id));
  }
});

test('saved data of version 0 (a list per day) becomes version 1, without unsafe days, ids or values', () => {
  const raw = {
    days: {
      '2025-06-02': ['glute-bridge:1:B:s1', 'glute-bridge:1:B:s1', 'bad id'],
      '2025-06-03': { done: ['bird-dog:1:L:s1'], rest: true, of: 8, pain: 11, note: '  sore  ' },
      '2025-06-09': ['glute-bridge:1:B:s1'],
      'not-a-day': ['glute-bridge:1:B:s1'],
    },
    prefs: { sound: 'yes', vibrate: true },
  };
  const data = normalise(raw, '2025-06-03');
  assert.equal(data.v, 1);
  assert.deepEqual(Object.keys(data.days), ['2025-06-02', '2025-06-03']);
  assert.deepEqual({ ...data.days['2025-06-02'] }, { done: ['glute-bridge:1:B:s1'] });
  assert.deepEqual({ ...data.days['2025-06-03'] }, { done: ['bird-dog:1:L:s1'], rest: true, of: 8, note: 'sore' });
  assert.deepEqual(data.prefs, { sound: false, vibrate: true, asked: false });
  assert.equal(Object.getPrototypeOf(data.days), null);
  assert.equal(normalise({ v: 2, days: {} }, '2025-06-03'), null);
  assert.equal(normalise({ days: [] }, '2025-06-03'), null);
});

test('merging an import adds ticks once and keeps what was there', () => {
  const into = normalise({ v: 1, days: { '2025-06-02': { done: ['a:1:L:s1'], pain: 2 } } }, '2025-06-03');
  const from = normalise({ v: 1, days: { '2025-06-02': { done: ['a:1:L:s1', 'a:1:R:s1'], pain: 5, of: 8 }, '2025-06-03': { done: [], rest: true } } }, '2025-06-03');
  merge(into, from);
  const stored = JSON.parse(JSON.stringify(into)); // as saved
  assert.deepEqual(stored.days['2025-06-02'], { done: ['a:1:L:s1', 'a:1:R:s1'], pain: 2, of: 8 });
  assert.deepEqual(stored.days['2025-06-03'], { done: [], rest: true });
});

test('ticks of repetitions (before issue 14) become sets; a day all done stays all done', () => {
  const routine = {
    exercises: [
      { id: 'bridge', reps: 2, sides: 'both', sets: [{ id: 'bridge:1:B:s1', session: 1, side: 'B' }, { id: 'bridge:1:B:s2', session: 1, side: 'B' }] },
      { id: 'lunge', reps: 2, sides: 'each', sets: [{ id: 'lunge:1:L:s1', session: 1, side: 'L' }, { id: 'lunge:1:R:s1', session: 1, side: 'R' }] },
    ],
  };
  const data = {
    days: {
      '2025-06-02': { done: ['bridge:1:B:1', 'bridge:1:B:2', 'lunge:1:L:1'], of: 6 },
      '2025-06-03': { done: ['bridge:1:B:1', 'bridge:1:B:2', 'lunge:1:L:1', 'lunge:1:L:2', 'lunge:1:R:1', 'lunge:1:R:2'], of: 6 },
      '2025-06-04': { done: ['lunge:1:R:1', 'gone:1:L:1'], of: 6 },
    },
  };
  migrate(data, routine);
  assert.deepEqual(data.days['2025-06-02'], { done: ['bridge:1:B:s1'], of: 4 });
  assert.deepEqual(data.days['2025-06-03'], { done: ['bridge:1:B:s1', 'bridge:1:B:s2', 'lunge:1:L:s1', 'lunge:1:R:s1'], of: 4 });
  assert.deepEqual(data.days['2025-06-04'], { done: ['gone:1:L:1', 'lunge:1:R:s1'], of: 4 });
});

test('a day label is what toLocaleDateString writes, in the page language and for each set of options', async () => {
  const { dayLabel } = await import('../../theme/static/js/days.js');
  const optionSets = [undefined, { weekday: 'long', day: 'numeric', month: 'long' }, { weekday: 'short', day: 'numeric', month: 'short' },
    { day: 'numeric', month: 'short', year: 'numeric' }, { day: 'numeric', month: 'numeric' }, { weekday: 'narrow' }, { weekday: 'long' }, { hour: 'numeric' }];
  try {
    for (const lang of ['en-GB', 'de', '']) {
      globalThis.document = { documentElement: { lang } };
      for (const options of optionSets) {
        for (const k of ['2025-06-02', '2025-10-26', '2024-02-29']) {
          const [y, m, d] = k.split('-').map(Number);
          assert.equal(dayLabel(k, options), new Date(y, m - 1, d).toLocaleDateString(lang || undefined, options), `${lang} ${JSON.stringify(options)} ${k}`);
        }
      }
    }
  } finally {
    delete globalThis.document;
  }
});
