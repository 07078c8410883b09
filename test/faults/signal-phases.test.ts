import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/actions/run.js';
import { deliverSignal } from '../../src/engine/index.js';
import type { RunPhase } from '../../src/pipeline/run-benchmark.js';
import { BUILT_CLI } from '../support/run-cli.js';
import { enginePgid, FAKE_ENGINE, faultTree, freePort, liveMembers, readResults, requestLines, startCli, waitFor, type CliRun, type TreeOptions } from './support/fault-run.js';

/**
 * A signal at every phase of a run (docs/fault-matrix.md, "Signals at every phase") ends it the same way:
 * exit 130, results.json `interrupted` naming the signal, every file of the run folder written, the engine
 * sent exactly one SIGTERM (the fake engine logs each it gets) and nothing it started left alive.
 *
 * Each (phase, signal) pair runs REPEAT times in this process, through runCommand (what `infergate run`
 * does once its arguments are parsed) and deliverSignal (what the process's SIGINT and SIGTERM handlers
 * call): the same shutdown path as a real signal, without signalling the test runner. Then one run of the
 * built CLI per phase takes a real signal. Every signal is sent only once an event shows the phase is
 * reached (a request the server saw, a line the engine or the CLI wrote, the pipeline's phase hook).
 */
const REPEAT = 20;
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const ARTICLES = ['Article one about the weather.', 'Article two about sport.'];

/** What the loopback server does: the endpoint of an `external` engine and the dataset hub in one. */
type ServerMode = 'ready' | 'never-ready';
interface LoopbackServer {
  url: string;
  mode: ServerMode;
  /** Streams are held open (one token, then nothing) so a request is in flight when the signal comes. */
  holdStreams: boolean;
  /** Called once per request with what it was: 'health', 'probe', 'stream', 'download'. */
  onRequest: (kind: string) => void;
  close(): void;
}

function startLoopbackServer(): Promise<LoopbackServer> {
  const state: LoopbackServer = { url: '', mode: 'ready', holdStreams: false, onRequest: () => undefined, close: () => server.close() };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      if (req.method === 'GET' && req.url?.startsWith('/hub/')) {
        state.onRequest('download');
        return; // never answered: the download is in progress until the client gives up
      }
      if (req.method === 'GET') {
        state.onRequest('health');
        return res.writeHead(state.mode === 'ready' ? 200 : 503, { 'content-type': 'application/json' }).end('{}');
      }
      const body = JSON.parse(raw || '{}') as { stream?: boolean };
      if (body.stream !== true) {
        state.onRequest('probe');
        return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ choices: [{ index: 0, message: { role: 'assistant', content: 'Hi' } }] }));
      }
      state.onRequest('stream');
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const chunk = (text: string) => `data: ${JSON.stringify({ id: 'x', choices: [{ index: 0, delta: { content: text }, finish_reason: null }] })}\n\n`;
      res.write(chunk('A short'));
      if (!state.holdStreams) res.end(`${chunk(' summary.')}data: [DONE]\n\n`);
    });
  });
  // Held streams end when the client aborts them; close() must not wait for them.
  server.on('connection', (socket) => socket.unref());
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve(state);
    }),
  );
}

interface PhaseCase {
  phase: RunPhase | 'endpoint';
  /** The engine is the fake engine process (else `external` at the loopback server). */
  launched?: boolean;
  tree: (server: LoopbackServer, port: number) => Omit<TreeOptions, 'port'>;
  /** Set up the server for this run and arm `send` on the event that proves the phase is reached. */
  arm: (server: LoopbackServer, send: () => void, runDir: string) => { onPhase?: (phase: RunPhase) => void; onEngineSpawn?: () => void };
}

const external = (server: LoopbackServer, extra: string[] = []): Omit<TreeOptions, 'port'> => ({
  binary: FAKE_ENGINE,
  articles: ARTICLES,
  engine: 'external',
  endpoint: server.url,
  hostExtra: ['model_name: model', ...extra],
});
const launched = (env: Record<string, string>, extra: string[] = []): Omit<TreeOptions, 'port'> => ({
  binary: FAKE_ENGINE,
  articles: ARTICLES,
  // It lingers a little after its SIGTERM, so a second SIGTERM would show in its log.
  env: { FAKE_ENGINE_STARTUP_MS: '0', FAKE_ENGINE_TERM_DELAY_MS: '100', ...env },
  engineOptions: ['  stop_grace_s: 10'],
  hostExtra: extra,
});
const onPhaseOf = (wanted: RunPhase, send: () => void) => ({ onPhase: (phase: RunPhase) => phase === wanted && send() });
const onServer = (server: LoopbackServer, kind: string, send: () => void) => {
  server.onRequest = (seen) => seen === kind && send();
  return {};
};

const phases: PhaseCase[] = [
  { phase: 'config', tree: (s) => external(s), arm: (_s, send) => onPhaseOf('config', send) },
  {
    phase: 'dataset',
    // No data_path: the XSum split is downloaded from the loopback "hub", which never answers.
    tree: (s) => ({ ...external(s, ['dataset:', `  hub_url: ${s.url}/hub`, '  cache_dir: cache']), dataPath: null }),
    arm: (s, send) => onServer(s, 'download', send),
  },
  {
    phase: 'endpoint',
    tree: (s) => external(s),
    arm: (s, send) => {
      s.mode = 'never-ready';
      return onServer(s, 'health', send);
    },
  },
  {
    phase: 'engine',
    launched: true,
    tree: () => launched({ FAKE_ENGINE_MODE: 'never-ready' }),
    // The engine has said it is up (it handles SIGTERM from then on), but is not ready.
    arm: (_s, send, runDir) => ({ onEngineSpawn: () => void waitForLine(join(runDir, 'output.txt'), 'listening on').then(send) }),
  },
  {
    phase: 'warm-up',
    tree: (s) => external(s, ['load:', '  shape: concurrency', '  concurrency: 1', '  warmup_requests: 2']),
    arm: (s, send) => {
      s.holdStreams = true;
      return onServer(s, 'stream', send);
    },
  },
  {
    phase: 'load',
    tree: (s) => external(s),
    arm: (s, send) => {
      s.holdStreams = true;
      return onServer(s, 'stream', send);
    },
  },
  { phase: 'read-back', tree: (s) => external(s), arm: (_s, send) => onPhaseOf('read-back', send) },
  { phase: 'scoring', tree: (s) => external(s), arm: (_s, send) => onPhaseOf('scoring', send) },
  { phase: 'report', tree: (s) => external(s), arm: (_s, send) => onPhaseOf('report', send) },
];

async function waitForLine(file: string, text: string): Promise<void> {
  await waitFor(`"${text}" in ${file}`, () => existsSync(file) && readFileSync(file, 'utf8').includes(text));
}

/** The files every interrupted run leaves, whatever the phase. */
const RUN_FOLDER_FILES = ['results.json', 'requests.jsonl', 'predictions.jsonl', 'console.log', 'report.html'];

async function expectInterrupted(runDir: string, signal: string, options: { launched: boolean }): Promise<void> {
  const results = readResults(runDir);
  expect(results.status).toBe('interrupted');
  expect(results.failure).toEqual({ message: expect.stringMatching(new RegExp(`^interrupted by ${signal}`)), exit_code: 130 });
  for (const file of RUN_FOLDER_FILES) expect(existsSync(join(runDir, file)), file).toBe(true);
  requestLines(runDir);
  // Nothing that was not measured is written as a figure: with no completed request, ROUGE and MFU are null.
  if ((results.headline.completed_requests ?? 0) === 0) {
    for (const name of ['rouge1', 'rouge2', 'rougeL', 'mfu']) expect(results.headline[name] ?? null, name).toBeNull();
  }
  if (!options.launched) return;
  const output = readFileSync(join(runDir, 'output.txt'), 'utf8');
  expect(output.match(/fake-engine: SIGTERM #\d+/g), 'SIGTERMs the engine received').toEqual(['fake-engine: SIGTERM #1']);
  expect(await liveMembers(enginePgid(runDir)!)).toEqual([]);
}

describe('a signal at every phase: exit 130, interrupted, every file written (in-process, the CLI shutdown path)', () => {
  let server: LoopbackServer;
  const home = process.cwd();
  beforeAll(async () => {
    server = await startLoopbackServer();
  });
  afterAll(() => {
    process.chdir(home);
    server.close();
  });

  for (const testCase of phases) {
    it.each(SIGNALS)(`${testCase.phase}, %s × ${REPEAT}`, async (signal) => {
      for (let i = 0; i < REPEAT; i++) {
        const cwd = faultTree({ port: await freePort(), ...testCase.tree(server, 0) });
        const runDir = join(cwd, 'run');
        server.mode = 'ready';
        server.holdStreams = false;
        server.onRequest = () => undefined;
        let sent = 0;
        const send = () => {
          // Exactly one signal per run: a second one would take the exit-at-once path.
          if (sent++ === 0) deliverSignal(signal);
        };
        const observers = testCase.arm(server, send, runDir);
        process.chdir(cwd);
        let code: number;
        try {
          code = await runCommand({ host: 'host.yaml', out: 'run' }, { onPhase: observers.onPhase, onEngineSpawn: observers.onEngineSpawn });
        } finally {
          process.chdir(home);
        }
        expect(sent, 'the phase was reached and the signal sent').toBeGreaterThanOrEqual(1);
        expect(code, `repetition ${i + 1}`).toBe(130);
        await expectInterrupted(runDir, signal, { launched: testCase.launched === true });
      }
    }, 120_000);
  }
});

describe.runIf(existsSync(BUILT_CLI))('a real signal at every phase: the built CLI exits 130 (dist/cli/index.js)', () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startLoopbackServer();
  });
  afterAll(() => server.close());

  interface CliCase {
    phase: string;
    signal: 'SIGINT' | 'SIGTERM';
    launched?: boolean;
    tree: (server: LoopbackServer) => Omit<TreeOptions, 'port'>;
    /** Resolves once the run is in the phase. */
    reached: (run: CliRun, runDir: string, server: LoopbackServer) => Promise<void>;
  }
  const serverSaw = (s: LoopbackServer, kind: string) => new Promise<void>((resolve) => (s.onRequest = (seen) => seen === kind && resolve()));
  const slowStreams = { FAKE_ENGINE_TOKEN_MS: '200' };
  const cliCases: CliCase[] = [
    // No config case here: the CLI prints nothing before reading its configuration (bad input must stay one
    // line on stderr), so no event shows that phase from outside; the in-process cases cover it.
    { phase: 'dataset', signal: 'SIGTERM', tree: (s) => ({ ...external(s, ['dataset:', `  hub_url: ${s.url}/hub`, '  cache_dir: cache']), dataPath: null }), reached: (_r, _d, s) => serverSaw(s, 'download') },
    {
      phase: 'endpoint',
      signal: 'SIGINT',
      tree: (s) => {
        s.mode = 'never-ready';
        return external(s);
      },
      reached: (_r, _d, s) => serverSaw(s, 'health'),
    },
    { phase: 'engine start-up', signal: 'SIGTERM', launched: true, tree: () => launched({ FAKE_ENGINE_MODE: 'never-ready' }), reached: (_r, runDir) => waitForLine(join(runDir, 'output.txt'), 'listening on') },
    { phase: 'warm-up', signal: 'SIGINT', launched: true, tree: () => launched(slowStreams, ['load:', '  warmup_requests: 2']), reached: (_r, runDir) => waitForLine(join(runDir, 'output.txt'), 'stream=true') },
    { phase: 'load', signal: 'SIGTERM', launched: true, tree: () => launched(slowStreams), reached: (_r, runDir) => waitForLine(join(runDir, 'output.txt'), 'stream=true') },
    {
      // The load is over and the engine is being stopped (it lingers 1 s after its SIGTERM): the signal
      // is handled before the records are read back.
      phase: 'after the load (engine stopping, read-back)',
      signal: 'SIGINT',
      launched: true,
      tree: () => ({ ...launched({ FAKE_ENGINE_TERM_DELAY_MS: '1000' }) }),
      reached: (_r, runDir) => waitForLine(join(runDir, 'output.txt'), 'fake-engine: SIGTERM #1'),
    },
  ];

  it.each(cliCases)('$phase, $signal → exit 130, interrupted', async (testCase) => {
    server.mode = 'ready';
    server.onRequest = () => undefined;
    const cwd = faultTree({ port: await freePort(), ...testCase.tree(server) });
    const runDir = join(cwd, 'run');
    const run = startCli(cwd);
    await testCase.reached(run, runDir, server);
    run.child.kill(testCase.signal);
    const { code, signal } = await run.done;
    expect({ code, signal }, run.stderr()).toEqual({ code: 130, signal: null });
    expect(run.stderr()).toContain(`${testCase.signal} received`);
    expect(run.stderr()).toMatch(new RegExp(`^infergate: interrupted by ${testCase.signal}`, 'm'));
    expect(run.stderr()).not.toMatch(/\n\s+at /);
    await expectInterrupted(runDir, testCase.signal, { launched: testCase.launched === true });
  }, 60_000);
});
