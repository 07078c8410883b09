import type { BenchmarkConfig } from '../config/benchmark-config.js';
import type { Prompt, RowPrompts } from '../dataset/build-prompts.js';
import { adapterFor, countPromptTokens, readServedLimits, type RunningEngine } from '../engine/index.js';
import { chooseLoad } from './default-load.js';
import { describeFit, fitPrompts, type ContextFit } from './fit-prompts.js';

/**
 * Once the engine answers: read the limits it serves (context, slots), fit the prompts to its context
 * and choose the load shape left to `auto`. Returns the configuration the run goes on with and the lines
 * that say what was chosen.
 */
export async function fitToEngine(
  engine: Pick<RunningEngine, 'baseUrl' | 'model'>,
  config: BenchmarkConfig,
  prompts: RowPrompts,
): Promise<{ config: BenchmarkConfig; prompts: RowPrompts; fit: ContextFit; notes: string[] }> {
  const adapter = adapterFor(config.serving_engine);
  const limits = await readServedLimits(engine.baseUrl, adapter, engine.model);
  const counter = adapter.tokenCounter;
  const count = counter === undefined ? null : (prompt: Prompt) => countPromptTokens(engine.baseUrl, counter, engine.model, prompt);
  const fitted = await fitPrompts(prompts, config, limits, count);
  const chosen = chooseLoad(config, limits);
  const notes = [describeFit(fitted.fit, prompts.count), ...(chosen.note ? [chosen.note] : [])];
  return { config: { ...config, load: chosen.load }, prompts: fitted.prompts, fit: fitted.fit, notes };
}
