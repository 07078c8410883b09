import { AB_FOLDER } from '../run-folder/layout.js';
import type { AbLook } from './ab-effects.js';
import type { EffectDecision } from './paired-effect.js';
import type { QualityAssessment } from './quality-verdict.js';

export const AB_SCHEMA = 'infergate/ab';
/** The A/B run folder's own file, beside blocks/ (docs/gate.md, "A/B mode"); the names live in the layout. */
export const AB_FILE = AB_FOLDER.document;
export const AB_BLOCKS_FOLDER = AB_FOLDER.blocks;

export type AbSide = 'base' | 'head';

export interface AbBlock {
  /** 1-based, in the order run. */
  index: number;
  pair: number;
  side: AbSide;
  /** The block's run folder, relative to the A/B folder. */
  folder: string;
  status: string;
}

/** ab.json: what an A/B comparison ran and decided; rewritten after every block, so an interrupted one says how far it got. */
export interface AbDocument {
  schema: typeof AB_SCHEMA;
  schema_version: 1;
  status: 'running' | 'completed' | 'failed' | 'interrupted';
  failure: { message: string; exit_code: number } | null;
  rule: { alpha: number; margin_pct: number; min_pairs: number; max_pairs: number; time_budget_s: number | null; looks: number; seed: number };
  /** The --set assignments that make the base out of the head's configuration. */
  base_settings: string[];
  blocks: AbBlock[];
  /** One per look, the last decided. */
  looks: AbLook[];
  /** The first head block's outputs against the first base block's, on the same documents. */
  quality: (QualityAssessment & { decision: EffectDecision }) | null;
  verdict: EffectDecision | null;
  /** Why no more pairs were run. */
  stopped: string | null;
}
