import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/cli/program.js';
import { fixture } from './helpers.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
  return { out, err };
}

afterEach(() => vi.restoreAllMocks());

describe('infergate flops', () => {
  it('prints parameters, FLOPs per token and KV bytes per token as JSON', async () => {
    const io = capture();
    const code = await runCli(['flops', '--model-config', fixture('mixtral-8x7b-v0.1.config.json'), '--prompt-tokens', '512', '--output-tokens', '128']);
    vi.restoreAllMocks();
    expect(code).toBe(0);
    const json = JSON.parse(io.out.join(''));
    expect(json.parameters.total).toBeGreaterThan(46.2e9);
    expect(json.parameters.active).toBeLessThan(json.parameters.total);
    expect(json.kv_cache.bytes_per_token).toBe(131_072);
    expect(json.model.moe_layers).toBe(32);
    expect(json.request.prefill_flops_per_token).toBeGreaterThan(2 * 12e9);
    expect(json.request.decode_flops).toBeGreaterThan(0);
  });

  it('reads a GGUF file and states which parameter count the FLOPs use', async () => {
    const io = capture();
    const code = await runCli(['flops', '--model-config', 'test/fixtures/models/sotu-tiny-1.4m-f16.gguf']);
    vi.restoreAllMocks();
    expect(code).toBe(0);
    const json = JSON.parse(io.out.join(''));
    expect(json.parameters).toMatchObject({ total: 1_377_408, active: 1_377_408, active_without_embedding: 853_120, linear_active: 851_968 });
    expect(json.parameters.flops_use).toMatch(/^linear_active/);
    expect(json.model.model_type).toBe('llama');
  });

  it('a missing config is exit code 2 with one line', async () => {
    const io = capture();
    const code = await runCli(['flops', '--model-config', '/nonexistent/config.json']);
    vi.restoreAllMocks();
    expect(code).toBe(2);
    expect(io.err.join('')).toBe('infergate: /nonexistent/config.json: model config.json not found\n');
  });

  it('rejects a bad --prompt-tokens', async () => {
    const io = capture();
    const code = await runCli(['flops', '--model-config', fixture('llama-3.1-8b.config.json'), '--prompt-tokens', '-3']);
    vi.restoreAllMocks();
    expect(code).toBe(2);
    expect(io.err.join('')).toMatch(/--prompt-tokens must be a non-negative integer/);
  });
});

describe('infergate flops --gpu', () => {
  it("prints the catalog peak for the config's dtype", async () => {
    const io = capture();
    const code = await runCli(['flops', '--model-config', fixture('llama-3.1-8b.config.json'), '--gpu', 'NVIDIA A100-SXM4-80GB']);
    vi.restoreAllMocks();
    expect(code).toBe(0);
    expect(JSON.parse(io.out.join('')).peak).toMatchObject({ available: true, precision: 'BF16', tflops: 312, bandwidth_gbps: 2039, accelerator: 'a100-sxm4-80gb' });
  });
});
