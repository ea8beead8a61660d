// Ticks saved before issue 14 were one per repetition, "exerciseId:session:side:n"; now one per set,
// "exerciseId:session:side:sN". A set is done when all its repetitions were ticked ("alternating" ticked both
// sides). No day changes standing in the history: a day that was all done stays all done, and a day with some
// ticks keeps at least one. Ticks of exercises no longer in the routine are left as they were.
const OLD = /^(.+):(\d+):([LRB]):\d+$/;

// Loaded by checklist.js only when saved ticks of the old kind are there.
export function migrate(data, routine) {
  const byId = new Map(routine.exercises.map(e => [e.id, e]));
  const old = id => byId.has(OLD.exec(id)?.[1]);
  const all = routine.exercises.flatMap(e => e.sets.map(s => s.id));
  for (const d of Object.values(data.days)) {
    const ticks = d.done.filter(old);
    if (!ticks.length) continue;
    const wasAll = d.done.length >= (d.of ?? Infinity);
    const left = new Map(); // "exerciseId:session:side" → repetitions ticked
    for (const id of ticks) {
      const [, ex, session, side] = OLD.exec(id);
      const key = `${ex}:${session}:${byId.get(ex).sides === 'alternating' ? 'B' : side}`;
      left.set(key, (left.get(key) ?? 0) + 1);
    }
    const sets = [];
    let most = null;
    for (const e of routine.exercises) {
      const need = e.reps * (e.sides === 'alternating' ? 2 : 1);
      for (const s of e.sets) {
        const key = `${e.id}:${s.session}:${s.side}`;
        const n = left.get(key) ?? 0;
        if (n >= need) {
          sets.push(s.id);
          left.set(key, n - need);
        } else if (n && (!most || n > most[1])) most = [s.id, n];
      }
    }
    if (!sets.length && most) sets.push(most[0]);
    d.done = [...new Set([...d.done.filter(id => !old(id)), ...(wasAll ? all : sets)])];
    d.of = all.length;
  }
}
