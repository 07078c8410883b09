import type { BenchmarkConfig } from '../config/benchmark-config.js';
import type { Prompt, RowPrompts } from '../dataset/build-prompts.js';
import type { ServedLimits } from '../engine/index.js';
import type { ContextFit } from '../run-folder/results-document.js';
import { InputError } from '../util/errors.js';

export type { ContextFit };

/** Counts one prompt's tokens as the engine will; null when it cannot. */
export type PromptCounter = (prompt: Prompt) => Promise<number | null>;

const MAX_ATTEMPTS = 8;
const COUNT_WORKERS = 4;

/** The tokens a prompt may use, or null when the engine reports no limit. */
export function promptBudget(limits: ServedLimits, maxTokens: number): number | null {
  const fromContext = limits.contextTokens === null ? null : limits.contextTokens - maxTokens;
  const budgets = [fromContext, limits.inputTokens].filter((b): b is number => b !== null);
  return budgets.length === 0 ? null : Math.min(...budgets);
}

/**
 * Fits every prompt to the served context minus the output budget, counting with the engine's tokenizer:
 * an article whose prompt is over the budget is cut by words, in proportion to the excess, and counted
 * again until it fits. Without a reported context or a way to count, prompts are sent as built. What is
 * kept of the fitting is the words each article may keep, not its prompt: the load builds each prompt as
 * it sends it.
 */
export async function fitPrompts(
  prompts: RowPrompts,
  config: Pick<BenchmarkConfig, 'request'>,
  limits: ServedLimits,
  count: PromptCounter | null,
): Promise<{ prompts: RowPrompts; fit: ContextFit }> {
  const budget = promptBudget(limits, config.request.max_tokens);
  const fit: ContextFit = { context_tokens: limits.contextTokens, prompt_budget_tokens: budget, shortened: 0, over_budget: 0, source: limits.source, counted: false };
  if (budget === null || count === null) return { prompts, fit };
  if (budget < 1) {
    throw new InputError(`request.max_tokens (${config.request.max_tokens}) leaves no room for a prompt in the served context of ${limits.contextTokens} tokens (${limits.source}); lower request.max_tokens or serve a longer context`);
  }
  const words = new Uint32Array(prompts.count);
  let next = 0;
  let countable = true;
  const worker = async (): Promise<void> => {
    while (countable && next < prompts.count) {
      const i = next++;
      const outcome = await fitOne(prompts, i, budget, count);
      if (outcome === null) countable = false;
      else {
        words[i] = outcome.words;
        if (outcome.shortened) fit.shortened++;
        if (!outcome.fits) fit.over_budget++;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(COUNT_WORKERS, prompts.count) }, worker));
  // The engine stopped answering its tokenizer partway: send every prompt as built, none half-fitted.
  if (!countable) return { prompts, fit: { ...fit, shortened: 0, over_budget: 0 } };
  return { prompts: prompts.withWordLimits(words), fit: { ...fit, counted: true } };
}

/** Row i's words once its prompt fits the budget (or cannot be cut further); null when the engine stopped counting. */
async function fitOne(prompts: RowPrompts, index: number, budget: number, count: PromptCounter): Promise<{ words: number; shortened: boolean; fits: boolean } | null> {
  const built = prompts.build(index, prompts.wordLimit(index));
  let words = built.words;
  let tokens = await count(built.prompt);
  if (tokens === null) return null;
  let shortened = false;
  for (let attempt = 0; tokens > budget && words > 0 && attempt < MAX_ATTEMPTS; attempt++) {
    // In proportion to the excess, a little more, and always at least one word fewer.
    words = Math.max(0, Math.min(words - 1, Math.floor((words * budget) / tokens * 0.97)));
    const prompt = prompts.build(index, words).prompt;
    shortened = true;
    tokens = await count(prompt);
    if (tokens === null) return null;
  }
  return { words, shortened, fits: tokens <= budget };
}

/** The console line that says what fitting did. */
export function describeFit(fit: ContextFit, total: number): string {
  if (fit.prompt_budget_tokens === null) return 'the engine does not report its context length: prompts are sent as built (prompt.max_article_words)';
  const limit = `the served context of ${fit.context_tokens ?? '?'} tokens (${fit.source}) minus request.max_tokens leaves ${fit.prompt_budget_tokens} tokens per prompt`;
  if (!fit.counted) return `${limit}; the engine cannot count a prompt's tokens, so prompts are sent as built (prompt.max_article_words)`;
  const over = fit.over_budget > 0 ? `; ${fit.over_budget} still exceed it (the instruction alone is too long)` : '';
  return `${limit}: ${fit.shortened} of ${total} articles were shortened to fit, counted by the engine's tokenizer${over}`;
}
