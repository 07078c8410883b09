/**
 * The SSE byte shapes real engines emit on their OpenAI-compatible streaming endpoints, reduced to what a
 * client must cope with. Each shape builds the frames of one response; the scripted server times them.
 *
 * What differs between engines (checked against their transcripts in test/fixtures/streams/):
 * - vllm:     role-only first chat chunk (`content: ""`), `stop_reason` beside `finish_reason`,
 *             usage only in a final chunk with `choices: []` when `stream_options.include_usage` is set.
 * - sglang:   like vLLM but every chunk carries `"usage": null` and choices carry `matched_stop`.
 * - tgi:      `data:` with no space after the colon, role repeated in every delta, empty `id`,
 *             `system_fingerprint`, usage-only final chunk.
 * - trtllm:   usage in every chunk (continuous usage), role-only first chunk.
 * - llamacpp: role-only first chunk with `content: null`, empty `delta: {}` on the finish chunk, usage-only
 *             final chat chunk with `timings`; on /v1/completions usage rides on the finish chunk itself.
 */
export type EngineShape = 'vllm' | 'sglang' | 'tgi' | 'trtllm' | 'llamacpp';
export const ENGINE_SHAPES: readonly EngineShape[] = ['vllm', 'sglang', 'tgi', 'trtllm', 'llamacpp'];

export type Api = 'chat' | 'completions';

/** One SSE event (already framed as bytes) and what it carries. */
export interface Frame {
  bytes: string;
  /** 'role': role-only first chunk; 'text': carries a generated token; 'tail': finish/usage/[DONE]. */
  kind: 'role' | 'text' | 'tail';
}

export interface ShapeInput {
  shape: EngineShape;
  api: Api;
  model: string;
  /** Generated pieces, one per event: reasoning pieces first, then content pieces. */
  reasoning: string[];
  content: string[];
  prompt_tokens: number;
  finish_reason: string;
  /** The request asked for usage (`stream_options.include_usage`). */
  include_usage: boolean;
  /** Fixed "created" value so transcripts are reproducible. */
  created: number;
  request_seq: number;
}

interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

function usageAfter(input: ShapeInput, completion: number): Usage {
  return { prompt_tokens: input.prompt_tokens, completion_tokens: completion, total_tokens: input.prompt_tokens + completion };
}

function frame(shape: EngineShape, payload: unknown, kind: Frame['kind']): Frame {
  // TGI (axum) writes "data:" with no space; everyone else writes "data: ".
  const sep = shape === 'tgi' ? 'data:' : 'data: ';
  return { bytes: `${sep}${JSON.stringify(payload)}\n\n`, kind };
}

function done(shape: EngineShape): Frame {
  return { bytes: shape === 'tgi' ? 'data:[DONE]\n\n' : 'data: [DONE]\n\n', kind: 'tail' };
}

/** Builds every frame of one streamed response, in order. */
export function buildFrames(input: ShapeInput): Frame[] {
  return input.api === 'chat' ? chatFrames(input) : completionFrames(input);
}

function chatFrames(input: ShapeInput): Frame[] {
  const { shape } = input;
  const id = shape === 'tgi' ? '' : `chatcmpl-scripted-${input.request_seq}`;
  const head = (choices: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> => {
    switch (shape) {
      case 'llamacpp':
        return { choices, created: input.created, id, model: input.model, system_fingerprint: 'b6000-scripted', object: 'chat.completion.chunk', ...extra };
      case 'tgi':
        return { object: 'chat.completion.chunk', id, created: input.created, model: input.model, system_fingerprint: '3.3.0-native', choices, ...extra };
      default:
        return { id, object: 'chat.completion.chunk', created: input.created, model: input.model, choices, ...extra };
    }
  };
  const choice = (delta: Record<string, unknown>, finish: string | null): Record<string, unknown> => {
    switch (shape) {
      case 'vllm':
        return { index: 0, delta, logprobs: null, finish_reason: finish, ...(finish ? { stop_reason: null } : {}) };
      case 'sglang':
        return { index: 0, delta, logprobs: null, finish_reason: finish, matched_stop: null };
      case 'tgi':
        return { index: 0, delta: { role: 'assistant', ...delta }, logprobs: null, finish_reason: finish };
      case 'trtllm':
        return { index: 0, delta, logprobs: null, finish_reason: finish, stop_reason: null };
      case 'llamacpp':
        return { finish_reason: finish, index: 0, delta };
    }
  };
  const perChunkUsage = (n: number): Record<string, unknown> => {
    if (shape === 'sglang' || shape === 'tgi') return { usage: null };
    if (shape === 'trtllm' && input.include_usage) return { usage: usageAfter(input, n) };
    return {};
  };

  const frames: Frame[] = [];
  if (shape !== 'tgi') {
    const roleDelta = shape === 'llamacpp' ? { role: 'assistant', content: null } : { role: 'assistant', content: '' };
    frames.push(frame(shape, head([choice(roleDelta, null)], perChunkUsage(0)), 'role'));
  }
  let n = 0;
  for (const piece of input.reasoning) {
    n += 1;
    frames.push(frame(shape, head([choice({ reasoning_content: piece }, null)], perChunkUsage(n)), 'text'));
  }
  for (const piece of input.content) {
    n += 1;
    frames.push(frame(shape, head([choice({ content: piece }, null)], perChunkUsage(n)), 'text'));
  }
  const finishDelta = shape === 'llamacpp' ? {} : { content: '' };
  frames.push(frame(shape, head([choice(finishDelta, input.finish_reason)], perChunkUsage(n)), 'tail'));
  if (input.include_usage) {
    const extra = shape === 'llamacpp' ? { timings: { predicted_n: n, prompt_n: input.prompt_tokens } } : {};
    frames.push(frame(shape, head([], { usage: usageAfter(input, n), ...extra }), 'tail'));
  }
  frames.push(done(shape));
  return frames;
}

function completionFrames(input: ShapeInput): Frame[] {
  const { shape } = input;
  const id = shape === 'tgi' ? '' : `cmpl-scripted-${input.request_seq}`;
  const head = (choices: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> => {
    switch (shape) {
      case 'llamacpp':
        return { choices, created: input.created, model: input.model, system_fingerprint: 'b6000-scripted', object: 'text_completion', id, ...extra };
      case 'tgi':
        return { id, object: 'text_completion', created: input.created, model: input.model, system_fingerprint: '3.3.0-native', choices, ...extra };
      default:
        return { id, object: 'text_completion', created: input.created, model: input.model, choices, ...extra };
    }
  };
  const choice = (text: string, finish: string | null): Record<string, unknown> => {
    switch (shape) {
      case 'vllm':
      case 'trtllm':
        return { index: 0, text, logprobs: null, finish_reason: finish, stop_reason: null };
      case 'sglang':
        return { index: 0, text, logprobs: null, finish_reason: finish, matched_stop: null };
      case 'tgi':
        return { index: 0, text, logprobs: null, finish_reason: finish };
      case 'llamacpp':
        return { text, index: 0, logprobs: null, finish_reason: finish };
    }
  };
  const perChunkUsage = (n: number): Record<string, unknown> => {
    if (shape === 'sglang') return { usage: null };
    if (shape === 'trtllm' && input.include_usage) return { usage: usageAfter(input, n) };
    return {};
  };
  const frames: Frame[] = [];
  let n = 0;
  // Completions have no reasoning field; reasoning pieces are sent as text.
  for (const piece of [...input.reasoning, ...input.content]) {
    n += 1;
    frames.push(frame(shape, head([choice(piece, null)], perChunkUsage(n)), 'text'));
  }
  if (shape === 'llamacpp') {
    // llama.cpp puts usage on the finish chunk itself and sends it whether asked or not.
    frames.push(frame(shape, head([choice('', input.finish_reason)], { usage: usageAfter(input, n), timings: { predicted_n: n } }), 'tail'));
  } else {
    frames.push(frame(shape, head([choice('', input.finish_reason)], perChunkUsage(n)), 'tail'));
    if (input.include_usage) frames.push(frame(shape, head([], { usage: usageAfter(input, n) }), 'tail'));
  }
  frames.push(done(shape));
  return frames;
}
