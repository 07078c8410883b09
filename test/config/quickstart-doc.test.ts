import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { tempTree } from '../support/temp-tree.js';

/** docs/quickstart.md stays true: its seed files load as written, its workflows use real action inputs. */
const doc = readFileSync(new URL('../../docs/quickstart.md', import.meta.url), 'utf8');
const yamlBlocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
const actionYml = yaml.load(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as { inputs: Record<string, unknown> };

describe('docs/quickstart.md', () => {
  it('its seed layout (absolute paths, task.yaml with GPU_NAME, GPU_FP16, task_nums) loads as written, and so does its running-server host', () => {
    const root = tempTree({});
    // The doc's absolute paths, moved under a temporary root.
    const place = (text: string) => text.replaceAll('/raid/', `${root}/raid/`).replaceAll('/opt/', `${root}/opt/`);
    const [host, task, running] = yamlBlocks.map(place);
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write('opt/bench/host.yaml', host!);
    write('opt/bench/configs/acme/vllm/task.yaml', task!);
    write('opt/bench/host-running.yaml', running!);
    const config = loadConfig(join(root, 'opt/bench/host.yaml'), [], { allowPathsOutsideWorkspace: true });
    expect(config).toMatchObject({ engine: 'vllm', serving_engine: 'vllm', task_nums: 1000, gpu_name: 'H100-SXM', gpu_peaks_tflops: { FP16: 989.4 }, data_path: `${root}/raid/data/xsum/test.csv` });
    const attached = loadConfig(join(root, 'opt/bench/host-running.yaml'), [], { allowPathsOutsideWorkspace: true });
    expect(attached).toMatchObject({ engine: 'external', serving_engine: 'vllm', endpoint: 'http://10.0.0.5:8000', files: { task: join(root, 'opt/bench/configs/acme/vllm/task.yaml') } });
  });

  it('its workflows give the action only inputs action.yml declares', () => {
    const workflows = yamlBlocks.map((text) => yaml.load(text) as { jobs?: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }> }).filter((w) => w.jobs);
    expect(workflows).toHaveLength(2);
    for (const workflow of workflows) {
      const step = Object.values(workflow.jobs!).flatMap((job) => job.steps).find((s) => s.uses?.startsWith('infergate/infergate'));
      expect(step).toBeDefined();
      for (const input of Object.keys(step!.with ?? {})) expect(Object.keys(actionYml.inputs), input).toContain(input);
    }
  });
});
