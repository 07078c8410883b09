import { type Command, InvalidArgumentError } from 'commander';
import { describeModel } from '../../metrics/mfu/describe.js';
import { readGgufModelSpec } from '../../metrics/mfu/gguf-model.js';
import { readModelSpec } from '../../metrics/mfu/model-config.js';
import { resolvePeak } from '../../metrics/mfu/peak.js';
import { ExitCode } from '../../util/errors.js';
import { parseNumber, parseWholeNumber } from '../../util/parse-value.js';
import { setExitCode } from './set-action-exit.js';

function nonNegativeInteger(flag: string) {
  return (value: string): number => {
    const n = parseWholeNumber(value);
    if (n === undefined) throw new InvalidArgumentError(`${flag} must be a non-negative integer.`);
    return n;
  };
}

function positiveNumber(value: string): number {
  const n = parseNumber(value);
  if (n === undefined || n <= 0) throw new InvalidArgumentError('--kv-bytes must be a positive number.');
  return n;
}

/** `infergate flops`: parameters, FLOPs per token and KV bytes per token of a model's config.json or GGUF file (docs/mfu.md). */
export function registerFlops(program: Command): void {
  program
    .command('flops')
    .description('print parameters, FLOPs per token and KV-cache bytes per token of a Hugging Face config.json, as JSON')
    .requiredOption('--model-config <file>', "the model directory's config.json, or a GGUF model file (its header is read)")
    .option('--prompt-tokens <P>', 'prompt length of one request', nonNegativeInteger('--prompt-tokens'))
    .option('--output-tokens <G>', 'generated tokens of one request', nonNegativeInteger('--output-tokens'))
    .option('--attention <convention>', 'attention FLOP count: causal (default) or full (non-causal, as vLLM counts)', (v: string) => {
      if (v !== 'causal' && v !== 'full') throw new InvalidArgumentError('--attention must be causal or full.');
      return v;
    }, 'causal')
    .option('--kv-bytes <n>', 'bytes per KV-cache element (2 for bf16/fp16, 1 for fp8)', positiveNumber, 2)
    .option('--gpu <name>', 'also print the peak the MFU would divide by for this accelerator (catalog name or nvidia-smi name)')
    .option('--dtype <dtype>', "precision the GEMMs run in, for --gpu (default: the config's torch_dtype)")
    .option('--catalog <file>', 'accelerator catalog to use instead of configs/accelerators.yaml')
    .action(function (this: Command, options: { modelConfig: string; promptTokens?: number; outputTokens?: number; attention: 'causal' | 'full'; kvBytes: number; gpu?: string; dtype?: string; catalog?: string }) {
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
      setExitCode(this, ExitCode.ok);
    });
}
