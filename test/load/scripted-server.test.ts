import { afterEach, describe, expect, it } from 'vitest';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';
import { ENGINE_SHAPES } from '../support/stream-shapes.js';

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function post(url: string, body: unknown): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

describe('scripted server', () => {
  it('serves health and models', async () => {
    server = await startScriptedServer({ model: 'm1' });
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const models = (await (await fetch(`${server.url}/v1/models`)).json()) as { data: Array<{ id: string }> };
    expect(models.data[0]?.id).toBe('m1');
  });

  for (const shape of ENGINE_SHAPES) {
    for (const api of ['chat', 'completions'] as const) {
      it(`streams ${shape} ${api} with scripted tokens and records the body`, async () => {
        server = await startScriptedServer({ shape, defaults: { ttft_ms: 10, itl_ms: 2 } });
        const body = api === 'chat'
          ? { model: 'x', messages: [{ role: 'user', content: 'hello there [[id=a tokens=4]]' }], max_tokens: 8, stream: true, stream_options: { include_usage: true } }
          : { model: 'x', prompt: 'hello there [[id=a tokens=4]]', max_tokens: 8, stream: true, stream_options: { include_usage: true } };
        const res = await post(`${server.url}/v1/${api === 'chat' ? 'chat/completions' : 'completions'}`, body);
        expect(res.status).toBe(200);
        const text = await res.text();
        expect(text.trimEnd().endsWith('[DONE]')).toBe(true);
        const em = server.emissionById('a')!;
        expect(em.text_epoch_ms).toHaveLength(4);
        expect(em.text).toBe(' the model writes a');
        expect(em.finish_reason).toBe('stop');
        expect(em.text_epoch_ms[0]! - em.received_epoch_ms).toBeGreaterThanOrEqual(9);
        expect(server.received[0]?.body).toMatchObject({ max_tokens: 8 });
        expect(text).toContain('"completion_tokens":4');
      });
    }
  }

  it('answers a scripted 5xx and closes the first attempt before any byte', async () => {
    server = await startScriptedServer();
    const r = await post(`${server.url}/v1/completions`, { prompt: '[[fault=status:503]]', max_tokens: 2, stream: true });
    expect(r.status).toBe(503);
    await expect(post(`${server.url}/v1/completions`, { prompt: '[[id=k fault=close_before_response]]', max_tokens: 2, stream: true })).rejects.toThrow();
    const again = await post(`${server.url}/v1/completions`, { prompt: '[[id=k fault=close_before_response]]', max_tokens: 2, stream: true });
    expect(again.status).toBe(200);
    expect(server.emissionById('k')?.attempt).toBe(2);
  });
});
