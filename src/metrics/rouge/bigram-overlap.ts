/**
 * Clipped bigram overlap, Σ over distinct bigrams of min(reference count, prediction count), through a
 * reusable open-addressing table keyed by the two token ids: no per-pair allocation and no sort. Slots
 * are cleared lazily by stamping each with the call that filled it.
 */
let capacity = 0;
let firsts = new Int32Array(0);
let seconds = new Int32Array(0);
let counts = new Int32Array(0);
let stamps = new Int32Array(0);
let call = 0;

function ensureCapacity(bigrams: number): void {
  let size = 64;
  while (size < bigrams * 2) size *= 2;
  if (size <= capacity) return;
  capacity = size;
  firsts = new Int32Array(size);
  seconds = new Int32Array(size);
  counts = new Int32Array(size);
  stamps = new Int32Array(size);
  call = 0;
}

function slotOf(a: number, b: number, mask: number): number {
  let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & mask;
  while (stamps[slot] === call && (firsts[slot] !== a || seconds[slot] !== b)) slot = (slot + 1) & mask;
  return slot;
}

export function clippedBigramOverlap(reference: readonly number[], prediction: readonly number[]): number {
  if (reference.length < 2 || prediction.length < 2) return 0;
  ensureCapacity(reference.length - 1);
  call = (call + 1) | 0;
  if (call === 0) {
    stamps.fill(0);
    call = 1;
  }
  const mask = capacity - 1;
  for (let i = 0; i + 1 < reference.length; i += 1) {
    const a = reference[i] as number;
    const b = reference[i + 1] as number;
    const slot = slotOf(a, b, mask);
    if (stamps[slot] === call) counts[slot] = (counts[slot] as number) + 1;
    else {
      stamps[slot] = call;
      firsts[slot] = a;
      seconds[slot] = b;
      counts[slot] = 1;
    }
  }
  let hits = 0;
  for (let j = 0; j + 1 < prediction.length; j += 1) {
    const slot = slotOf(prediction[j] as number, prediction[j + 1] as number, mask);
    if (stamps[slot] === call && (counts[slot] as number) > 0) {
      hits += 1;
      counts[slot] = (counts[slot] as number) - 1;
    }
  }
  return hits;
}
