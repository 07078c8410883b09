import type { EngineAdapter } from './engine-adapter.js';
import { probe } from './http-probe.js';

/**
 * What a running server says about the sequences it serves. Every field is null where the engine does
 * not report it; nothing is guessed.
 */
export interface ServedLimits {
  /** Longest prompt + output one request may use, in tokens. */
  contextTokens: number | null;
  /** Longest prompt alone (TGI's max_input_tokens), in tokens. */
  inputTokens: number | null;
  /** Requests the server runs at once (llama-server's slots). */
  slots: number | null;
  /** The route and fields the figures came from, e.g. "GET /props default_generation_settings.n_ctx". */
  source: string | null;
}

/** Where an engine reports its limits (docs/engines.md, "Served context and slots"). */
export type LimitsSource = 'llamacpp-props' | 'openai-models' | 'tgi-info';

export const NO_LIMITS: ServedLimits = { contextTokens: null, inputTokens: null, slots: null, source: null };

const PATHS: Record<LimitsSource, string> = { 'llamacpp-props': '/props', 'openai-models': '/v1/models', 'tgi-info': '/info' };

function positiveInt(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null;
}

function objectAt(value: unknown, key: string): Record<string, unknown> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const inner = (value as Record<string, unknown>)[key];
  return typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? (inner as Record<string, unknown>) : null;
}

/**
 * llama-server's GET /props: `default_generation_settings.n_ctx` is one slot's context (what a request
 * may use), `total_slots` the requests it decodes at once.
 */
export function limitsFromLlamacppProps(body: unknown): ServedLimits {
  const slot = positiveInt(objectAt(body, 'default_generation_settings')?.n_ctx);
  const slots = positiveInt((body as Record<string, unknown> | null)?.total_slots);
  if (slot === null && slots === null) return NO_LIMITS;
  return { contextTokens: slot, inputTokens: null, slots, source: 'GET /props default_generation_settings.n_ctx, total_slots' };
}

/** vLLM's and SGLang's GET /v1/models: `max_model_len` of the served model (or the only one listed). */
export function limitsFromModels(body: unknown, model: string): ServedLimits {
  const data = typeof body === 'object' && body !== null ? (body as { data?: unknown }).data : undefined;
  if (!Array.isArray(data)) return NO_LIMITS;
  const cards = data.filter((card): card is Record<string, unknown> => typeof card === 'object' && card !== null && !Array.isArray(card));
  const card = cards.find((c) => c.id === model) ?? (cards.length === 1 ? cards[0] : undefined);
  const context = positiveInt(card?.max_model_len);
  return context === null ? NO_LIMITS : { contextTokens: context, inputTokens: null, slots: null, source: 'GET /v1/models max_model_len' };
}

/** TGI's GET /info: `max_total_tokens` (prompt + output) and `max_input_tokens` (`max_input_length` before 2.0). */
export function limitsFromTgiInfo(body: unknown): ServedLimits {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return NO_LIMITS;
  const info = body as Record<string, unknown>;
  const total = positiveInt(info.max_total_tokens);
  const input = positiveInt(info.max_input_tokens) ?? positiveInt(info.max_input_length);
  if (total === null && input === null) return NO_LIMITS;
  return { contextTokens: total, inputTokens: input, slots: null, source: 'GET /info max_total_tokens, max_input_tokens' };
}

/** Asks the running server; NO_LIMITS when the adapter names no source or the server does not answer it. */
export async function readServedLimits(baseUrl: string, adapter: Pick<EngineAdapter, 'limits'>, model: string): Promise<ServedLimits> {
  const source = adapter.limits;
  if (source === undefined) return NO_LIMITS;
  const response = await probe(`${baseUrl}${PATHS[source]}`, { timeoutMs: 5_000 });
  if (response === null || response.status !== 200) return NO_LIMITS;
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    return NO_LIMITS;
  }
  if (source === 'llamacpp-props') return limitsFromLlamacppProps(body);
  if (source === 'tgi-info') return limitsFromTgiInfo(body);
  return limitsFromModels(body, model);
}
