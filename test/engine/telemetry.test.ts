import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { integrateEnergy, startTelemetry, tokensPerJoule, type TelemetrySample } from '../../src/engine/index.js';
import { parseNpuSmi } from '../../src/engine/telemetry/npu-smi.js';
import { parseNvidiaSmi } from '../../src/engine/telemetry/nvidia-smi.js';
import { parseRocmSmi } from '../../src/engine/telemetry/rocm-smi.js';
import { removeTempDirs, tempDir } from '../support/fake-engine-settings.js';

afterAll(removeTempDirs);

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/engine/telemetry/${name}`, import.meta.url), 'utf8');

describe('tool output parsers', () => {
  it('nvidia-smi CSV, N/A as null', () => {
    expect(parseNvidiaSmi(fixture('nvidia-smi.csv'))).toEqual([
      { device: '0', power_w: 312.45, utilization_pct: 97, memory_used_mib: 70123, memory_total_mib: 81559, sm_clock_mhz: 1980, mem_clock_mhz: 2619 },
      { device: '1', power_w: null, utilization_pct: 0, memory_used_mib: 1024, memory_total_mib: 81559, sm_clock_mhz: 210, mem_clock_mhz: 405 },
    ]);
  });

  it('rocm-smi JSON with either power key', () => {
    const readings = parseRocmSmi(fixture('rocm-smi.json'));
    expect(readings.map((r) => [r.device, r.power_w, r.utilization_pct, r.sm_clock_mhz, r.mem_clock_mhz])).toEqual([
      ['card0', 35, 12, 800, 1600],
      ['card1', 512.5, 100, 2100, 1300],
    ]);
    expect(readings[0]?.memory_used_mib).toBe(10);
    expect(readings[1]?.memory_total_mib).toBeCloseTo(196592, 0);
  });

  it('npu-smi info table, HBM as device memory', () => {
    expect(parseNpuSmi(fixture('npu-smi.txt'))).toEqual([
      { device: 'npu0-chip0', power_w: 93.1, utilization_pct: 45, memory_used_mib: 3160, memory_total_mib: 65536, sm_clock_mhz: null, mem_clock_mhz: null },
      { device: 'npu1-chip0', power_w: 88, utilization_pct: 0, memory_used_mib: 2900, memory_total_mib: 65536, sm_clock_mhz: null, mem_clock_mhz: null },
    ]);
  });
});

function sample(t_ms: number, device: string, power_w: number | null): TelemetrySample {
  return { t_ms, time: '', device, power_w, utilization_pct: null, memory_used_mib: null, memory_total_mib: null, sm_clock_mhz: null, mem_clock_mhz: null };
}

describe('energy', () => {
  it('trapezoid rule per device, summed', () => {
    // Device a: 100 W → 200 W over 2 s = 300 J; then 200 W for 1 s = 200 J. Device b: 50 W for 3 s = 150 J.
    const samples = [sample(0, 'a', 100), sample(2000, 'a', 200), sample(3000, 'a', 200), sample(0, 'b', 50), sample(3000, 'b', 50)];
    expect(integrateEnergy(samples)).toBeCloseTo(650, 9);
  });

  it('null without two power readings; null power skipped', () => {
    expect(integrateEnergy([sample(0, 'a', 100)])).toBeNull();
    expect(integrateEnergy([sample(0, 'a', null), sample(1000, 'a', null)])).toBeNull();
    expect(integrateEnergy([sample(0, 'a', 100), sample(500, 'a', null), sample(1000, 'a', 100)])).toBeCloseTo(100, 9);
  });

  it('tokens per joule', () => {
    expect(tokensPerJoule(1000, 250)).toBe(4);
    expect(tokensPerJoule(1000, null)).toBeNull();
    expect(tokensPerJoule(1000, 0)).toBeNull();
  });
});

describe('startTelemetry', () => {
  function fakeTool(script: string): { dir: string; env: NodeJS.ProcessEnv } {
    const dir = tempDir('smi');
    writeFileSync(join(dir, 'nvidia-smi'), `#!${process.execPath}\n${script}\n`);
    chmodSync(join(dir, 'nvidia-smi'), 0o755);
    return { dir, env: { ...process.env, PATH: dir } };
  }

  it('samples a (fake) nvidia-smi, writes the series and integrates energy', async () => {
    // Two GPUs at a constant 100 W and 50 W: energy must be 150 W × the sampled window.
    const { dir, env } = fakeTool("process.stdout.write('0, 100.0, 50, 1000, 2000, 1500, 900\\n1, 50.0, 10, 3000, 4000, 1400, 900\\n')");
    const outFile = join(dir, 'telemetry.jsonl');
    const sampler = startTelemetry({ intervalMs: 100, outFile, env });
    // Each sample starts a process, slow on a loaded machine: wait for four samples' lines, not a fixed time.
    const written = (): number => (existsSync(outFile) ? readFileSync(outFile, 'utf8').split('\n').filter(Boolean).length : 0);
    for (let i = 0; i < 400 && written() < 4; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    const summary = await sampler.stop();
    expect(summary.available).toBe(true);
    expect(summary.tool).toBe('nvidia-smi');
    expect(summary.devices).toEqual(['0', '1']);
    expect(summary.samples).toBeGreaterThanOrEqual(4);
    expect(summary.duration_s).toBeGreaterThan(0);
    expect(summary.energy_j).toBeCloseTo(150 * (summary.duration_s ?? 0), 6);
    expect(summary.mean_power_w).toBe(150);
    expect(summary.peak_memory_used_mib).toBe(3000);
    const lines = readFileSync(outFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as TelemetrySample);
    expect(lines.length).toBe(summary.samples);
    expect(lines[0]).toMatchObject({ device: '0', power_w: 100, utilization_pct: 50, sm_clock_mhz: 1500 });
  });

  it('no tool on PATH: unavailable, not an error', async () => {
    const dir = tempDir('smi');
    const summary = await startTelemetry({ intervalMs: 100, outFile: join(dir, 't.jsonl'), env: { PATH: dir } }).stop();
    expect(summary).toMatchObject({ available: false, reason: 'no nvidia-smi, rocm-smi, npu-smi on PATH', samples: 0, energy_j: null });
  });

  it('a tool that fails: unavailable with its message', async () => {
    const { dir, env } = fakeTool("process.stderr.write('NVIDIA-SMI has failed because it could not communicate with the NVIDIA driver.\\n'); process.exit(9)");
    const summary = await startTelemetry({ intervalMs: 100, outFile: join(dir, 't.jsonl'), env }).stop();
    expect(summary.available).toBe(false);
    expect(summary.reason).toBe('nvidia-smi failed: NVIDIA-SMI has failed because it could not communicate with the NVIDIA driver.');
  });
});
