/**
 * One 'abort' listener per signal, fanning out to a set of callbacks. Every request in flight listens on
 * the run's stop signal; adding and removing an EventTarget listener per request cost ~20 µs each here
 * (measured in a CPU profile at 512 streams), at the moment a request ends and the next is sent.
 */
const callbacks = new WeakMap<AbortSignal, Set<() => void>>();

/** Calls `fn` once when `signal` aborts; returns a function that cancels that. */
export function onAbort(signal: AbortSignal, fn: () => void): () => void {
  let set = callbacks.get(signal);
  if (!set) {
    const fresh = new Set<() => void>();
    set = fresh;
    callbacks.set(signal, fresh);
    signal.addEventListener('abort', () => {
      const due = [...fresh];
      fresh.clear();
      for (const f of due) f();
    }, { once: true });
  }
  set.add(fn);
  const mine = set;
  return () => {
    mine.delete(fn);
  };
}
