/**
 * A scripted OpenAI-compatible server for integration tests and benchmarks.
 *
 * It serves /health, /v1/models and streaming (or not) /v1/chat/completions and /v1/completions, emitting
 * one real engine's SSE shape (see stream-shapes.ts) at scripted times, with scripted faults. What each
 * request gets is deterministic from the request, so tests know the ground truth:
 *
 * - defaults from the server options (tokens, ttft_ms, itl_ms, ...), where `tokens` defaults to the
 *   request's max_tokens;
 * - then a directive anywhere in the prompt text or in any message content, e.g.
 *   `[[id=r1 tokens=8 ttft=30 itl=5 reasoning=2 fault=reset@3]]`
 *   (faults: status:503, reset@K, stall@K, garbage@K, error_event@K, close_before_response, close_if_reused,
 *   no_text);
 * - then `options.plan(request)` when given (in-process only).
 *
 * Every received request (headers and parsed body) and, per streamed response, the epoch time of every
 * frame written (`performance.timeOrigin + performance.now()`, comparable across processes on one host)
 * are recorded on the returned object and served at GET /debug/received and GET /debug/emissions;
 * GET /debug/clock answers the server's epoch time (to align clocks across processes).
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { contextRefusal, modelCardLimits, servedLimitsRoute } from './served-limits-routes.js';
import { buildFrames, type Api, type EngineShape, type Frame } from './stream-shapes.js';

export type Fault =
  | { kind: 'status'; status: number }
  | { kind: 'reset'; after_tokens: number }
  | { kind: 'stall'; after_tokens: number }
  | { kind: 'garbage'; after_tokens: number }
  | { kind: 'error_event'; after_tokens: number }
  /** Destroys the socket before any response byte, on the first attempt of this request only. */
  | { kind: 'close_before_response' }
  /** Destroys the socket before any response byte when it already served a request (llama-server's habit). */
  | { kind: 'close_if_reused' }
  /** A well-formed stream that carries no generated text. */
  | { kind: 'no_text' };

export interface RequestPlan {
  /** The request's name in the emission log (directive `id=`), or null. */
  id: string | null;
  /** Content events. */
  tokens: number;
  /** Reasoning events sent before content (chat: `reasoning_content`; completions: plain text). */
  reasoning: number;
  /** Delay from request arrival to the first text event. */
  ttft_ms: number;
  /** Delay between consecutive text events. */
  itl_ms: number;
  /** Delay from arrival to the role-only chunk (shapes that send one). */
  role_delay_ms: number;
  /** Server sends usage at all (when the request asks for it). False mimics a server without usage. */
  usage: boolean;
  prompt_tokens: number;
  fault: Fault | null;
}

export interface ReceivedRequest {
  seq: number;
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** Parsed JSON body, or null for bodiless requests. */
  body: unknown;
  received_epoch_ms: number;
  /** True when this request came on a socket that had already served a request (keep-alive). */
  socket_reused: boolean;
}

export interface Emission {
  seq: number;
  id: string | null;
  /** 1 for the first arrival of this id/body, 2 for a retry, ... */
  attempt: number;
  api: Api;
  plan: RequestPlan;
  received_epoch_ms: number;
  /**
   * When the request's head was parsed: the 'request' callback runs in the turn that read it from the
   * socket, before the body is awaited, so this is its arrival (the load bench's send lag is measured to it).
   */
  arrived_epoch_ms: number;
  role_epoch_ms: number | null;
  /** Epoch time each text event was written, in order. */
  text_epoch_ms: number[];
  /** Epoch time the response ended (or the socket was reset), null while open or stalled. */
  end_epoch_ms: number | null;
  /** Generated text as sent. */
  text: string;
  finish_reason: string | null;
}

export interface ScriptedServerOptions {
  shape?: EngineShape;
  model?: string;
  host?: string;
  port?: number;
  /** Defaults for every request; `tokens` undefined means "the request's max_tokens". */
  defaults?: Partial<Omit<RequestPlan, 'id' | 'fault' | 'prompt_tokens'>> & { fault?: Fault | null };
  plan?: (request: ReceivedRequest) => Partial<RequestPlan>;
  /** Keep received bodies and emission logs (default true; the memory benchmark turns it off). */
  record?: boolean;
  /** Told of every request but /debug/ ones as it arrives, recorded or not (bench/memory.ts times start-up with it). */
  onArrival?: (method: string, path: string, receivedEpochMs: number) => void;
  /** Tokens one request may use; reported and enforced as the shape's engine does (served-limits-routes.ts). */
  context_tokens?: number;
  /** Requests decoded at once, reported by the llamacpp shape's /props. */
  slots?: number;
}

export interface ScriptedServer {
  url: string;
  port: number;
  shape: EngineShape;
  received: ReceivedRequest[];
  emissions: Emission[];
  /** Emissions by directive id (last attempt wins). */
  emissionById(id: string): Emission | undefined;
  /** Clears the logs (not the attempt counters). */
  clear(): void;
  close(): Promise<void>;
}

const WORDS = ['the', 'model', 'writes', 'a', 'short', 'summary', 'of', 'news', 'about', 'weather', 'and', 'sport'];

export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * This process's `epochNow() − CLOCK_MONOTONIC` in ms. performance.now() is read from the system-wide
 * monotonic clock, so the difference is a constant of the process; two processes on one host map their
 * epoch stamps onto each other exactly through it, with no round-trip error.
 */
export function epochMinusMonotonicMs(): number {
  let best = Infinity;
  let value = 0;
  for (let i = 0; i < 64; i++) {
    const a = process.hrtime.bigint();
    const e = epochNow();
    const b = process.hrtime.bigint();
    if (b - a < best) {
      best = Number(b - a);
      value = e - Number((a + b) / 2n) / 1e6;
    }
  }
  return value;
}

/** The words of content piece i, deterministic. */
export function contentPiece(i: number): string {
  return ` ${WORDS[i % WORDS.length]}`;
}

export function parseFault(text: string): Fault {
  const status = /^status:(\d{3})$/.exec(text);
  if (status) return { kind: 'status', status: Number(status[1]) };
  const at = /^(reset|stall|garbage|error_event)@(\d+)$/.exec(text);
  if (at) return { kind: at[1] as 'reset', after_tokens: Number(at[2]) };
  if (text === 'close_before_response' || text === 'close_if_reused' || text === 'no_text') return { kind: text };
  throw new Error(`scripted server: unknown fault "${text}"`);
}

/** Reads `[[key=value ...]]` directives from the prompt or messages. */
export function parseDirective(body: Record<string, unknown>): Partial<RequestPlan> {
  const texts: string[] = [];
  if (typeof body.prompt === 'string') texts.push(body.prompt);
  if (Array.isArray(body.messages)) {
    for (const m of body.messages as Array<{ content?: unknown }>) if (typeof m?.content === 'string') texts.push(m.content);
  }
  const out: Partial<RequestPlan> = {};
  for (const t of texts) {
    for (const match of t.matchAll(/\[\[([^\]]*)\]\]/g)) {
      for (const pair of (match[1] ?? '').trim().split(/\s+/)) {
        const eq = pair.indexOf('=');
        if (eq < 0) continue;
        const key = pair.slice(0, eq);
        const value = pair.slice(eq + 1);
        switch (key) {
          case 'id': out.id = value; break;
          case 'tokens': out.tokens = Number(value); break;
          case 'reasoning': out.reasoning = Number(value); break;
          case 'ttft': out.ttft_ms = Number(value); break;
          case 'itl': out.itl_ms = Number(value); break;
          case 'role_delay': out.role_delay_ms = Number(value); break;
          case 'usage': out.usage = value !== 'false'; break;
          case 'fault': out.fault = parseFault(value); break;
          default: break;
        }
      }
    }
  }
  return out;
}

/** Whitespace-separated words of the prompt or messages: the scripted "prompt tokens". */
export function countPromptWords(body: Record<string, unknown>): number {
  let n = 0;
  const count = (s: string): number => s.split(/\s+/).filter((w) => w.length > 0).length;
  if (typeof body.prompt === 'string') n += count(body.prompt);
  if (Array.isArray(body.messages)) {
    for (const m of body.messages as Array<{ content?: unknown }>) if (typeof m?.content === 'string') n += count(m.content);
  }
  return n;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export async function startScriptedServer(options: ScriptedServerOptions = {}): Promise<ScriptedServer> {
  const shape = options.shape ?? 'vllm';
  const model = options.model ?? 'scripted-model';
  const record = options.record ?? true;
  const received: ReceivedRequest[] = [];
  const emissions: Emission[] = [];
  const attempts = new Map<string, number>();
  const sockets = new Set<Socket>();
  const servedOnSocket = new WeakMap<Socket, number>();
  const timers = new Set<NodeJS.Timeout>();
  let seq = 0;

  const server = http.createServer({ keepAlive: true }, (req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: { message: String(err) } });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 30_000;
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const arrivedAt = epochNow();
    // Stamp first, work later: requests read in the same turn are all stamped before any is handled, so
    // one request's arrival does not include the handling of those read before it.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const socket = req.socket;
    const served = servedOnSocket.get(socket) ?? 0;
    servedOnSocket.set(socket, served + 1);
    const raw = await readBody(req);
    const receivedAt = epochNow();
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    let body: unknown = null;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        sendJson(res, 400, { object: 'error', message: 'body is not JSON', type: 'BadRequestError', code: 400 });
        return;
      }
    }
    const request: ReceivedRequest = {
      seq: seq++, method: req.method ?? 'GET', path, headers: req.headers, body, received_epoch_ms: receivedAt, socket_reused: served > 0,
    };
    if (record && !path.startsWith('/debug/')) received.push(request);
    if (!path.startsWith('/debug/')) options.onArrival?.(request.method, path, receivedAt);

    if (req.method === 'GET' && path === '/health') return sendJson(res, 200, { status: 'ok' });
    if (req.method === 'GET' && path === '/v1/models') {
      return sendJson(res, 200, { object: 'list', data: [{ id: model, object: 'model', created: 1_700_000_000, owned_by: 'scripted', ...modelCardLimits(shape, options) }] });
    }
    const limits = servedLimitsRoute(shape, options, req.method ?? 'GET', path, body);
    if (limits) return sendJson(res, limits.status, limits.body);
    if (req.method === 'GET' && path === '/debug/clock') return sendJson(res, 200, { epoch_ms: epochNow(), epoch_minus_monotonic_ms: epochMinusMonotonicMs() });
    if (req.method === 'GET' && path === '/debug/received') return sendJson(res, 200, received);
    if (req.method === 'GET' && path === '/debug/emissions') return sendJson(res, 200, emissions);
    if (req.method === 'POST' && path === '/debug/clear') {
      received.length = 0;
      emissions.length = 0;
      return sendJson(res, 200, { ok: true });
    }
    const api: Api | null = path === '/v1/chat/completions' ? 'chat' : path === '/v1/completions' ? 'completions' : null;
    if (req.method !== 'POST' || api === null) return sendJson(res, 404, { object: 'error', message: `no route ${req.method} ${path}`, code: 404 });
    if (typeof body !== 'object' || body === null) return sendJson(res, 400, { object: 'error', message: 'body must be a JSON object', code: 400 });
    const b = body as Record<string, unknown>;
    if (api === 'chat' && !Array.isArray(b.messages)) return sendJson(res, 400, { object: 'error', message: 'messages is required', code: 400 });
    if (api === 'completions' && typeof b.prompt !== 'string') return sendJson(res, 400, { object: 'error', message: 'prompt is required', code: 400 });

    const refusal = contextRefusal(shape, options, countPromptWords(b), Number(b.max_tokens ?? b.max_completion_tokens ?? Infinity));
    if (refusal) return sendJson(res, refusal.status, refusal.body);
    const plan = makePlan(request, b);
    // Attempts are only tracked where they matter, so a long unrecorded run does not grow this map.
    let attempt = 1;
    if (record || plan.fault?.kind === 'close_before_response') {
      const key = plan.id ?? raw;
      attempt = (attempts.get(key) ?? 0) + 1;
      attempts.set(key, attempt);
    }

    if ((plan.fault?.kind === 'close_before_response' && attempt === 1) || (plan.fault?.kind === 'close_if_reused' && request.socket_reused)) {
      socket.destroy();
      return;
    }
    if (plan.fault?.kind === 'status') {
      return sendJson(res, plan.fault.status, { object: 'error', message: `scripted status ${plan.fault.status}`, type: 'InternalServerError', code: plan.fault.status });
    }
    const maxTokens = Number(b.max_tokens ?? b.max_completion_tokens ?? Infinity);
    const total = plan.fault?.kind === 'no_text' ? 0 : plan.reasoning + plan.tokens;
    const finish = total >= maxTokens ? 'length' : 'stop';
    const reasoning = Array.from({ length: plan.fault?.kind === 'no_text' ? 0 : plan.reasoning }, (_, i) => ` think${i}`);
    const content = Array.from({ length: plan.fault?.kind === 'no_text' ? 0 : plan.tokens }, (_, i) => contentPiece(i));
    const streamOptions = b.stream_options as { include_usage?: unknown } | undefined;
    const frames = buildFrames({
      shape, api, model, reasoning, content, prompt_tokens: plan.prompt_tokens, finish_reason: finish,
      include_usage: plan.usage && streamOptions?.include_usage === true, created: 1_700_000_000, request_seq: request.seq,
    });
    const emission: Emission = {
      seq: request.seq, id: plan.id, attempt, api, plan, received_epoch_ms: receivedAt, arrived_epoch_ms: arrivedAt, role_epoch_ms: null, text_epoch_ms: [],
      end_epoch_ms: null, text: [...reasoning, ...content].join(''), finish_reason: finish,
    };
    if (record) emissions.push(emission);

    if (b.stream !== true) {
      // Non-streamed answer after the whole scripted generation time.
      const wait = total > 0 ? plan.ttft_ms + (total - 1) * plan.itl_ms : 0;
      const t = setTimeout(() => {
        timers.delete(t);
        const usage = { prompt_tokens: plan.prompt_tokens, completion_tokens: total, total_tokens: plan.prompt_tokens + total };
        const choice = api === 'chat'
          ? { index: 0, message: { role: 'assistant', content: content.join(''), ...(reasoning.length ? { reasoning_content: reasoning.join('') } : {}) }, finish_reason: finish }
          : { index: 0, text: [...reasoning, ...content].join(''), finish_reason: finish };
        emission.end_epoch_ms = epochNow();
        sendJson(res, 200, { id: `scripted-${request.seq}`, object: api === 'chat' ? 'chat.completion' : 'text_completion', created: 1_700_000_000, model, choices: [choice], ...(plan.usage ? { usage } : {}) });
      }, wait);
      timers.add(t);
      return;
    }
    streamFrames(res, frames, plan, emission);
  }

  function makePlan(request: ReceivedRequest, body: Record<string, unknown>): RequestPlan {
    const d = options.defaults ?? {};
    const maxTokens = Number(body.max_tokens ?? body.max_completion_tokens ?? 16);
    const base: RequestPlan = {
      id: null,
      tokens: d.tokens ?? maxTokens,
      reasoning: d.reasoning ?? 0,
      ttft_ms: d.ttft_ms ?? 20,
      itl_ms: d.itl_ms ?? 5,
      role_delay_ms: d.role_delay_ms ?? 0,
      usage: d.usage ?? true,
      prompt_tokens: countPromptWords(body),
      fault: d.fault ?? null,
    };
    const plan = { ...base, ...parseDirective(body), ...(options.plan ? options.plan(request) : {}) };
    // Never send more than the request allowed, as engines do.
    if (Number.isFinite(maxTokens)) {
      plan.reasoning = Math.min(plan.reasoning, maxTokens);
      plan.tokens = Math.min(plan.tokens, maxTokens - plan.reasoning);
    }
    return plan;
  }

  function streamFrames(res: http.ServerResponse, frames: Frame[], plan: RequestPlan, emission: Emission): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.flushHeaders();
    const start = performance.now();
    let textSent = 0;
    let i = 0;
    let closed = false;
    let faultDone = false;
    res.on('close', () => { closed = true; });
    const faultAt = plan.fault && 'after_tokens' in plan.fault ? plan.fault.after_tokens : -1;

    // Due time of frame i (ms after arrival): role chunk at role_delay, text k at ttft + k*itl, tail at the last text.
    const dueOf = (frame: Frame, textIndex: number): number => {
      if (frame.kind === 'role') return plan.role_delay_ms;
      if (frame.kind === 'text') return plan.ttft_ms + textIndex * plan.itl_ms;
      return textIndex === 0 ? plan.ttft_ms : plan.ttft_ms + (textIndex - 1) * plan.itl_ms;
    };

    const step = (): void => {
      if (closed) return;
      while (i < frames.length) {
        if (textSent === faultAt && plan.fault && !faultDone) {
          faultDone = true;
          if (applyFault(res, plan.fault, emission)) return;
        }
        const frame = frames[i]!;
        const due = dueOf(frame, textSent);
        const wait = start + due - performance.now();
        if (wait > 0.5) {
          const t = setTimeout(() => { timers.delete(t); step(); }, Math.max(0, wait - 0.25));
          timers.add(t);
          return;
        }
        res.write(frame.bytes);
        const at = epochNow();
        if (frame.kind === 'role') emission.role_epoch_ms = at;
        if (frame.kind === 'text') {
          emission.text_epoch_ms.push(at);
          textSent += 1;
        }
        i += 1;
      }
      emission.end_epoch_ms = epochNow();
      res.end();
    };
    step();
  }

  /** Applies a mid-stream fault; returns true when the stream must stop here. */
  function applyFault(res: http.ServerResponse, fault: Fault, emission: Emission): boolean {
    switch (fault.kind) {
      case 'reset': {
        emission.end_epoch_ms = epochNow();
        const s = res.socket as Socket | null;
        if (s && typeof s.resetAndDestroy === 'function') s.resetAndDestroy();
        else res.destroy();
        return true;
      }
      case 'stall':
        // Keep the connection open and silent; close() or the client ends it.
        return true;
      case 'garbage':
        // A truncated JSON line, then the stream carries on as if nothing happened.
        res.write('data: {"choices":[{"index":0,"delta":{"content":"trunc\n\n');
        return false;
      case 'error_event':
        res.write(`data: ${JSON.stringify({ error: { object: 'error', message: 'scripted engine error', type: 'InternalServerError', code: 500 } })}\n\n`);
        emission.end_epoch_ms = epochNow();
        res.end();
        return true;
      default:
        return false;
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // A deep accept queue: benchmarks open a thousand connections at once.
    server.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1', backlog: 4096 }, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host ?? '127.0.0.1';

  return {
    url: `http://${host}:${port}`,
    port,
    shape,
    received,
    emissions,
    emissionById(id: string) {
      for (let k = emissions.length - 1; k >= 0; k--) if (emissions[k]!.id === id) return emissions[k];
      return undefined;
    },
    clear() {
      received.length = 0;
      emissions.length = 0;
    },
    close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
