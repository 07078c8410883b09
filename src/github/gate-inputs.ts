import type { MismatchOutcome } from '../gate/comparison.js';
import type { BaselineSource } from './resolve-baseline.js';

/** The action inputs the gate reads, parsed (action/inputs.ts reads them; docs/gate.md explains them). */
export interface GateInputs {
  mode: 'run' | 'aggregate' | 'fork-comment' | 'calibrate' | 'ab';
  /** mode fork-comment: the downloaded run folder artifact of the triggering run. */
  resultsDir: string | undefined;
  baselineSources: BaselineSource[];
  thresholdsPath: string | undefined;
  artifactName: string | null;
  retentionDays: number | undefined;
  comment: boolean;
  aggregatePrefix: string;
  history: { path: string; keep: number } | undefined;
  baselineFileToUpdate: string | undefined;
  allowForkOnSelfHosted: boolean;
  token: string | undefined;
  /** Read thresholds and baseline files at this commit (`base`: the pull request's base), not the checkout. */
  trustedRef: string | undefined;
  /** What a baseline on another environment does to the job; overrides the thresholds file's fingerprint.on_mismatch. */
  onMismatch: MismatchOutcome | undefined;
  /** mode calibrate: how many runs, and where the noise profile is written; mode run reads the profile there (at trustedRef when set). */
  calibration: { runs: number; profilePath: string };
}
