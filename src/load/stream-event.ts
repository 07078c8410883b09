/**
 * What one SSE `data` payload of an OpenAI-compatible stream carries, read from the shapes engines send:
 * chat deltas (`content`, `reasoning_content`, or `reasoning`), completion `text`, `finish_reason`,
 * `usage` (on a usage-only chunk with `choices: []`, on the finish chunk, or on every chunk), an
 * in-stream `error` object, and the `[DONE]` sentinel.
 */
export interface StreamUsage {
  prompt_tokens: number | null;
  completion_tokens: number | null;
}

export type StreamEvent =
  | { kind: 'done' }
  | { kind: 'error'; message: string }
  | {
      kind: 'chunk';
      /** `choices` is a non-empty array (vLLM's first-token test). */
      has_choices: boolean;
      /** Generated text of choice 0: content, then reasoning; "" when none. */
      content: string;
      reasoning: string;
      finish_reason: string | null;
      usage: StreamUsage | null;
    };

export class MalformedEventError extends Error {}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Interprets one event's data; throws MalformedEventError when it is neither [DONE] nor a JSON object. */
export function interpretEventData(data: string): StreamEvent {
  const trimmed = data.trim();
  if (trimmed === '[DONE]') return { kind: 'done' };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    throw new MalformedEventError(`event data is not JSON: ${JSON.stringify(trimmed.slice(0, 120))}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MalformedEventError(`event data is not a JSON object: ${JSON.stringify(trimmed.slice(0, 120))}`);
  }
  const obj = value as Record<string, unknown>;
  if (obj.error !== undefined && obj.error !== null) {
    const e = obj.error as Record<string, unknown> | string;
    const message = typeof e === 'string' ? e : str(e.message) || JSON.stringify(e).slice(0, 200);
    return { kind: 'error', message };
  }
  // vLLM also reports errors as a bare {"object":"error","message":...} in some versions.
  if (obj.object === 'error') return { kind: 'error', message: str(obj.message) || 'error event' };

  const choices = Array.isArray(obj.choices) ? (obj.choices as unknown[]) : [];
  let content = '';
  let reasoning = '';
  let finish: string | null = null;
  const first = choices[0];
  if (typeof first === 'object' && first !== null) {
    const c = first as Record<string, unknown>;
    const delta = c.delta;
    if (typeof delta === 'object' && delta !== null) {
      const d = delta as Record<string, unknown>;
      content = str(d.content);
      reasoning = str(d.reasoning_content) || str(d.reasoning);
    }
    if (typeof c.text === 'string') content = c.text;
    finish = typeof c.finish_reason === 'string' ? c.finish_reason : null;
  }
  let usage: StreamUsage | null = null;
  if (typeof obj.usage === 'object' && obj.usage !== null) {
    const u = obj.usage as Record<string, unknown>;
    usage = { prompt_tokens: num(u.prompt_tokens), completion_tokens: num(u.completion_tokens) };
  }
  return { kind: 'chunk', has_choices: choices.length > 0, content, reasoning, finish_reason: finish, usage };
}
