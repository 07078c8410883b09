import type { EngineName, EngineSettings } from './engine-settings.js';
import type { LimitsSource } from './served-limits.js';
import type { TokenCounter } from './token-count.js';

/** A process to spawn: never a shell line, always an executable and its argument array. */
export interface LaunchCommand {
  command: string;
  args: string[];
  /** Variables added to the inherited environment (settings.env is applied over these). */
  env: Record<string, string>;
}

/**
 * How requests to this engine must be shaped. The pipeline reads extraBody and streamUsage into the load's
 * request settings instead of the load knowing engines. The other fields record what each engine's API
 * documents (test/engine/adapters.test.ts holds them) for the request shapes that need them: a fixed output
 * length (ignoreEosField, minTokensField), a strict schema (rejectsUnknownFields), where usage arrives
 * (usageChunk; the stream accumulator accepts either place). Field names are the JSON keys the engine
 * accepts; null means the engine has no such switch.
 */
export interface EngineQuirks {
  /** Added to every measured request body, e.g. llama-server's `cache_prompt: false`. */
  extraBody: Record<string, unknown>;
  /** Body key that makes the engine keep generating past end-of-sequence. */
  ignoreEosField: string | null;
  /** Body key for a minimum number of generated tokens. */
  minTokensField: string | null;
  /**
   * Streaming usage: 'ask' = send stream_options.include_usage; 'always' = sent unasked, and stream_options
   * must not be sent (the engine rejects it); 'never' = not available.
   */
  streamUsage: 'ask' | 'always' | 'never';
  /** Where streamed usage arrives: a separate last chunk with empty choices, or on the chunk carrying finish_reason. */
  usageChunk: 'separate' | 'finish' | 'either';
  /** The server answers 400 to fields it does not know, so nothing beyond the OpenAI schema may be sent. */
  rejectsUnknownFields: boolean;
}

/** Where the engine's version can be read, tried in order until one answers. */
export type VersionSource =
  | { kind: 'http'; path: string; field: string }
  | { kind: 'command'; args: string[]; pattern: RegExp }
  /** importlib.metadata of a Python distribution, with the interpreter next to the engine's executable. */
  | { kind: 'python-dist'; dist: string };

export interface ReadinessSpec {
  /** Polled in order until one answers 200. */
  healthPaths: string[];
  /** The one-token request that proves the model answers. */
  probe: 'chat' | 'completions';
}

export interface EngineAdapter {
  name: EngineName;
  /** The process to start (common-args.ts launch(): its executable is looked up on PATH unless settings.binary names one); null for `external`. */
  launchCommand(settings: EngineSettings): LaunchCommand | null;
  readiness: ReadinessSpec;
  quirks: EngineQuirks;
  version: VersionSource[];
  /** Prometheus text endpoint, when the engine exposes one (with the launch flags we pass). */
  metricsPath: string | null;
  /** The `model` value requests must carry (most engines: servedModelName). */
  requestModel(settings: EngineSettings): string;
  /** Where the running server reports its context length and slots (served-limits.ts); absent: nowhere. */
  limits?: LimitsSource;
  /** How the running server counts a prompt's tokens (token-count.ts); absent: it cannot. */
  tokenCounter?: TokenCounter;
}

/** The OpenAI streaming defaults most engines follow; adapters override what differs. */
export const OPENAI_QUIRKS: EngineQuirks = {
  extraBody: {},
  ignoreEosField: null,
  minTokensField: null,
  streamUsage: 'ask',
  usageChunk: 'separate',
  rejectsUnknownFields: false,
};
