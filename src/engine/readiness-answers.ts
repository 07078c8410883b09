import type { ProbeFailure, ProbeResponse } from './http-probe.js';

/** Characters of a response body quoted in a message. */
const EXCERPT_CHARS = 120;

/**
 * A short, single-line, printable excerpt of a response body: control characters (a lone CR, escape
 * sequences, line and paragraph separators) become spaces, so the engine's text cannot forge a line of
 * infergate's output or of the action log.
 */
export function bodyExcerpt(body: string, limit = EXCERPT_CHARS): string {
  // eslint-disable-next-line no-control-regex
  const flat = body.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g, ' ').trim();
  return flat.length > limit ? `${flat.slice(0, limit)}…` : flat;
}

/**
 * What the server answered to the readiness requests while infergate waited, so that "not ready after
 * N s" can say why: every status seen per request with its count, and the last body or error.
 */
export class ReadinessAnswers {
  private readonly byRequest = new Map<string, { counts: Map<string, number>; last: string }>();

  record(request: string, answer: ProbeResponse | ProbeFailure): void {
    let outcome: string;
    let last: string;
    if ('error' in answer) {
      outcome = 'no answer';
      last = answer.error;
    } else if (answer.refusedRedirect !== undefined) {
      outcome = String(answer.status);
      last = `redirect to ${answer.refusedRedirect} not followed (another origin)`;
    } else {
      outcome = String(answer.status);
      const excerpt = bodyExcerpt(answer.body);
      last = excerpt === '' ? 'an empty body' : `"${excerpt}"`;
    }
    const entry = this.byRequest.get(request) ?? { counts: new Map<string, number>(), last: '' };
    entry.counts.set(outcome, (entry.counts.get(outcome) ?? 0) + 1);
    entry.last = last;
    this.byRequest.set(request, entry);
  }

  /** e.g. `GET /health → 500 ×4 (last: "engine overloaded"); GET /v1/models → no answer ×4 (last: connection refused)`, or null. */
  summary(): string | null {
    if (this.byRequest.size === 0) return null;
    return [...this.byRequest.entries()]
      .map(([request, { counts, last }]) => {
        const seen = [...counts.entries()].map(([outcome, n]) => `${outcome} ×${n}`).join(', ');
        return `${request} → ${seen} (last: ${last})`;
      })
      .join('; ');
  }
}
