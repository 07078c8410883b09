import { describeShape, type LoadShape } from '../load/index.js';

/** "offline", "concurrency 8", "sweep: concurrency 1, concurrency 4" — the load part of the fingerprint. */
export function describeLoad(shape: LoadShape): string {
  return shape.kind === 'sweep' ? `sweep: ${shape.steps.map(describeShape).join(', ')}` : describeShape(shape);
}
