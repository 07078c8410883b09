/**
 * Folds the events of one streamed response into the timing and token fields of a RequestRecord.
 * Each event carries the monotonic time its last byte arrived; offsets are kept relative to the send time.
 */
import type { FailureKind } from '../run-folder/request-record.js';
import { MalformedEventError } from './stream-event.js';
import { EventTemplates } from './event-template.js';
import { TextParts } from './text-parts.js';

export interface AccumulatedStream {
  ttft_ms: number | null;
  first_choice_ms: number | null;
  e2el_ms: number | null;
  text_event_ms: number[];
  prompt_tokens: number | null;
  usage_completion_tokens: number | null;
  finish_reason: string | null;
  content: string;
  reasoning: string;
  done: boolean;
}

export class StreamFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
  ) {
    super(message);
  }
}

/** Rounds to microseconds so records stay small without losing anything a clock can tell apart here. */
export function roundMs(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export class StreamAccumulator {
  readonly state: AccumulatedStream = {
    ttft_ms: null, first_choice_ms: null, e2el_ms: null, text_event_ms: [], prompt_tokens: null,
    usage_completion_tokens: null, finish_reason: null, content: '', reasoning: '', done: false,
  };
  private readonly contentParts = new TextParts();
  private readonly reasoningParts = new TextParts();
  /** Reads the stream's repeated text chunks without JSON.parse (event-template.ts). */
  private readonly templates = new EventTemplates();

  constructor(private readonly sendAt: number) {}

  /**
   * Takes one event given as the bytes of its one data line, bytes[start, end), when a template of this
   * stream reads it (event-template.ts, matchBytes); returns false, having done nothing, otherwise (the
   * caller then decodes it and calls add). Same effect as add(the decoded line, arrivedAt).
   */
  addBytes(bytes: Buffer, start: number, end: number, arrivedAt: number): boolean {
    const t = this.templates.matchBytes(bytes, start, end);
    if (t === null) return false;
    const s = this.state;
    const offset = roundMs(arrivedAt - this.sendAt);
    if (t.has_choices && s.first_choice_ms === null) s.first_choice_ms = offset;
    if (s.ttft_ms === null) s.ttft_ms = offset;
    s.e2el_ms = offset;
    s.text_event_ms.push(offset);
    (t.field === 'content' ? this.contentParts : this.reasoningParts).appendAscii(bytes, start + t.prefix_bytes!.length, end - t.suffix_bytes!.length);
    return true;
  }

  /** Takes one event's data; throws StreamFailure for malformed or error events. */
  add(data: string, arrivedAt: number): void {
    let ev;
    try {
      ev = this.templates.interpret(data);
    } catch (err) {
      if (err instanceof MalformedEventError) throw new StreamFailure('malformed_event', err.message);
      throw err;
    }
    const s = this.state;
    if (ev.kind === 'done') {
      s.done = true;
      return;
    }
    if (ev.kind === 'error') throw new StreamFailure('server_error_event', `server sent an error event: ${ev.message}`);
    const offset = roundMs(arrivedAt - this.sendAt);
    if (ev.has_choices && s.first_choice_ms === null) s.first_choice_ms = offset;
    if (ev.content.length > 0 || ev.reasoning.length > 0) {
      if (s.ttft_ms === null) s.ttft_ms = offset;
      s.e2el_ms = offset;
      s.text_event_ms.push(offset);
      if (ev.content.length > 0) this.contentParts.append(ev.content);
      if (ev.reasoning.length > 0) this.reasoningParts.append(ev.reasoning);
    }
    if (ev.finish_reason !== null) s.finish_reason = ev.finish_reason;
    if (ev.usage !== null) {
      // Servers that send usage on every chunk (TensorRT-LLM) grow it; the last one is the total.
      if (ev.usage.prompt_tokens !== null) s.prompt_tokens = ev.usage.prompt_tokens;
      if (ev.usage.completion_tokens !== null) s.usage_completion_tokens = ev.usage.completion_tokens;
    }
  }

  /** The generated text: content, then reasoning when there was any. */
  text(): string {
    const content = this.contentParts.text();
    const reasoning = this.reasoningParts.text();
    return reasoning.length > 0 ? (content.length > 0 ? `${content}\n${reasoning}` : reasoning) : content;
  }
}
