/**
 * The rouge155 aggregates as text: the lines ROUGE-1.5.5's printResults writes (`$peerID ROUGE-1
 * Average_R: $avg ($c%-conf.int. $low - $high)`, values already sprintf("%7.5f") strings there), and the
 * XSum paper's figures, which pyrouge parsed from those lines as floats and the paper printed ×100 with
 * two decimals (0.01605 → 1.6049999… → "1.60"; the paper's LEAD row).
 */
import { confidencePercent } from './bootstrap.js';
import { formatLikePrintf } from './printf-round.js';
import type { Prf, Rouge155Printed, TypeAggregate } from './types.js';

/** pyrouge's default system id, which the script prints at the start of each line. */
const PEER_ID = '1';
const SEPARATOR = '-'.repeat(45);
const TAGS = { rouge1: 'ROUGE-1', rouge2: 'ROUGE-2', rougeL: 'ROUGE-L' } as const;
const LETTERS: ReadonlyArray<readonly [keyof Prf, string]> = [
  ['recall', 'R'],
  ['precision', 'P'],
  ['fmeasure', 'F'],
];

type Rouge155Aggregates = Record<keyof typeof TAGS, TypeAggregate>;

export function printRouge155(aggregates: Rouge155Aggregates, confidence: number): Rouge155Printed {
  const percent = confidencePercent(confidence);
  const five = (x: number): string => formatLikePrintf(x, 5);
  const script: string[] = [];
  for (const [type, tag] of Object.entries(TAGS) as Array<[keyof typeof TAGS, string]>) {
    script.push(SEPARATOR);
    for (const [measure, letter] of LETTERS) {
      const { mid, low, high } = aggregates[type][measure];
      script.push(`${PEER_ID} ${tag} Average_${letter}: ${five(mid)} (${percent}%-conf.int. ${five(low)} - ${five(high)})`);
    }
  }
  const row = (measure: keyof Prf): string =>
    (Object.keys(TAGS) as Array<keyof typeof TAGS>).map((type) => formatLikePrintf(aggregates[type][measure].mid * 100, 2)).join(' / ');
  return { script, paper: { recall: row('recall'), precision: row('precision'), fmeasure: row('fmeasure') } };
}
