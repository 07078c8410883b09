/**
 * A validated fast path for the text events of one stream, so most of them are read without JSON.parse
 * (JSON.parse was 21% of the client's CPU at 64 streams).
 *
 * Within one stream an engine's text chunks differ only in the text: `{"id":"chatcmpl-1",...,"delta":
 * {"content":"` + text + `"},...}`. The first text event is read by the full path (interpretEventData);
 * the bytes before and after its text's string literal become a template. A later event that starts and
 * ends with exactly those bytes, with a valid JSON string between them, is the same JSON document with
 * another string in that one place — so it means what the template meant, with the new text. Anything
 * else (the finish chunk, usage, [DONE], an error, another shape) takes the full path.
 *
 * A template is accepted only after a probe: its prefix + a probe string + its suffix is read by the full
 * path and must give the probe as its text and everything else as the template event did. The fast path
 * only answers for a non-empty string (an empty one may mean "no text here" and let another field
 * speak). test/load/event-template.property.test.ts checks fast path ≡ full path on generated events.
 *
 * matchBytes is the same test on the undecoded bytes of a data line, for the common case: a template
 * whose prefix and suffix are ASCII and a text of printable ASCII without escapes. Then the whole line is
 * ASCII, its bytes are its characters, and a byte match is exactly a string match; any other line is left
 * to interpret. No string is made for the event: the caller copies the text's bytes (text-parts.ts).
 */
import { interpretEventData, type StreamEvent } from './stream-event.js';

type ChunkEvent = Extract<StreamEvent, { kind: 'chunk' }>;
type TextField = 'content' | 'reasoning';

export interface Template {
  prefix: string;
  suffix: string;
  field: TextField;
  has_choices: boolean;
  /** The prefix and suffix as bytes, when both are ASCII; null otherwise (then matchBytes skips it). */
  prefix_bytes: Buffer | null;
  suffix_bytes: Buffer | null;
}

/** The keys whose string value is the text of a chunk, by the field they fill. */
const KEYS: Record<TextField, readonly string[]> = {
  content: ['"content":"', '"text":"'],
  reasoning: ['"reasoning_content":"', '"reasoning":"'],
};
const PROBE = 'infergate probe ✓';

export class EventTemplates {
  private templates: Template[] = [];
  /** Fields a template was looked for and none was found: not looked for again in this stream. */
  private readonly given_up = new Set<TextField>();

  /**
   * The template a data line bytes[start, end) fits with a printable-ASCII text and no escape (the text is
   * then bytes[start + prefix length, end − suffix length)), or null: the caller decodes the line and asks
   * interpret. Only a line interpret would answer from that same template with that text is matched.
   */
  matchBytes(bytes: Buffer, start: number, end: number): Template | null {
    for (const t of this.templates) {
      const prefix = t.prefix_bytes;
      const suffix = t.suffix_bytes;
      if (prefix === null || suffix === null) continue;
      const textStart = start + prefix.length;
      const textEnd = end - suffix.length;
      if (textEnd <= textStart || !sameBytes(bytes, start, prefix) || !sameBytes(bytes, textEnd, suffix)) continue;
      for (let i = textStart; i < textEnd; i++) {
        const b = bytes[i]!;
        // A quote, a backslash, a control or a non-ASCII byte: interpret reads it (it may still fit).
        if (b < 32 || b > 126 || b === 34 || b === 92) return null;
      }
      return t;
    }
    return null;
  }

  /** The event this data means; the same answer as interpretEventData, faster for a templated event. */
  interpret(data: string): StreamEvent {
    for (const t of this.templates) {
      const text = fill(t, data);
      if (text !== null) {
        return { kind: 'chunk', has_choices: t.has_choices, content: t.field === 'content' ? text : '', reasoning: t.field === 'reasoning' ? text : '', finish_reason: null, usage: null };
      }
    }
    const event = interpretEventData(data);
    if (event.kind === 'chunk') this.learn(data, event);
    return event;
  }

  private learn(data: string, event: ChunkEvent): void {
    if (event.finish_reason !== null || event.usage !== null || this.templates.length >= 2) return;
    const field: TextField | null = event.content.length > 0 && event.reasoning.length === 0 ? 'content' : event.reasoning.length > 0 && event.content.length === 0 ? 'reasoning' : null;
    if (field === null || this.given_up.has(field) || this.templates.some((t) => t.field === field)) return;
    const template = findTemplate(data, event, field);
    if (template) this.templates.push(template);
    else this.given_up.add(field);
  }
}

/** The template of `data` for `field`, if one key holds that text and the probe confirms it. */
function findTemplate(data: string, event: ChunkEvent, field: TextField): Template | null {
  for (const key of KEYS[field]) {
    const at = data.indexOf(key);
    if (at < 0 || data.indexOf(key, at + 1) >= 0) continue;
    const open = at + key.length;
    const close = stringEnd(data, open);
    if (close < 0) continue;
    const prefix = data.slice(0, open);
    const suffix = data.slice(close);
    const template: Template = { prefix, suffix, field, has_choices: event.has_choices, prefix_bytes: asciiBytes(prefix), suffix_bytes: asciiBytes(suffix) };
    if (fill(template, data) !== event[field] || !confirmed(template, event)) continue;
    return template;
  }
  return null;
}

/** The full path reads prefix + probe + suffix as the template event with the probe as its text. */
function confirmed(t: Template, event: ChunkEvent): boolean {
  let probe: StreamEvent;
  try {
    probe = interpretEventData(t.prefix + PROBE + t.suffix);
  } catch {
    return false;
  }
  if (probe.kind !== 'chunk') return false;
  const other: TextField = t.field === 'content' ? 'reasoning' : 'content';
  return probe[t.field] === PROBE && probe[other] === '' && probe.has_choices === event.has_choices && probe.finish_reason === null && probe.usage === null;
}

/** The non-empty text `data` holds in the template's slot, or null when it does not fit the template. */
function fill(t: Template, data: string): string | null {
  const end = data.length - t.suffix.length;
  if (end <= t.prefix.length || !data.startsWith(t.prefix) || !data.endsWith(t.suffix)) return null;
  let escaped = false;
  for (let i = t.prefix.length; i < end; i++) {
    const c = data.charCodeAt(i);
    if (c === 34 /* " */ || c < 32) return null;
    if (c === 92 /* \ */) {
      escaped = true;
      break;
    }
  }
  const body = data.slice(t.prefix.length, end);
  if (!escaped) return body;
  try {
    // Validates the escapes too: an unescaped quote or a bad escape throws.
    const text: unknown = JSON.parse(`"${body}"`);
    return typeof text === 'string' && text.length > 0 ? text : null;
  } catch {
    return null;
  }
}

/** The bytes of an ASCII string; null when it has any other character. */
function asciiBytes(text: string): Buffer | null {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return null;
  return Buffer.from(text, 'latin1');
}

/** bytes[at, at + expected.length) equals expected (a JS loop: for the ~100 bytes of a prefix it beats a native call). */
function sameBytes(bytes: Buffer, at: number, expected: Buffer): boolean {
  const n = expected.length;
  if (at < 0 || at + n > bytes.length) return false;
  for (let i = 0; i < n; i++) if (bytes[at + i] !== expected[i]) return false;
  return true;
}

/** Index of the quote that closes the JSON string whose body starts at `from`; -1 if none. */
function stringEnd(data: string, from: number): number {
  for (let i = from; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 92) i += 1;
    else if (c === 34) return i;
  }
  return -1;
}
