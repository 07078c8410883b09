/**
 * Builds the JSON body of one streamed request. Every request streams, asks for usage and caps its
 * length; engine quirks arrive as data (`extra_body` merged last, `quirks` for renamed or dropped fields)
 * so no engine name is known here.
 */
export interface ChatMessage {
  role: string;
  content: string;
}

export type Api = 'chat' | 'completions';

export interface PromptInput {
  id: string;
  messages?: ChatMessage[];
  prompt?: string;
}

/**
 * The prompts a load sends, asked for one at a time as each request is sent: `promptFor(i)` for
 * 0 ≤ i < count, the same prompt whenever it is asked (a warm-up cycles through them, trials and sweep steps
 * send them again), built then rather than held (dataset/build-prompts.ts, RowPrompts, builds the run's
 * from its rows). A source builds every prompt the same way, so the load checks the first against the API
 * before any request goes out.
 */
export interface PromptSource {
  readonly count: number;
  promptFor(index: number): PromptInput;
}

/** The load's prompts as a source, and those to check against the API before any request is sent: a list already built whole, a source its first. */
export function promptSourceOf(prompts: readonly PromptInput[] | PromptSource): { source: PromptSource; toCheck: readonly PromptInput[] } {
  if ('promptFor' in prompts) return { source: prompts, toCheck: prompts.count > 0 ? [prompts.promptFor(0)] : [] };
  return { source: { count: prompts.length, promptFor: (index) => prompts[index]! }, toCheck: prompts };
}

export interface RequestQuirks {
  /** Field that carries the length cap (default "max_tokens"; e.g. "max_completion_tokens"). */
  max_tokens_field?: string;
  /** Send `stream_options: {include_usage: true}` (default true; some servers reject the key). */
  stream_options?: boolean;
}

export interface RequestSettings {
  max_tokens: number;
  temperature: number;
  seed?: number;
  extra_body?: Record<string, unknown>;
  quirks?: RequestQuirks;
  timeout_ms: number;
}

export function apiPath(api: Api): string {
  return api === 'chat' ? '/v1/chat/completions' : '/v1/completions';
}

/** Throws a plain Error naming the prompt when it lacks what the API needs (the caller wraps it). */
export function buildRequestBody(api: Api, model: string, prompt: PromptInput, settings: RequestSettings): Record<string, unknown> {
  const body: Record<string, unknown> = { model };
  if (api === 'chat') {
    if (prompt.messages === undefined) {
      if (prompt.prompt === undefined) throw new Error(`prompt "${prompt.id}" has neither messages nor prompt text`);
      body.messages = [{ role: 'user', content: prompt.prompt }];
    } else {
      body.messages = prompt.messages;
    }
  } else {
    if (prompt.prompt === undefined) throw new Error(`prompt "${prompt.id}" has no prompt text for /v1/completions`);
    body.prompt = prompt.prompt;
  }
  body[settings.quirks?.max_tokens_field ?? 'max_tokens'] = settings.max_tokens;
  body.temperature = settings.temperature;
  if (settings.seed !== undefined) body.seed = settings.seed;
  body.stream = true;
  if (settings.quirks?.stream_options !== false) body.stream_options = { include_usage: true };
  if (settings.extra_body) Object.assign(body, settings.extra_body);
  // Streaming is how every figure is measured: extra_body may not turn it off.
  body.stream = true;
  return body;
}
