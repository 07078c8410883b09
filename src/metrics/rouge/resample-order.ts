/**
 * The order in which ROUGE-1.5.5 holds the pairs when it resamples (-r): its bootstrap draws
 * int(rand(n)) positions into its eval ids sorted as strings (`sort keys %$ROUGEScores`), so the same draws
 * pick different pairs depending on how the ids were named. The per-pair scores do not depend on it; the
 * printed average and interval do, in their last digit.
 *
 * - `pyrouge`: as the XSum paper ran it, through pyrouge. The summaries are files `<0-based index>.txt`;
 *   pyrouge's write_config_static numbers them 1..n in the order of their names sorted as strings
 *   (`0.txt, 1.txt, 10.txt, 100.txt, …`) and the script then sorts those ids as strings
 *   (`1, 10, 100, 1000, …`). Two string sorts composed: id "10" is the 10th file name, "18.txt".
 *   This order reproduces the script's printed LEAD averages and intervals and the paper's table.
 * - `input`: ids that sort in input order (e.g. zero-padded), so position k is pair k.
 */
export const RESAMPLE_ORDERS = ['pyrouge', 'input'] as const;

export type ResampleOrder = (typeof RESAMPLE_ORDERS)[number];

/** positions[k] = the input index of the pair the script holds k-th. */
export function evalOrder(n: number, order: ResampleOrder): Int32Array {
  const positions = new Int32Array(n);
  if (order === 'input') {
    for (let k = 0; k < n; k += 1) positions[k] = k;
    return positions;
  }
  const byName = Array.from({ length: n }, (_, i) => `${i}.txt`).sort();
  const ids = Array.from({ length: n }, (_, i) => String(i + 1)).sort();
  ids.forEach((id, k) => {
    positions[k] = Number.parseInt(byName[Number(id) - 1] as string, 10);
  });
  return positions;
}
