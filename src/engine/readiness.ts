import type { EngineAdapter } from './engine-adapter.js';
import { probeAnswer } from './http-probe.js';
import { bodyExcerpt, ReadinessAnswers } from './readiness-answers.js';

const HEALTH_TIMEOUT_MS = 5_000;
/** The first request may compile kernels or load weights (transformers serve loads on demand). */
const PROBE_TIMEOUT_MS = 300_000;

export type ReadinessOutcome =
  | { ready: true; healthPath: string }
  /**
   * The engine answered in a way waiting will not fix (e.g. 404 for the model name), or `reason` is
   * 'aborted'; `answers` says what the server answered meanwhile (null when nothing was asked).
   */
  | { ready: false; reason: string; answers: string | null };

export interface ReadinessOptions {
  baseUrl: string;
  adapter: EngineAdapter;
  /** Value of the probe request's `model` field. */
  model: string;
  pollMs?: number;
  signal: AbortSignal;
}

/** A short, single-line excerpt of a response body for error messages. */
function excerpt(body: string): string {
  return bodyExcerpt(body, 300);
}

/**
 * Polls the adapter's health paths until one answers 200, then sends one 1-token request and requires a
 * completion back. Returns when ready, or when the engine refused the probe for good (4xx other than
 * 408/429). Loops until `signal` aborts otherwise: the caller owns the timeout and the death watch.
 */
export async function waitUntilReady(options: ReadinessOptions): Promise<ReadinessOutcome> {
  const { baseUrl, adapter, model, signal } = options;
  const pollMs = options.pollMs ?? 500;
  const answers = new ReadinessAnswers();
  while (!signal.aborted) {
    for (const path of adapter.readiness.healthPaths) {
      const health = await probeAnswer(`${baseUrl}${path}`, { timeoutMs: HEALTH_TIMEOUT_MS, signal });
      if (signal.aborted) break; // a probe cut short by the deadline says nothing about the server
      answers.record(`GET ${path}`, health);
      if (!('status' in health) || health.status !== 200 || health.refusedRedirect !== undefined) continue;
      const answer = await sendProbe(baseUrl, adapter, model, signal, answers);
      if (answer === 'ok') return { ready: true, healthPath: path };
      if (answer !== 'retry') return { ready: false, reason: answer, answers: answers.summary() };
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  return { ready: false, reason: 'aborted', answers: answers.summary() };
}

/** 'ok', 'retry', or the reason the engine will never answer this request. */
async function sendProbe(baseUrl: string, adapter: EngineAdapter, model: string, signal: AbortSignal, answers: ReadinessAnswers): Promise<string> {
  // Only fields every OpenAI-compatible server accepts: some (TensorRT-LLM) reject anything else.
  const chat = adapter.readiness.probe === 'chat';
  const path = chat ? '/v1/chat/completions' : '/v1/completions';
  const body = chat
    ? { model, messages: [{ role: 'user', content: 'Hello' }], max_tokens: 1, temperature: 0, stream: false }
    : { model, prompt: 'Hello', max_tokens: 1, temperature: 0, stream: false };
  const answer = await probeAnswer(`${baseUrl}${path}`, { method: 'POST', body, timeoutMs: PROBE_TIMEOUT_MS, signal });
  if (signal.aborted) return 'retry';
  answers.record(`POST ${path}`, answer);
  if ('error' in answer || answer.refusedRedirect !== undefined) return 'retry';
  const response = answer;
  if (response.status === 200) {
    try {
      const parsed = JSON.parse(response.body) as { choices?: unknown };
      if (Array.isArray(parsed.choices) && parsed.choices.length > 0) return 'ok';
    } catch {
      // fall through
    }
    return `POST ${path} answered 200 without a completion: ${excerpt(response.body)}`;
  }
  if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
    return `POST ${path} for model "${model}" answered ${response.status}: ${excerpt(response.body)}`;
  }
  return 'retry';
}
