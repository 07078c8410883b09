import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { DEFAULT_SETTINGS, optionalSettingsShape, resolvedSettingsSchema, settingsSchema, SETTING_KEYS } from '../../src/config/settings-schema.js';
import { tempTree } from '../support/temp-tree.js';

// Each setting and its default are declared once (settings-schema.ts); the files carry them without defaults.
describe('settings declared once with their defaults', () => {
  it('a file that writes part of a section keeps the other keys of an earlier file, and the rest take their defaults', () => {
    const dir = tempTree({
      'tasks/nvidia/vllm/task.yaml': 'request:\n  temperature: 0.5\nload:\n  shape: rate\n',
    });
    const hostDir = tempTree({
      'host.yaml': `model_path: /models/m\nengine: vllm\nvendor: nvidia\nconfig_path: ${dir}/tasks\nrequest:\n  max_tokens: 32\nload:\n  rate: 4\n`,
    });
    const config = loadConfig(join(hostDir, 'host.yaml'), ['request.seed=7'], { allowPathsOutsideWorkspace: true });
    expect(config.request).toEqual({ ...DEFAULT_SETTINGS.request, max_tokens: 32, temperature: 0.5, seed: 7 });
    expect(config.load).toEqual({ ...DEFAULT_SETTINGS.load, shape: 'rate', rate: 4 });
    expect(config.engine_options.dtype).toBeNull();
    expect(config.slo).toEqual({});
  });

  it('the written form applies no default: an empty section stays empty, so it cannot replace an earlier file\'s value', () => {
    const written = settingsSchema.parse(Object.fromEntries(SETTING_KEYS.filter((key) => key !== 'model_name' && key !== 'endpoint' && key !== 'api' && key !== 'percentiles').map((key) => [key, {}])));
    for (const section of Object.values(written)) expect(section).toEqual({});
    expect(settingsSchema.parse({})).toEqual({});
  });

  it('the written form refuses null where the resolved configuration uses null for "not set"', () => {
    expect(settingsSchema.safeParse({ load: { sweep: null } }).success).toBe(false);
    expect(settingsSchema.safeParse({ engine_options: { dtype: null } }).success).toBe(false);
    expect(settingsSchema.safeParse({ endpoint: null }).success).toBe(false);
  });

  it('the defaults are the documented ones, and every key files may write has one resolved value', () => {
    expect(Object.keys(optionalSettingsShape)).toEqual(SETTING_KEYS);
    expect(resolvedSettingsSchema.parse({})).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({
      api: 'chat',
      prompt: { instruction: 'Summarize the above article in 1 sentence.', system: '', max_article_words: 512 },
      request: { max_tokens: 64, temperature: 0, seed: 0, top_p: 1, timeout_s: 600, extra_body: {}, headers: {} },
      load: { shape: 'auto', concurrency: 1, rate: 1, burstiness: 1, max_concurrency: null, sweep: null, warmup_requests: 0, time_budget_s: null, max_failure_rate: 0, repeat: 1 },
      percentiles: [50, 90, 95, 99],
      dataset: { sample: 'first', seed: 0, cache_dir: '.infergate-cache/datasets' },
      engine_options: { host: '127.0.0.1', port: 8000, startup_timeout_s: 1800, stop_grace_s: 15, ray: null },
      telemetry: { enabled: true, interval_ms: 1000 },
      rouge: { mode: 'rouge155' },
      mfu: { dtype: null, catalog: null, non_causal_attention: false },
    });
  });
});
