import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { adapterFor } from '../../src/engine/adapters.js';
import { limitsFromLlamacppProps, limitsFromModels, limitsFromTgiInfo, readServedLimits } from '../../src/engine/served-limits.js';
import { countPromptTokens, templatedPromptOf, tokenCountOfLlamacpp, tokenCountOfVllm } from '../../src/engine/token-count.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';

const isLimit = (v: number | null) => v === null || (Number.isSafeInteger(v) && v > 0);

describe('served limits parsers', () => {
  it('read the fields where each engine reports them', () => {
    expect(limitsFromLlamacppProps({ default_generation_settings: { n_ctx: 1024 }, total_slots: 4 })).toMatchObject({ contextTokens: 1024, slots: 4 });
    expect(limitsFromModels({ data: [{ id: 'other', max_model_len: 8 }, { id: 'm', max_model_len: 4096 }] }, 'm')).toMatchObject({ contextTokens: 4096, slots: null });
    expect(limitsFromModels({ data: [{ id: 'only', max_model_len: 2048 }] }, 'm').contextTokens).toBe(2048);
    expect(limitsFromTgiInfo({ max_input_tokens: 4095, max_total_tokens: 4096 })).toMatchObject({ contextTokens: 4096, inputTokens: 4095 });
    expect(limitsFromTgiInfo({ max_input_length: 1000, max_total_tokens: 2048 }).inputTokens).toBe(1000);
    expect(tokenCountOfLlamacpp({ tokens: [1, 2, 3] })).toBe(3);
    expect(tokenCountOfVllm({ count: 7, tokens: [] })).toBe(7);
    expect(templatedPromptOf({ prompt: '<s>hi' })).toBe('<s>hi');
  });

  it('never throw on any JSON and report only positive whole numbers, or nothing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (body, model) => {
        for (const limits of [limitsFromLlamacppProps(body), limitsFromModels(body, model), limitsFromTgiInfo(body)]) {
          expect(isLimit(limits.contextTokens) && isLimit(limits.inputTokens) && isLimit(limits.slots)).toBe(true);
          if (limits.contextTokens === null && limits.inputTokens === null && limits.slots === null) expect(limits.source).toBeNull();
        }
        const counts = [tokenCountOfLlamacpp(body), tokenCountOfVllm(body)];
        for (const c of counts) expect(c === null || (Number.isSafeInteger(c) && c >= 0)).toBe(true);
        const templated = templatedPromptOf(body);
        expect(templated === null || typeof templated === 'string').toBe(true);
      }),
    );
  });

  it('ignore fields of the wrong type (a string context, a fractional or negative one)', () => {
    expect(limitsFromLlamacppProps({ default_generation_settings: { n_ctx: '1024' }, total_slots: 1.5 }).contextTokens).toBeNull();
    expect(limitsFromModels({ data: [{ id: 'm', max_model_len: -1 }] }, 'm').contextTokens).toBeNull();
    expect(limitsFromTgiInfo([1, 2]).contextTokens).toBeNull();
  });
});

describe('reading a running server', () => {
  let server: ScriptedServer | undefined;
  afterEach(async () => server?.close());

  it('asks llama-server /props and counts a chat prompt through /apply-template and /tokenize', async () => {
    server = await startScriptedServer({ shape: 'llamacpp', context_tokens: 1024, slots: 2 });
    const adapter = adapterFor('llamacpp');
    expect(await readServedLimits(server.url, adapter, 'scripted-model')).toMatchObject({ contextTokens: 1024, slots: 2 });
    expect(await countPromptTokens(server.url, 'llamacpp', 'scripted-model', { messages: [{ role: 'user', content: 'one two three' }] })).toBe(3);
  });

  it('asks vLLM /v1/models, SGLang /v1/models and TGI /info', async () => {
    for (const [shape, engine] of [['vllm', 'vllm'], ['sglang', 'sglang'], ['tgi', 'tgi']] as const) {
      server = await startScriptedServer({ shape, context_tokens: 2048 });
      expect((await readServedLimits(server.url, adapterFor(engine), 'scripted-model')).contextTokens).toBe(2048);
      await server.close();
      server = undefined;
    }
    server = await startScriptedServer({ shape: 'vllm', context_tokens: 2048 });
    expect(await countPromptTokens(server.url, 'vllm', 'scripted-model', { prompt: 'a b c d' })).toBe(4);
  });

  it('reports nothing for a server that does not say, or an adapter with no source', async () => {
    server = await startScriptedServer({ shape: 'llamacpp' });
    expect((await readServedLimits(server.url, adapterFor('llamacpp'), 'm')).contextTokens).toBeNull();
    expect((await readServedLimits(server.url, adapterFor('external'), 'm')).source).toBeNull();
  });
});
