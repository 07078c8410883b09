import { existsSync } from 'node:fs';
import { baselineFromFile, baselineFromHistory, type BaselineSet } from '../gate/baseline-set.js';
import { downloadBaseline, type DownloadBaselineOptions } from './download-baseline.js';

/** Where a baseline may come from; the configured list is tried in order and the first that yields wins. */
export type BaselineSource =
  | { kind: 'file'; path: string }
  | { kind: 'history'; path: string; last?: number }
  | { kind: 'artifact'; workflow: string; artifactName: string; branch?: string };

export interface ResolvedBaseline {
  baseline: BaselineSet;
  /** Why earlier sources gave nothing (shown as notices). */
  notices: string[];
}

/**
 * Tries each source in order. A file that does not exist yet (first run) is skipped with a notice; a file
 * that exists but is not valid is bad input and throws. When no source yields, the baseline is an empty
 * set, which the comparison reports as "no baseline was found".
 */
export async function resolveBaseline(
  sources: readonly BaselineSource[],
  artifactDeps: Omit<DownloadBaselineOptions, 'workflow' | 'artifactName' | 'branch'> | null,
): Promise<ResolvedBaseline> {
  const notices: string[] = [];
  for (const source of sources) {
    if (source.kind === 'file' || source.kind === 'history') {
      if (!existsSync(source.path)) {
        notices.push(`No baseline ${source.kind} at ${source.path} yet.`);
        continue;
      }
      const set = source.kind === 'file' ? baselineFromFile(source.path) : baselineFromHistory(source.path, source.last);
      return { baseline: { ...set, notices }, notices };
    }
    if (!artifactDeps) {
      notices.push(`Baseline artifact of ${source.workflow} skipped: not running in GitHub Actions (no token).`);
      continue;
    }
    const result = await downloadBaseline({ ...artifactDeps, workflow: source.workflow, artifactName: source.artifactName, branch: source.branch });
    if (result.baseline) return { baseline: { ...result.baseline, notices }, notices };
    notices.push(result.notice);
  }
  const tried = sources.map((s) => (s.kind === 'artifact' ? `artifact of ${s.workflow}` : `${s.kind} ${s.path}`)).join(', ');
  return { baseline: { source: tried || 'none configured', documents: [], notices }, notices };
}
