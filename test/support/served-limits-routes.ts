/**
 * The routes through which real engines say what they serve, as the scripted server answers them when it
 * is given a context (ScriptedServerOptions.context_tokens). Field names and places follow the engines:
 * - llama-server: GET /props `default_generation_settings.n_ctx` (one slot's context) and `total_slots`;
 *   POST /apply-template `{messages}` → `{prompt}`; POST /tokenize `{content}` → `{tokens: [...]}`; a prompt
 *   over the context is refused with 400 `exceed_context_size_error`.
 * - vLLM and SGLang: GET /v1/models `data[].max_model_len`; vLLM's POST /tokenize → `{count, max_model_len, tokens}`;
 *   prompt + max_tokens over max_model_len is refused with 400.
 * - TGI: GET /info `max_input_tokens`, `max_total_tokens`.
 * The scripted tokenizer counts whitespace-separated words (countPromptWords), the same count the
 * server's own context check uses.
 */
import type { EngineShape } from './stream-shapes.js';

export interface ServedLimitsOptions {
  /** Tokens one request may use (prompt + output); unset: the server reports no limit and enforces none. */
  context_tokens?: number;
  /** Requests decoded at once (llama-server's --parallel); reported on /props. */
  slots?: number;
}

const words = (text: string): number => text.split(/\s+/).filter((w) => w.length > 0).length;

/** The answer to a limits or tokenizer route, or null when the path is not one (or this shape has none). */
export function servedLimitsRoute(shape: EngineShape, options: ServedLimitsOptions, method: string, path: string, body: unknown): { status: number; body: unknown } | null {
  const context = options.context_tokens;
  if (context === undefined) return null;
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (shape === 'llamacpp') {
    if (method === 'GET' && path === '/props') {
      return { status: 200, body: { default_generation_settings: { id: 0, n_ctx: context, params: {} }, total_slots: options.slots ?? 1, model_path: 'scripted.gguf', build_info: 'b0000-scripted' } };
    }
    if (method === 'POST' && path === '/apply-template') {
      const messages = Array.isArray(b.messages) ? (b.messages as Array<{ content?: unknown }>) : [];
      return { status: 200, body: { prompt: messages.map((m) => (typeof m.content === 'string' ? m.content : '')).join('\n') } };
    }
    if (method === 'POST' && path === '/tokenize') {
      return { status: 200, body: { tokens: Array.from({ length: words(typeof b.content === 'string' ? b.content : '') }, (_, i) => i) } };
    }
  }
  if (shape === 'vllm' && method === 'POST' && path === '/tokenize') {
    const text = typeof b.prompt === 'string' ? b.prompt : Array.isArray(b.messages) ? (b.messages as Array<{ content?: unknown }>).map((m) => (typeof m.content === 'string' ? m.content : '')).join('\n') : '';
    const count = words(text);
    return { status: 200, body: { count, max_model_len: context, tokens: Array.from({ length: count }, (_, i) => i) } };
  }
  if (shape === 'tgi' && method === 'GET' && path === '/info') {
    return { status: 200, body: { model_id: 'scripted', max_input_tokens: context - 1, max_total_tokens: context, version: '3.0.0' } };
  }
  return null;
}

/** vLLM's and SGLang's model card field. */
export function modelCardLimits(shape: EngineShape, options: ServedLimitsOptions): Record<string, unknown> {
  return options.context_tokens !== undefined && (shape === 'vllm' || shape === 'sglang') ? { max_model_len: options.context_tokens } : {};
}

/** The engine's refusal of a request over its context, or null when it fits (or no context is set). */
export function contextRefusal(shape: EngineShape, options: ServedLimitsOptions, promptTokens: number, maxTokens: number): { status: number; body: unknown } | null {
  const context = options.context_tokens;
  if (context === undefined) return null;
  if (shape === 'llamacpp') {
    if (promptTokens < context) return null;
    return { status: 400, body: { error: { code: 400, message: 'the request exceeds the available context size, try increasing it', type: 'exceed_context_size_error', n_prompt_tokens: promptTokens, n_ctx: context } } };
  }
  if (promptTokens + (Number.isFinite(maxTokens) ? maxTokens : 0) <= context) return null;
  return { status: 400, body: { object: 'error', message: `This model's maximum context length is ${context} tokens. However, you requested ${promptTokens + maxTokens} tokens (${promptTokens} in the messages, ${maxTokens} in the completion).`, type: 'BadRequestError', code: 400 } };
}
