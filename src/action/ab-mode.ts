import * as core from '@actions/core';
import { renderAbMarkdown } from '../report/markdown/ab-markdown.js';
import { uploadRunFolder, writeJobSummary, type ArtifactClientLike } from '../github/index.js';
import { runAb } from '../pipeline/ab-run.js';
import { ExitCode } from '../util/errors.js';
import { actionLogger, infoUntrusted } from './action-logger.js';
import type { ActionSettings } from './inputs.js';
import { clearEngineProcess, saveEngineProcess } from './state.js';

/**
 * `mode: ab`: base and head in interleaved blocks on this runner (docs/gate.md, "A/B mode"); the A/B
 * folder (ab.json and every block's run folder) is uploaded, the verdict summarised, and a regression
 * fails the step when fail-on-regression is on.
 */
export async function abMode(settings: ActionSettings, signal: AbortSignal, client?: ArtifactClientLike): Promise<number> {
  const outcome = await runAb(
    { hostPath: settings.hostPath, overrides: settings.overrides, baseOverrides: settings.baseOverrides, outDir: settings.outDir, allowPathsOutsideWorkspace: settings.allowPathsOutsideWorkspace },
    { log: actionLogger, printLine: infoUntrusted, signal, onEngineSpawn: saveEngineProcess, mask: (secret) => core.setSecret(secret) },
  );
  clearEngineProcess();
  const verdict = outcome.document.verdict ?? outcome.document.status;
  core.setOutput('run-dir', outcome.abDir);
  core.setOutput('verdict', verdict);
  await writeJobSummary(renderAbMarkdown(outcome.document));
  if (settings.gate.artifactName) await uploadRunFolder(outcome.abDir, settings.gate.artifactName, client ? { client } : {});
  if (outcome.error) {
    core.setFailed(outcome.error.message);
    return outcome.exitCode;
  }
  if (verdict === 'regression' && settings.failOnRegression) {
    core.setFailed('A/B: the head regressed against the base (see the job summary)');
    return ExitCode.regression;
  }
  return ExitCode.ok;
}
