import { probe } from './http-probe.js';

/**
 * How a running server counts a prompt's tokens as it will see them (chat template applied):
 * llama-server's POST /apply-template then POST /tokenize; vLLM's POST /tokenize with the messages.
 */
export type TokenCounter = 'llamacpp' | 'vllm';

/** A request's prompt: chat messages or a completions prompt. */
export interface CountablePrompt {
  messages?: ReadonlyArray<{ role: string; content: string }>;
  prompt?: string;
}

const TIMEOUT_MS = 10_000;

async function postJson(url: string, body: unknown): Promise<unknown> {
  const response = await probe(url, { method: 'POST', body, timeoutMs: TIMEOUT_MS });
  if (response === null || response.status !== 200) return undefined;
  try {
    return JSON.parse(response.body);
  } catch {
    return undefined;
  }
}

/** llama-server's /tokenize answer `{tokens: [...]}`: the number of tokens, or null. */
export function tokenCountOfLlamacpp(body: unknown): number | null {
  const tokens = typeof body === 'object' && body !== null ? (body as { tokens?: unknown }).tokens : undefined;
  return Array.isArray(tokens) ? tokens.length : null;
}

/** llama-server's /apply-template answer `{prompt: "..."}`: the templated text, or null. */
export function templatedPromptOf(body: unknown): string | null {
  const prompt = typeof body === 'object' && body !== null ? (body as { prompt?: unknown }).prompt : undefined;
  return typeof prompt === 'string' ? prompt : null;
}

/** vLLM's /tokenize answer `{count, tokens, max_model_len}`: the count, or null. */
export function tokenCountOfVllm(body: unknown): number | null {
  const count = typeof body === 'object' && body !== null ? (body as { count?: unknown }).count : undefined;
  return typeof count === 'number' && Number.isSafeInteger(count) && count >= 0 ? count : null;
}

/** The prompt's tokens as the server counts them; null when the server does not answer. */
export async function countPromptTokens(baseUrl: string, counter: TokenCounter, model: string, prompt: CountablePrompt): Promise<number | null> {
  if (counter === 'vllm') {
    const body = prompt.messages ? { model, messages: prompt.messages, add_generation_prompt: true } : { model, prompt: prompt.prompt ?? '' };
    return tokenCountOfVllm(await postJson(`${baseUrl}/tokenize`, body));
  }
  let text = prompt.prompt ?? '';
  if (prompt.messages) {
    const templated = templatedPromptOf(await postJson(`${baseUrl}/apply-template`, { messages: prompt.messages }));
    if (templated === null) return null;
    text = templated;
  }
  return tokenCountOfLlamacpp(await postJson(`${baseUrl}/tokenize`, { content: text, add_special: true }));
}
