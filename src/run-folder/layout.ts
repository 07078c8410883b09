import { join } from 'node:path';

/**
 * The run folder's layout: every file name a run, its engine, the gate and the report write into
 * `<log_path>/<engine>/<run-id>/`, in a table per writer, joined in RUN_FOLDER. RUN_FILES is what
 * results.json's `files` lists. No other module spells these names (test/run-folder/file-names-in-one-home.test.ts
 * checks src/); docs/results.md describes each file.
 */
export const RUN_FILES = {
  results: 'results.json',
  requests: 'requests.jsonl',
  predictions: 'predictions.jsonl',
  /** The engine's own output (stdout and stderr, time-stamped). */
  engineOutput: 'output.txt',
  console: 'console.log',
  telemetry: 'telemetry.jsonl',
} as const;

/** The engine's process tree, beside output.txt: the action's post step stops what the main step left behind. */
export const ENGINE_PROCESS_FILE = 'engine-process.json';

/** Files the gate adds to the run folder, so the artifact carries them (matrix aggregation, workflow_run comment). */
export const GATE_FILES = {
  /** The comparison with the baseline. */
  comparison: 'comparison.json',
  /** The PR comment as rendered, and the pull request's number. */
  prComment: 'github/pr-comment.md',
  prNumber: 'github/pr-number.txt',
} as const;

/** The folder of the exports, relative to the run folder. */
export const EXPORTS_FOLDER = 'exports';

/** Files the report stage writes, relative to the run folder. */
export const REPORT_FILES = {
  html: 'report.html',
  markdown: 'report.md',
  vllm: `${EXPORTS_FOLDER}/vllm-bench-result.json`,
  smallerIsBetter: `${EXPORTS_FOLDER}/benchmark-smaller-is-better.json`,
  biggerIsBetter: `${EXPORTS_FOLDER}/benchmark-bigger-is-better.json`,
  bmf: `${EXPORTS_FOLDER}/bencher-bmf.json`,
  requestsCsv: `${EXPORTS_FOLDER}/requests.csv`,
  llmd: `${EXPORTS_FOLDER}/llm-d-benchmark-report.json`,
} as const;

/** The vLLM bench result of sweep step `step` (0-based), relative to the run folder. */
export function vllmBenchStepFile(step: number): string {
  return `${EXPORTS_FOLDER}/vllm-bench-result.step-${step}.json`;
}

export type RunFileKey = keyof typeof RUN_FILES;

/** The path of a run folder's file. */
export function runFilePath(runDir: string, key: RunFileKey): string {
  return join(runDir, RUN_FILES[key]);
}

/** The whole layout as one table: every file of a run folder, relative to it, by what it holds. */
export const RUN_FOLDER = { ...RUN_FILES, engineProcess: ENGINE_PROCESS_FILE, ...GATE_FILES, ...REPORT_FILES } as const;

/**
 * An A/B run's folder (docs/gate.md, "A/B mode"): its document at the top, rewritten after every block,
 * and the folder of its blocks, each a run folder of the layout above.
 */
export const AB_FOLDER = { document: 'ab.json', blocks: 'blocks' } as const;

/** Every file name of the layout (folder names aside). */
export const LAYOUT_FILE_NAMES: readonly string[] = [...Object.values(RUN_FOLDER), AB_FOLDER.document];

/**
 * The path of a file that results.json's `files` lists under `key`, falling back to the layout's name
 * (a results.json written before the file was listed).
 */
export function listedFilePath(runDir: string, listed: Readonly<Record<string, unknown>> | undefined, key: RunFileKey): string {
  const name = listed?.[key];
  return join(runDir, typeof name === 'string' ? name : RUN_FILES[key]);
}
