import { type Command, InvalidArgumentError } from 'commander';
import { parseNumber, parseWholeNumber } from '../../util/parse-value.js';
import type { FlopsOptions } from '../actions/flops.js';
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
    .action(async (options: FlopsOptions, command: Command) => {
      const { flopsCommand } = await import('../actions/flops.js');
      setExitCode(command, flopsCommand(options));
    });
}
