import { describeModel } from '../../metrics/mfu/describe.js';
import { readGgufModelSpec } from '../../metrics/mfu/gguf-model.js';
import { readModelSpec } from '../../metrics/mfu/model-config.js';
import { resolvePeak } from '../../metrics/mfu/peak.js';
import { ExitCode } from '../../util/errors.js';

export interface FlopsOptions {
  modelConfig: string;
  promptTokens?: number;
  outputTokens?: number;
  attention: 'causal' | 'full';
  kvBytes: number;
  gpu?: string;
  dtype?: string;
  catalog?: string;
}

/** What `infergate flops` does once its arguments are parsed: prints the model's figures as JSON. */
export function flopsCommand(options: FlopsOptions): number {
  const spec = options.modelConfig.toLowerCase().endsWith('.gguf') ? readGgufModelSpec(options.modelConfig) : readModelSpec(options.modelConfig);
  const description = describeModel(spec, { kvBytesPerElement: options.kvBytes, promptTokens: options.promptTokens, outputTokens: options.outputTokens, attention: options.attention });
  const output: Record<string, unknown> = { ...description };
  if (options.gpu !== undefined) {
    const dtype = options.dtype ?? spec.torchDtype;
    output.peak = dtype === null
      ? { available: false, precision: null, reason: 'the config has no torch_dtype; pass --dtype' }
      : resolvePeak({ gpuName: options.gpu, dtype, taskPeaks: {}, catalogPath: options.catalog });
  }
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return ExitCode.ok;
}
