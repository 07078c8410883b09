import { readFileSync } from 'node:fs';
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

  it('the defaults are HELM\'s and the seed\'s, and every key files may write has one resolved value', () => {
    expect(Object.keys(optionalSettingsShape)).toEqual(SETTING_KEYS);
    expect(resolvedSettingsSchema.parse({})).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({
      api: 'chat',
      prompt: { instruction: 'Summarize the above article in 1 sentence.', system: '', max_article_words: 512 },
      request: { max_tokens: 64, temperature: 0, seed: 0, top_p: 1, timeout_s: 600, extra_body: {}, headers: {} },
      load: { shape: 'auto', concurrency: 1, rate: 1, burstiness: 1, max_concurrency: null, sweep: null, warmup_requests: 32, time_budget_s: null, max_failure_rate: 0, repeat: 1 },
      percentiles: [50, 90, 95, 99],
      dataset: { sample: 'first', seed: 0, cache_dir: '.infergate-cache/datasets' },
      engine_options: { host: '127.0.0.1', port: 8000, startup_timeout_s: 1800, stop_grace_s: 15, ray: null },
      telemetry: { enabled: true, interval_ms: 1000 },
      rouge: { mode: 'rouge155' },
      mfu: { dtype: null, catalog: null, non_causal_attention: false },
    });
  });

  it('docs/configuration.md states each default as settings-schema.ts declares it', () => {
    const mismatches = documentedDefaults().flatMap(({ key, cell }) => {
      const value = valueAt(DEFAULT_SETTINGS, key);
      return agrees(value, cell) ? [] : [`${key}: the docs say ${cell}, the schema ${JSON.stringify(value)}`];
    });
    expect(documentedDefaults().length).toBeGreaterThan(30);
    expect(mismatches).toEqual([]);
  });
});

/** The rows of the "New settings" table: each key named in a row with its default cell (split when a row names several). */
function documentedDefaults(): { key: string; cell: string }[] {
  const docs = readFileSync('docs/configuration.md', 'utf8');
  const table = docs.slice(docs.indexOf('## New settings'), docs.indexOf('## Bounds'));
  return table.split('\n').flatMap((line) => {
    const cells = line.split(' | ');
    if (cells.length !== 3 || !line.startsWith('| `')) return [];
    const keys = [...cells[0]!.matchAll(/`([a-z_.]+)`/g)].map((m) => m[1]!);
    const section = keys[0]!.includes('.') ? keys[0]!.split('.')[0]! : null;
    const full = keys.map((key) => (key.includes('.') || section === null ? key : `${section}.${key}`));
    const defaults = cells[2]!.replace(/ \|$/, '');
    const parts = full.length > 1 && !defaults.startsWith('[') ? defaults.split(', ') : [defaults];
    return full.map((key, i) => ({ key, cell: (parts.length === full.length ? parts[i]! : defaults).trim() }));
  });
}

function valueAt(settings: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, segment) => (node as Record<string, unknown>)[segment], settings);
}

/** Whether a documented default says the declared value: numbers and booleans exactly, text contained, lists and mappings as written. */
function agrees(value: unknown, cell: string): boolean {
  const text = cell.replace(/`/g, '');
  if (value === null || value === undefined) return !/^-?\d/.test(text);
  if (typeof value === 'number' || typeof value === 'boolean') return text === String(value);
  if (typeof value === 'string') return text.includes(JSON.stringify(value).slice(1, -1)) || value.includes(text);
  return text === JSON.stringify(value).replace(/,/g, ', ');
}
