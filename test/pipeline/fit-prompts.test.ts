import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowPrompts, type Prompt } from '../../src/dataset/build-prompts.js';
import type { XsumRow } from '../../src/dataset/xsum-row.js';
import { NO_LIMITS, type ServedLimits } from '../../src/engine/index.js';
import { chooseLoad } from '../../src/pipeline/default-load.js';
import { describeFit, fitPrompts, promptBudget } from '../../src/pipeline/fit-prompts.js';
import { DEFAULT_SETTINGS } from '../../src/config/settings-schema.js';
import type { BenchmarkConfig } from '../../src/config/benchmark-config.js';

const config = { api: 'chat', prompt: { ...DEFAULT_SETTINGS.prompt }, request: { ...DEFAULT_SETTINGS.request, max_tokens: 64 } } as Pick<BenchmarkConfig, 'api' | 'prompt' | 'request'>;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** The scripted tokenizer: a token per word of every message. */
const countWords = async (p: Prompt) => (p.messages ?? []).reduce((n, m) => n + words(m.content), 0) + words(p.prompt ?? '');
const limits = (context: number | null, extra: Partial<ServedLimits> = {}): ServedLimits => ({ ...NO_LIMITS, contextTokens: context, source: 'test', ...extra });
const row = (id: string, n: number): XsumRow => ({ id, document: Array.from({ length: n }, (_, i) => `w${i}`).join(' '), summary: 's' });

describe('fitting prompts to the served context', () => {
  it('shortens exactly the articles whose prompt would not leave room for the output', async () => {
    const rows = [row('a', 100), row('b', 900), row('c', 2000)];
    const built = new RowPrompts(rows, config);
    // max_article_words (512) first cuts b and c to 520-word prompts; a context of 400 leaves 336 for a prompt.
    const { prompts, fit } = await fitPrompts(built, config, limits(400), countWords);
    expect(fit).toMatchObject({ context_tokens: 400, prompt_budget_tokens: 336, shortened: 2, over_budget: 0, counted: true });
    for (let i = 0; i < prompts.count; i++) expect(await countWords(prompts.promptFor(i))).toBeLessThanOrEqual(336);
    expect(prompts.promptFor(0)).toEqual(built.promptFor(0));
    // Cut near the budget, not far below it.
    expect(await countWords(prompts.promptFor(2))).toBeGreaterThan(300);
    expect(describeFit(fit, 3)).toBe("the served context of 400 tokens (test) minus request.max_tokens leaves 336 tokens per prompt: 2 of 3 articles were shortened to fit, counted by the engine's tokenizer");
  });

  it('fits any article to any budget it can reach (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 80, max: 4000 }), async (articleWords, context) => {
        const rows = [row('x', articleWords)];
        const { prompts, fit } = await fitPrompts(new RowPrompts(rows, config), config, limits(context), countWords);
        const budget = context - 64;
        expect((await countWords(prompts.promptFor(0))) <= budget).toBe(fit.over_budget === 0);
        expect(fit.over_budget).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('sends prompts as built, and says so, without a context or a way to count', async () => {
    const rows = [row('a', 2000)];
    const built = new RowPrompts(rows, config);
    const none = await fitPrompts(built, config, NO_LIMITS, countWords);
    expect(none.prompts).toBe(built);
    expect(describeFit(none.fit, 1)).toMatch(/does not report its context length/);
    const uncounted = await fitPrompts(built, config, limits(1024), null);
    expect(uncounted.fit.counted).toBe(false);
    expect(describeFit(uncounted.fit, 1)).toMatch(/cannot count a prompt's tokens, so prompts are sent as built/);
    const failing = await fitPrompts(built, config, limits(1024), async () => null);
    expect(failing.prompts).toBe(built);
  });

  it('takes the smaller of context − output and the engine\'s prompt limit, and refuses an output budget that fills the context', async () => {
    expect(promptBudget(limits(4096, { inputTokens: 1000 }), 64)).toBe(1000);
    expect(promptBudget(limits(4096), 64)).toBe(4032);
    expect(promptBudget(NO_LIMITS, 64)).toBeNull();
    await expect(fitPrompts(new RowPrompts([row('a', 1)], config), config, limits(64), countWords)).rejects.toThrow(/request.max_tokens \(64\) leaves no room/);
  });
});

describe('the default load shape', () => {
  const load = { ...DEFAULT_SETTINGS.load } as BenchmarkConfig['load'];
  it('runs as many requests as the engine has slots, one on a CPU that does not say, all at once on an accelerator', () => {
    const slots = chooseLoad({ load, gpu_nums: 0, serving_engine: 'llamacpp' }, limits(1024, { slots: 4 }));
    expect(slots.load).toMatchObject({ shape: 'concurrency', concurrency: 4 });
    expect(slots.note).toMatch(/^load: 4 requests in flight, a closed loop \(the llamacpp server reports 4 slots; more requests would wait in its queue/);
    expect(chooseLoad({ load, gpu_nums: 0, serving_engine: 'external' }, NO_LIMITS).load).toMatchObject({ shape: 'concurrency', concurrency: 1 });
    expect(chooseLoad({ load, gpu_nums: 8, serving_engine: 'vllm' }, limits(4096)).load.shape).toBe('offline');
  });

  it('keeps a configured shape, and makes a sweep without a shape one of concurrencies', () => {
    expect(chooseLoad({ load: { ...load, shape: 'rate' }, gpu_nums: 0, serving_engine: 'llamacpp' }, limits(1, { slots: 4 }))).toEqual({ load: { ...load, shape: 'rate' }, note: null });
    expect(chooseLoad({ load: { ...load, sweep: [1, 4] }, gpu_nums: 1, serving_engine: 'vllm' }, NO_LIMITS).load.shape).toBe('concurrency');
  });
});
