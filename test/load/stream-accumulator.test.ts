import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SseParser } from '../../src/load/sse-parser.js';
import { StreamAccumulator, StreamFailure } from '../../src/load/stream-accumulator.js';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/streams');
const TEXT = 'The council has approved plans for a new bridge.';

/** Feeds a transcript event by event, event i arriving at t = 10 + i ms after a send at t = 0. */
function fold(file: string): StreamAccumulator {
  const acc = new StreamAccumulator(0);
  const parser = new SseParser();
  let i = 0;
  parser.push(fs.readFileSync(path.join(FIXTURES, file)), (ev) => acc.add(ev.data, 10 + i++));
  return acc;
}

interface Expect {
  ttft: number;
  firstChoice: number;
  textEvents: number;
  prompt: number;
  completion: number;
  finish: string;
  text: string;
}

const cases: Record<string, Expect> = {
  // role-only first chunk: vLLM's TTFT variant fires one event before ours
  'vllm-chat.sse': { ttft: 11, firstChoice: 10, textEvents: 10, prompt: 57, completion: 10, finish: 'stop', text: TEXT },
  'vllm-completions.sse': { ttft: 10, firstChoice: 10, textEvents: 10, prompt: 41, completion: 10, finish: 'length', text: TEXT },
  'vllm-chat-reasoning.sse': { ttft: 11, firstChoice: 10, textEvents: 9, prompt: 57, completion: 9, finish: 'length', text: 'The council has approved\nOkay, the user wants' },
  'sglang-chat.sse': { ttft: 11, firstChoice: 10, textEvents: 10, prompt: 57, completion: 10, finish: 'stop', text: TEXT },
  'sglang-completions.sse': { ttft: 10, firstChoice: 10, textEvents: 10, prompt: 41, completion: 10, finish: 'length', text: TEXT },
  // TGI repeats the role in every delta, so the first chunk already carries text
  'tgi-chat.sse': { ttft: 10, firstChoice: 10, textEvents: 10, prompt: 57, completion: 10, finish: 'stop', text: TEXT },
  'tgi-completions.sse': { ttft: 10, firstChoice: 10, textEvents: 10, prompt: 41, completion: 10, finish: 'length', text: TEXT },
  // usage on every chunk: the last one is the total
  'trtllm-chat.sse': { ttft: 11, firstChoice: 10, textEvents: 10, prompt: 57, completion: 10, finish: 'length', text: TEXT },
  'trtllm-completions.sse': { ttft: 10, firstChoice: 10, textEvents: 10, prompt: 41, completion: 10, finish: 'length', text: TEXT },
  'llamacpp-chat.sse': { ttft: 11, firstChoice: 10, textEvents: 10, prompt: 57, completion: 10, finish: 'stop', text: TEXT },
  // usage rides on the finish chunk
  'llamacpp-completions.sse': { ttft: 10, firstChoice: 10, textEvents: 10, prompt: 41, completion: 10, finish: 'length', text: TEXT },
};

describe('StreamAccumulator on engine transcripts', () => {
  for (const [file, e] of Object.entries(cases)) {
    it(`reads ${file}`, () => {
      const acc = fold(file);
      const s = acc.state;
      expect(s.ttft_ms).toBe(e.ttft);
      expect(s.first_choice_ms).toBe(e.firstChoice);
      expect(s.text_event_ms).toHaveLength(e.textEvents);
      expect(s.e2el_ms).toBe(s.text_event_ms.at(-1));
      expect(s.prompt_tokens).toBe(e.prompt);
      expect(s.usage_completion_tokens).toBe(e.completion);
      expect(s.finish_reason).toBe(e.finish);
      expect(s.done).toBe(true);
      expect(acc.text()).toBe(e.text);
    });
  }

  it('fails a malformed event and an in-stream error object by kind', () => {
    const kindOf = (data: string): string => {
      try {
        new StreamAccumulator(0).add(data, 1);
      } catch (err) {
        if (err instanceof StreamFailure) return err.kind;
        throw err;
      }
      return 'accepted';
    };
    expect(kindOf('{"choices": [')).toBe('malformed_event');
    expect(kindOf('not json')).toBe('malformed_event');
    expect(kindOf('[1,2]')).toBe('malformed_event');
    expect(kindOf('{"error":{"message":"boom","code":500}}')).toBe('server_error_event');
    expect(kindOf('{"object":"error","message":"boom"}')).toBe('server_error_event');
    expect(kindOf('{"choices":[]}')).toBe('accepted');
  });
});
