import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBenchmark } from '../../src/pipeline/run-benchmark.js';
import { readAllRecords } from '../../src/run-folder/request-columns.js';
import { RUN_FILES } from '../../src/run-folder/layout.js';
import { readRequestsJsonl } from '../../src/run-folder/requests-jsonl-reader.js';
import { silentLogger } from '../../src/util/logger.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';
import { tempTree } from '../support/temp-tree.js';

/** Every value reachable from `value` that is an object other than a typed array, counted by kind. */
function heldObjects(value: unknown, seen = new Set<unknown>()): { plainObjects: number; arrays: number } {
  const count = { plainObjects: 0, arrays: 0 };
  const visit = (v: unknown): void => {
    if (typeof v !== 'object' || v === null || seen.has(v) || ArrayBuffer.isView(v)) return;
    seen.add(v);
    if (Array.isArray(v)) count.arrays += 1;
    else count.plainObjects += 1;
    for (const child of Object.values(v)) visit(child);
  };
  visit(value);
  return count;
}

/**
 * Issue 17 item 5: after the load, the run holds its requests as typed columns, not an object a request.
 * What the run hands on (the report, the gate) carries no record list, and the number of objects it holds
 * does not grow with the requests: a count of objects, not a measure of memory or time.
 */
describe('the run outcome after the load', () => {
  let server: ScriptedServer;
  beforeAll(async () => {
    server = await startScriptedServer({ shape: 'vllm', model: 'scripted', defaults: { tokens: 3, ttft_ms: 0, itl_ms: 0 } });
  });
  afterAll(async () => server?.close());

  const run = async (requests: number) => {
    const data = readFileSync(new URL('../fixtures/xsum/sample-50.jsonl', import.meta.url), 'utf8');
    const root = tempTree({ 'xsum.jsonl': data, 'configs/acme/external/task.yaml': `task_nums: ${requests}\nload:\n  shape: concurrency\n  concurrency: 4\n  warmup_requests: 0\n` });
    const host = [`data_path: ${join(root, 'xsum.jsonl')}`, `log_path: ${join(root, 'log')}`, 'vendor: acme', `config_path: ${join(root, 'configs')}`, `endpoint: ${server.url}`, 'model_name: scripted', 'engine: external', 'telemetry:', '  enabled: false'];
    writeFileSync(join(root, 'host.yaml'), host.join('\n'));
    return runBenchmark({ hostPath: join(root, 'host.yaml'), overrides: [], allowPathsOutsideWorkspace: true }, { log: silentLogger, printLine: () => undefined });
  };

  it('carries typed columns and no record objects, whatever the number of requests', async () => {
    const few = await run(5);
    const many = await run(50);
    expect(many.exitCode).toBe(0);
    expect('records' in many).toBe(false);
    expect(many.columns.length).toBe(50);
    // The columns are typed arrays, and no more objects are held for 50 requests than for 5.
    expect(heldObjects(many.columns)).toEqual(heldObjects(few.columns));
    expect(heldObjects(many.columns).arrays).toBe(0);
    // Yet every record is there to read back whole, from its line of requests.jsonl.
    expect(readAllRecords(many.columns)).toEqual(readRequestsJsonl(join(many.runDir, RUN_FILES.requests)).records);
  });
});
