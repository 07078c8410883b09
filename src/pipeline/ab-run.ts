import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchmarkConfig } from '../config/benchmark-config.js';
import { loadConfig } from '../config/load-config.js';
import { abLook, type AbPair } from '../gate/ab-effects.js';
import { combineDecisions, type EffectDecision } from '../gate/paired-effect.js';
import { readPredictionsFile } from '../run-folder/predictions-file.js';
import { assessQuality } from '../gate/quality-verdict.js';
import { samplingOf } from '../gate/greedy-decoding.js';
import { readResultsFile } from '../run-folder/results-file.js';
import { seededUniform } from '../util/seeded-random.js';
import { createRunFolder, newRunId } from '../run-folder/create-run-folder.js';
import { RUN_FILES } from '../run-folder/layout.js';
import { readRequestsJsonl } from '../run-folder/requests-jsonl-reader.js';
import { eachRecord } from '../run-folder/request-columns.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { ExitCode, InfergateError, InputError, interruption } from '../util/errors.js';
import { redactSecrets } from '../util/secrets.js';
import { AB_BLOCKS_FOLDER, AB_FILE, AB_SCHEMA, type AbDocument, type AbSide } from '../gate/ab-document.js';
import { baseAssignments } from './ab-settings.js';
import { runBenchmark, type RunHooks, type RunOutcome } from './run-benchmark.js';
import { redactConfig, registerConfigSecrets } from './secrets.js';
import { writeRunReport } from './report-step.js';

export interface AbPlan {
  hostPath: string;
  /** The head's --set assignments; the base gets these and then its own. */
  overrides: string[];
  /** More base assignments after ab.base's (`infergate ab --base-set`). */
  baseOverrides: string[];
  /** A/B folder instead of <log_path>/ab/<run-id>. */
  outDir?: string;
  allowPathsOutsideWorkspace?: boolean;
}

export interface AbOutcome {
  abDir: string;
  document: AbDocument;
  exitCode: number;
  error: InfergateError | null;
}

interface AbState {
  plan: AbPlan;
  hooks: RunHooks;
  abDir: string;
  base: string[];
  document: AbDocument;
  pairs: AbPair[];
  firstBlocks: Partial<Record<AbSide, string>>;
  /** The first head block's requests as its run read them back: the quality check reuses them (requests.jsonl is parsed once per run). */
  firstHeadRequests?: RunOutcome['columns'];
}

/**
 * Same-runner A/B: pairs of blocks, base and head in a seeded random order within each pair, each block a
 * whole `infergate run` (the engine launched and stopped, the same seeded prompts and load) in its own run
 * folder under blocks/. After min_pairs, every pair is a look; an inconclusive look runs another pair until
 * max_pairs or the time budget. ab.json is rewritten after each block (docs/gate.md, "A/B mode").
 */
export async function runAb(plan: AbPlan, hooks: RunHooks): Promise<AbOutcome> {
  const config = loadConfig(plan.hostPath, plan.overrides, { allowPathsOutsideWorkspace: plan.allowPathsOutsideWorkspace });
  const base = [...baseAssignments(config.ab.base), ...plan.baseOverrides];
  checkAbSettings(config, base);
  // The base's configuration is read once before any block, so a bad ab.base is bad input, not a failed block.
  const baseConfig = loadConfig(plan.hostPath, [...plan.overrides, ...base], { allowPathsOutsideWorkspace: plan.allowPathsOutsideWorkspace });
  // Before ab.json or a log line can carry them: an --api-key value or URL password of either side.
  for (const side of [config, baseConfig]) registerConfigSecrets(side, hooks.mask ?? (() => {}));
  const abDir = createRunFolder(config.log_path, 'ab', newRunId(), plan.outDir);
  const { ab } = config;
  const looks = ab.max_pairs - ab.min_pairs + 1;
  const document: AbDocument = {
    schema: AB_SCHEMA, schema_version: 1, status: 'running', failure: null,
    rule: { alpha: ab.alpha, margin_pct: ab.margin_pct, min_pairs: ab.min_pairs, max_pairs: ab.max_pairs, time_budget_s: ab.time_budget_s, looks, seed: ab.seed },
    base_settings: [...baseAssignments(redactConfig(config.ab.base)), ...plan.baseOverrides], blocks: [], looks: [], quality: null, verdict: null, stopped: null,
  };
  const state: AbState = { plan, hooks, abDir, base, document, pairs: [], firstBlocks: {} };
  writeDocument(state);
  hooks.log.info(`A/B: ${ab.min_pairs} to ${ab.max_pairs} pairs of blocks, order seeded with ${ab.seed}; folder ${abDir}`);
  const failure = (await runPairs(state, config)) ?? (hooks.signal?.aborted ? interruption(hooks.signal) : null);
  if (failure) return finishWith(state, failure);
  decideQuality(state);
  const verdict = combineDecisions([document.looks.at(-1)?.verdict ?? 'inconclusive', document.quality?.decision ?? 'pass']);
  document.verdict = verdict;
  document.status = 'completed';
  writeDocument(state);
  printVerdict(state);
  return { abDir, document, exitCode: verdict === 'regression' ? ExitCode.regression : ExitCode.ok, error: null };
}

function checkAbSettings(config: BenchmarkConfig, base: string[]): void {
  if (config.ab.max_pairs < config.ab.min_pairs) {
    throw new InputError(`ab.max_pairs (${config.ab.max_pairs}) is less than ab.min_pairs (${config.ab.min_pairs}) in ${config.files.host}, its task.yaml or --set`);
  }
  if (base.length === 0) {
    throw new InputError(`${config.files.host}: A/B needs a base that differs from the head: set ab.base (engine_options, endpoint or model_name) in host.yaml or task.yaml, or give --base-set`);
  }
}

/** Runs pairs until a look is conclusive or the budget is spent; returns the failure that stopped a block, if any. */
async function runPairs(state: AbState, config: BenchmarkConfig): Promise<InfergateError | null> {
  const { ab } = config;
  const random = seededUniform(ab.seed);
  const started = Date.now();
  for (let pair = 1; pair <= ab.max_pairs; pair++) {
    if (pair > ab.min_pairs && ab.time_budget_s !== null && (Date.now() - started) / 1000 >= ab.time_budget_s) {
      state.document.stopped = `the time budget of ${ab.time_budget_s} s was spent after ${pair - 1} pairs`;
      return null;
    }
    const order: AbSide[] = random() < 0.5 ? ['base', 'head'] : ['head', 'base'];
    const headlines: Partial<Record<AbSide, RunOutcome['results']['headline']>> = {};
    for (const side of order) {
      if (state.hooks.signal?.aborted) return interruption(state.hooks.signal);
      let outcome: RunOutcome;
      try {
        outcome = await runBlock(state, pair, side);
      } catch (error) {
        // A block that could not even begin (its run folder refused): the A/B folder still says so.
        if (error instanceof InfergateError) return error;
        throw error;
      }
      if (outcome.error) return outcome.error;
      headlines[side] = outcome.results.headline;
    }
    state.pairs.push({ base: headlines.base ?? {}, head: headlines.head ?? {} });
    if (pair < ab.min_pairs) continue;
    const look = abLook(state.pairs, { alpha: ab.alpha, margin_pct: ab.margin_pct, looks: state.document.rule.looks });
    state.document.looks.push(look);
    writeDocument(state);
    state.hooks.log.info(`A/B look after ${pair} pairs: ${look.verdict}`);
    if (look.verdict !== 'inconclusive') {
      state.document.stopped = `conclusive after ${pair} pairs`;
      return null;
    }
  }
  state.document.stopped = `the block budget of ${ab.max_pairs} pairs was spent`;
  return null;
}

async function runBlock(state: AbState, pair: number, side: AbSide): Promise<RunOutcome> {
  const { plan, hooks, document } = state;
  const index = document.blocks.length + 1;
  const folder = join(AB_BLOCKS_FOLDER, `${String(index).padStart(2, '0')}-${side}`);
  hooks.log.info(`A/B block ${index}: ${side} (pair ${pair})`);
  const outcome = await runBenchmark(
    { hostPath: plan.hostPath, overrides: side === 'head' ? plan.overrides : [...plan.overrides, ...state.base], outDir: join(state.abDir, folder), allowPathsOutsideWorkspace: plan.allowPathsOutsideWorkspace },
    { ...hooks, printLine: (line) => hooks.log.info(`block ${index} (${side}) ${line}`) },
  );
  // Each block's folder gets its report and its secret sweep, as an `infergate run` folder does.
  writeRunReport(outcome, hooks.log);
  document.blocks.push({ index, pair, side, folder, status: outcome.results.status });
  state.firstBlocks[side] ??= outcome.runDir;
  if (side === 'head') state.firstHeadRequests ??= outcome.columns;
  writeDocument(state);
  return outcome;
}

/** The first head block's outputs against the first base block's: greedy decoding makes later blocks repeat them. */
function decideQuality(state: AbState): void {
  const { base, head } = state.firstBlocks;
  if (!base || !head) return;
  const requests = join(head, RUN_FILES.requests);
  const quality = assessQuality({
    current: readPredictionsFile(join(head, RUN_FILES.predictions)),
    baseline: readPredictionsFile(join(base, RUN_FILES.predictions)),
    currentRecords: state.firstHeadRequests ? eachRecord(state.firstHeadRequests) : (existsSync(requests) ? readRequestsJsonl(requests, { allowTruncatedTail: true }).records : null),
    // A base set to sample (request.temperature) writes other text by chance: then nothing is paired.
    sampling: { current: samplingOf(readResultsFile(join(head, RUN_FILES.results))), baseline: samplingOf(readResultsFile(join(base, RUN_FILES.results))) },
  });
  const integrity = quality.integrity;
  const integrityDecision: EffectDecision = integrity && !(integrity.length.within && integrity.degenerate.within) ? 'regression' : 'pass';
  const rougeDecision: EffectDecision = quality.rouge.compared ? quality.rouge.decision : 'pass';
  state.document.quality = { ...quality, decision: combineDecisions([rougeDecision, integrityDecision]) };
}

function finishWith(state: AbState, failure: InfergateError): AbOutcome {
  state.document.status = failure.exitCode === ExitCode.interrupted ? 'interrupted' : 'failed';
  state.document.failure = { message: failure.message, exit_code: failure.exitCode };
  writeDocument(state);
  return { abDir: state.abDir, document: state.document, exitCode: failure.exitCode, error: failure };
}

function writeDocument(state: AbState): void {
  writeFileAtomic(join(state.abDir, AB_FILE), redactSecrets(`${JSON.stringify(state.document, null, 2)}\n`));
}

function printVerdict(state: AbState): void {
  const { document, hooks } = state;
  for (const metric of document.looks.at(-1)?.metrics ?? []) hooks.printLine(`A/B ${metric.name}: ${metric.reason}`);
  const rouge = document.quality?.rouge;
  if (rouge?.compared) hooks.printLine(`A/B ${rouge.type} paired: ${rouge.estimate.toFixed(4)} [${rouge.low.toFixed(4)}, ${rouge.high.toFixed(4)}] → ${rouge.decision}`);
  const tokens = document.quality?.tokens;
  if (tokens && tokens.mismatched > 0) hooks.log.warn(`head: usage.completion_tokens disagrees with the streamed text events in ${tokens.mismatched} of ${tokens.checked} requests`);
  hooks.printLine(`A/B verdict: ${document.verdict} (${document.stopped}; ${document.blocks.length} blocks in ${state.abDir})`);
}
