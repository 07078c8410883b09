import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportError } from '../../src/cli/report-error.js';
import { runBenchmark } from '../../src/pipeline/run-benchmark.js';
import { freePort, removeTempDirs, tempDir } from '../support/fake-engine-settings.js';
import { tempTree } from '../support/temp-tree.js';

/** A launched engine whose executable is missing: the message names the key to set and is printed once. */
async function runWithMissingEngine(binary: string | null): Promise<{ printed: string[]; consoleLog: string; message: string }> {
  const data = readFileSync(new URL('../fixtures/xsum/sample-50.jsonl', import.meta.url), 'utf8');
  const port = await freePort();
  const root = tempTree({
    'model/config.json': '{}',
    'xsum.jsonl': data,
    'configs/acme/tgi/task.yaml': 'task_nums: 2\n',
  });
  const host = [
    `model_path: ${join(root, 'model')}`, `data_path: ${join(root, 'xsum.jsonl')}`, `log_path: ${join(root, 'log')}`, 'engine: tgi', 'gpu_nums: 0',
    'vendor: acme', `config_path: ${join(root, 'configs')}`, 'engine_options:', `  port: ${port}`, ...(binary ? [`  binary: ${binary}`] : []),
  ].join('\n');
  const hostPath = join(root, 'host.yaml');
  writeFileSync(hostPath, host);
  const printed: string[] = [];
  const log = { info: (m: string) => printed.push(`[infergate] ${m}`), warn: (m: string) => printed.push(`[infergate] warning: ${m}`) };
  const outDir = tempDir('engine-not-found-');
  const outcome = await runBenchmark(
    { hostPath, overrides: [], outDir, allowPathsOutsideWorkspace: true },
    { log, printLine: (line) => printed.push(line) },
  );
  // The CLI's one error handler, as `infergate run` calls it.
  reportError(outcome.error, (line) => printed.push(line.trimEnd()));
  return { printed, consoleLog: readFileSync(join(outDir, 'console.log'), 'utf8'), message: outcome.error?.message ?? '' };
}

describe('an engine that cannot start', () => {
  afterAll(removeTempDirs);

  it('names engine_options.binary when the engine is not on PATH, and the console shows it once', async () => {
    const { printed, consoleLog, message } = await runWithMissingEngine(null);
    expect(message).toContain('cannot start tgi engine `text-generation-launcher`: not found on PATH; install the engine, or set engine_options.binary');
    expect(printed.filter((line) => line.includes('cannot start tgi engine'))).toEqual([`infergate: ${message}`]);
    // console.log, the run folder's copy of the console, still records why the run failed.
    expect(consoleLog).toContain(`run failed: ${message}`);
  });

  it('says the configured engine_options.binary is not an executable', async () => {
    const { message } = await runWithMissingEngine('/nonexistent/text-generation-launcher');
    expect(message).toBe('cannot start tgi engine `/nonexistent/text-generation-launcher`: no such executable; engine_options.binary must name the engine\'s executable (or interpreter)');
  });
});
