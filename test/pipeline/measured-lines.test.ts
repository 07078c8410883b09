import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { metricOutputs } from '../../src/action/run-action.js';
import { runBenchmark } from '../../src/pipeline/run-benchmark.js';
import { silentLogger } from '../../src/util/logger.js';
import { tempTree } from '../support/temp-tree.js';

/**
 * A number is printed only if it was measured: a run in which no request completed prints no ROUGE or MFU
 * console line, and writes null (never 0) to results.json and the action's outputs.
 */
type Reply = 'refuse-probe' | 'fail-streams';

let server: Server | undefined;
afterEach(() => server?.close());

/** An `external` engine that refuses the readiness probe (it never starts), or answers every stream 500. */
function startServer(reply: Reply): Promise<string> {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      if (req.method === 'GET') return res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      const body = JSON.parse(raw || '{}') as { stream?: boolean };
      if (body.stream !== true) {
        if (reply === 'refuse-probe') return res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"no such model"}}');
        return res.writeHead(200, { 'content-type': 'application/json' }).end('{"choices":[{"index":0,"message":{"content":"Hi"}}]}');
      }
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"message":"out of memory"}}');
    });
  });
  return new Promise((resolve) => server!.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server!.address() as AddressInfo).port}`)));
}

async function runAgainst(reply: Reply) {
  const endpoint = await startServer(reply);
  const rows = ['1', '2'].map((id) => JSON.stringify({ id, document: `Article ${id} about the weather.`, summary: 'A summary.' }));
  const cwd = tempTree({
    'host.yaml': ['data_path: data.jsonl', 'log_path: logs', 'engine: external', `endpoint: ${endpoint}`, 'model_name: model', 'gpu_nums: 1', 'vendor: acme', 'config_path: cfg', 'telemetry:', '  enabled: false', ''].join('\n'),
    'cfg/acme/external/task.yaml': 'GPU_NAME: H100-SXM\nGPU_FP16: 989\ntask_nums: 2\nmfu:\n  dtype: BF16\n',
    'model/config.json': '{}',
    'data.jsonl': `${rows.join('\n')}\n`,
  });
  const lines: string[] = [];
  const outcome = await runBenchmark(
    { hostPath: join(cwd, 'host.yaml'), overrides: [`data_path=${join(cwd, 'data.jsonl')}`, `config_path=${join(cwd, 'cfg')}`, `log_path=${join(cwd, 'logs')}`], allowPathsOutsideWorkspace: true },
    { log: silentLogger, printLine: (line) => lines.push(line) },
  );
  const onDisk = JSON.parse(readFileSync(join(outcome.runDir, 'results.json'), 'utf8')) as { headline: Record<string, number | null>; metrics: Record<string, any> };
  return { outcome, lines, onDisk };
}

describe('only measured figures are printed', () => {
  it.each<[Reply, number]>([
    ['refuse-probe', 3],
    ['fail-streams', 4],
  ])('no request completed (%s): no ROUGE or MFU line, null in results.json and the action outputs', async (reply, exitCode) => {
    const { outcome, lines, onDisk } = await runAgainst(reply);
    expect(outcome.exitCode).toBe(exitCode);
    expect(lines.filter((line) => /^(ROUGE|MFU|TTFT|Throughput|Tps|Time)/.test(line))).toEqual([]);
    for (const name of ['rouge1', 'rouge2', 'rougeL', 'mfu', 'ttft_ms_mean', 'throughput_rps']) {
      expect(onDisk.headline[name] ?? null, name).toBeNull();
    }
    expect(onDisk.metrics.rouge).toEqual({ mode: 'rouge155', available: false, reason: expect.stringContaining('no request completed') });
    const outputs = Object.fromEntries(metricOutputs(outcome.results.headline));
    for (const name of ['rouge1', 'rouge2', 'mfu', 'ttft', 'throughput']) expect(outputs[name], name).toBe('null');
  });
});
