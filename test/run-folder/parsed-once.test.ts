import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import * as reader from '../../src/run-folder/requests-jsonl-reader.js';
import * as columnsReader from '../../src/run-folder/requests-jsonl-columns.js';
import { columnsFromRecords } from '../../src/run-folder/request-columns.js';
import { AB_FOLDER, REPORT_FILES, RUN_FILES } from '../../src/run-folder/layout.js';
import { runAb } from '../../src/pipeline/ab-run.js';
import { silentLogger } from '../../src/util/logger.js';
import { readResultsFile } from '../../src/run-folder/results-file.js';
import { baselineFromFile } from '../../src/gate/baseline-set.js';
import { DEFAULT_THRESHOLDS } from '../../src/gate/thresholds-config.js';
import { decideGate } from '../../src/pipeline/gate-step.js';
import { DEFAULT_SETTINGS } from '../../src/config/settings-schema.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';
import { tempTree } from '../support/temp-tree.js';

/** Every entry of the one requests.jsonl reader, wrapped so each parse of the file is counted. */
vi.mock('../../src/run-folder/requests-jsonl-columns.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/run-folder/requests-jsonl-columns.js')>();
  return { ...real, readRequestColumns: vi.fn(real.readRequestColumns), readRequestColumnsSync: vi.fn(real.readRequestColumnsSync) };
});
vi.mock('../../src/run-folder/requests-jsonl-reader.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/run-folder/requests-jsonl-reader.js')>();
  return {
    ...real,
    requestRecords: vi.fn(real.requestRecords),
    readRequestsJsonl: vi.fn(real.readRequestsJsonl),
    readRequestsJsonlAsync: vi.fn(real.readRequestsJsonlAsync),
    parseRequestsJsonl: vi.fn(real.parseRequestsJsonl),
  };
});

const ENTRIES = ['requestRecords', 'readRequestsJsonl', 'readRequestsJsonlAsync', 'parseRequestsJsonl'] as const;
const COLUMN_ENTRIES = ['readRequestColumns', 'readRequestColumnsSync'] as const;

/** The files each reader entry was called on, in order. */
function parses(): string[] {
  return [
    ...ENTRIES.flatMap((name) => vi.mocked(reader[name]).mock.calls.map((call) => `${name} ${String(call[0])}`)),
    ...COLUMN_ENTRIES.flatMap((name) => vi.mocked(columnsReader[name]).mock.calls.map((call) => `${name} ${String(call[0])}`)),
  ];
}

async function cli(args: string[]): Promise<number> {
  const quiet = (): boolean => true;
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(quiet);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(quiet);
  try {
    return await runCli(args);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** Issue 15: requests.jsonl is parsed once per run; metrics, report and exports share what was read. */
describe('requests.jsonl in a run', () => {
  let server: ScriptedServer;
  beforeAll(async () => {
    server = await startScriptedServer({ shape: 'vllm', model: 'scripted', defaults: { tokens: 4, ttft_ms: 1, itl_ms: 1 } });
  });
  afterAll(async () => server?.close());

  /** A workspace whose host.yaml reaches the scripted server for 4 requests; returns host.yaml's path. */
  const workspace = (): string => {
    const data = readFileSync(new URL('../fixtures/xsum/sample-50.jsonl', import.meta.url), 'utf8');
    const root = tempTree({ 'xsum.jsonl': data, 'configs/acme/external/task.yaml': 'task_nums: 4\nload:\n  shape: concurrency\n  concurrency: 2\n' });
    const host = [`data_path: ${join(root, 'xsum.jsonl')}`, `log_path: ${join(root, 'log')}`, 'vendor: acme', `config_path: ${join(root, 'configs')}`, `endpoint: ${server.url}`, 'model_name: scripted', 'engine: external', 'telemetry:', '  enabled: false'];
    writeFileSync(join(root, 'host.yaml'), host.join('\n'));
    return join(root, 'host.yaml');
  };

  it('`infergate run` parses it once, and the report and exports are still drawn from its records', async () => {
    const hostFile = workspace();
    const runDir = join(dirname(hostFile), 'run');
    vi.clearAllMocks();

    expect(await cli(['run', '--host', hostFile, '--out', runDir, '--allow-paths-outside-workspace'])).toBe(0);

    expect(parses()).toEqual([`readRequestColumns ${join(runDir, RUN_FILES.requests)}`]);
    const csv = readFileSync(join(runDir, REPORT_FILES.requestsCsv), 'utf8').trim().split('\n');
    // The header, a row per request of the default warm-up (flagged), and the 4 measured requests.
    expect(csv).toHaveLength(1 + DEFAULT_SETTINGS.load.warmup_requests + 4);
    expect(existsSync(join(runDir, REPORT_FILES.html))).toBe(true);
  });

  it('the gate\'s quality check (paired with the baseline\'s predictions) uses the records it is handed, and reads the file only without them', async () => {
    const hostFile = workspace();
    const folder = async (name: string): Promise<string> => {
      const dir = join(dirname(hostFile), name);
      expect(await cli(['run', '--host', hostFile, '--out', dir, '--allow-paths-outside-workspace'])).toBe(0);
      return dir;
    };
    const baselineDir = await folder('baseline');
    const runDir = await folder('run');
    const currentPath = join(runDir, RUN_FILES.results);
    const records = reader.readRequestsJsonl(join(runDir, RUN_FILES.requests)).records;
    const reference = { thresholds: DEFAULT_THRESHOLDS, baseline: baselineFromFile(join(baselineDir, RUN_FILES.results)) };
    expect(reference.baseline.predictions).toBeDefined();
    vi.clearAllMocks();

    const handed = decideGate(readResultsFile(currentPath), reference, runDir, currentPath, columnsFromRecords(records));
    expect(parses()).toEqual([]);
    expect(handed.comparison.notices.filter((n) => n.startsWith('Quality'))).toEqual([]);

    const read = decideGate(readResultsFile(currentPath), reference, runDir, currentPath);
    expect(parses()).toEqual([`readRequestsJsonl ${join(runDir, RUN_FILES.requests)}`]);
    expect(read.comparison).toEqual(handed.comparison);
  });

  it('`infergate ab` parses each block\'s requests.jsonl once, the quality check on the first head block included', async () => {
    const twin = await startScriptedServer({ shape: 'vllm', model: 'scripted', defaults: { tokens: 4, ttft_ms: 1, itl_ms: 1 } });
    try {
      const hostFile = workspace();
      writeFileSync(join(dirname(hostFile), 'configs/acme/external/task.yaml'), `task_nums: 4\nload:\n  shape: concurrency\n  concurrency: 2\nab:\n  base: { endpoint: "${twin.url}" }\n  min_pairs: 3\n  max_pairs: 3\n`);
      vi.clearAllMocks();

      const outcome = await runAb({ hostPath: hostFile, overrides: [], baseOverrides: [], allowPathsOutsideWorkspace: true }, { log: silentLogger, printLine: () => undefined });

      const document = JSON.parse(readFileSync(join(outcome.abDir, AB_FOLDER.document), 'utf8')) as { blocks: Array<{ folder: string }>; quality?: unknown };
      expect(document.blocks).toHaveLength(6);
      expect(document.quality).toBeDefined();
      expect(parses().sort()).toEqual(document.blocks.map((b) => `readRequestColumns ${join(outcome.abDir, b.folder, RUN_FILES.requests)}`).sort());
    } finally {
      await twin.close();
    }
  });
});
