import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolvePeak } from '../../../src/metrics/mfu/index.js';
import { InputError } from '../../../src/util/errors.js';

const catalogPath = resolve('configs/accelerators.yaml');

describe('resolvePeak', () => {
  it('task.yaml GPU_<PRECISION> overrides the catalog (the seed way)', () => {
    const peak = resolvePeak({ gpuName: 'NVIDIA H100 80GB HBM3', dtype: 'bfloat16', taskPeaks: { GPU_BF16: 700 }, catalogPath });
    expect(peak).toMatchObject({ available: true, tflops: 700, source: 'task.yaml GPU_BF16', bandwidth_gbps: 3350, accelerator: 'h100-sxm' });
  });

  it('GPU_NAME picks the catalog entry and cites it', () => {
    const peak = resolvePeak({ gpuName: 'NVIDIA H100 80GB HBM3', dtype: 'torch.bfloat16', taskPeaks: {}, catalogPath });
    expect(peak.available).toBe(true);
    if (!peak.available) return;
    expect(peak.tflops).toBe(989.5);
    expect(peak.precision).toBe('BF16');
    expect(peak.source).toMatch(/catalog h100-sxm: .*nvidia\.com.*1979 with sparsity, halved/);
  });

  it('fp8 picks the FP8 peak', () => {
    const peak = resolvePeak({ gpuName: 'AMD Instinct MI300X', dtype: 'fp8', taskPeaks: {}, catalogPath });
    expect(peak).toMatchObject({ available: true, tflops: 2614.9, bandwidth_gbps: 5300 });
  });

  it('unknown GPU without GPU_FPxx → unavailable with the reason, never a guess', () => {
    const peak = resolvePeak({ gpuName: 'Mystery Accelerator 9000', dtype: 'float16', taskPeaks: {}, catalogPath });
    expect(peak).toEqual({ available: false, precision: 'FP16', reason: 'GPU "Mystery Accelerator 9000" is not in the accelerator catalog and task.yaml gives no GPU_FP16' });
  });

  it('an unknown GPU still works when task.yaml gives the peak', () => {
    const peak = resolvePeak({ gpuName: 'Mystery Accelerator 9000', dtype: 'float16', taskPeaks: { GPU_FP16: 100, GPU_BANDWIDTH_GBPS: 900 }, catalogPath });
    expect(peak).toMatchObject({ available: true, tflops: 100, bandwidth_gbps: 900, bandwidth_source: 'task.yaml GPU_BANDWIDTH_GBPS', accelerator: null });
  });

  it('a catalogued GPU without a cited figure for the precision is unavailable', () => {
    const peak = resolvePeak({ gpuName: 'NVIDIA L20', dtype: 'bfloat16', taskPeaks: {}, catalogPath });
    expect(peak).toMatchObject({ available: false, reason: expect.stringContaining('no cited dense BF16 peak for l20') });
  });

  it('no GPU name and no task peak → unavailable', () => {
    expect(resolvePeak({ dtype: 'bfloat16', taskPeaks: {}, catalogPath })).toMatchObject({ available: false, reason: expect.stringContaining('no GPU_NAME') });
  });

  it('a dtype that does not say the precision → unavailable', () => {
    expect(resolvePeak({ gpuName: 'NVIDIA L4', dtype: 'auto', taskPeaks: {}, catalogPath })).toMatchObject({ available: false, precision: null });
  });

  it('does not read the catalog when task.yaml gives everything', () => {
    const peak = resolvePeak({ gpuName: 'NVIDIA L4', dtype: 'bf16', taskPeaks: { GPU_BF16: 1, GPU_BANDWIDTH_GBPS: 1 }, catalogPath: '/nonexistent/catalog.yaml' });
    expect(peak.available).toBe(true);
  });

  it('a non-positive task peak is an InputError naming the key', () => {
    expect(() => resolvePeak({ dtype: 'bf16', taskPeaks: { GPU_BF16: 0 } })).toThrow(InputError);
    expect(() => resolvePeak({ dtype: 'bf16', taskPeaks: { GPU_BF16: -5 } })).toThrow(/task\.yaml: GPU_BF16 must be a positive number/);
  });
});

describe('resolvePeak reasons', () => {
  it('says when task.yaml gives a peak for another precision than the GEMMs run in', () => {
    const peak = resolvePeak({ gpuName: 'Mystery', dtype: 'bfloat16', taskPeaks: { GPU_FP16: 312 }, catalogPath });
    expect(peak).toMatchObject({ available: false, reason: 'GPU "Mystery" is not in the accelerator catalog and task.yaml gives no GPU_BF16 (it gives GPU_FP16; the GEMMs run in BF16)' });
  });
});
