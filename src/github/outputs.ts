import * as core from '@actions/core';
import type { Comparison } from '../gate/comparison.js';

export interface GateOutputs {
  verdict: string;
  regressed: string;
  'results-path': string;
  'baseline-source': string;
  'comment-url': string;
}

/** The action's outputs (action.yml): verdict, regressed metrics (comma-separated), results path, baseline source. */
export function setGateOutputs(comparison: Comparison, resultsPath: string, commentUrl: string | null): GateOutputs {
  const outputs: GateOutputs = {
    verdict: comparison.verdict,
    regressed: comparison.regressed.join(','),
    'results-path': resultsPath,
    'baseline-source': comparison.baseline.source,
    'comment-url': commentUrl ?? '',
  };
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
  return outputs;
}
