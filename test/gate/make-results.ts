import type { Headline, ResultsDocument } from '../../src/run-folder/results-document.js';

/** A valid results document with the given headline; everything else plausible and fixed. */
export function makeResults(headline: Headline, extra: Partial<ResultsDocument> = {}): ResultsDocument {
  return {
    schema: 'infergate/results',
    schema_version: 1,
    infergate_version: '0.1.0',
    run_id: extra.run_id ?? 'run-1',
    status: 'completed',
    failure: null,
    started_at: '2026-11-26T10:00:00Z',
    finished_at: '2026-11-26T10:05:00Z',
    config: {},
    environment: {
      accelerator: 'NVIDIA H100 80GB HBM3',
      accelerator_count: 1,
      driver: '550.54.15',
      engine: 'vllm',
      engine_version: '0.6.3',
      model: 'Qwen/Qwen2.5-0.5B-Instruct',
      dataset_rows: 100,
      load_shape: 'concurrency=8',
      infergate_version: '0.1.0',
    },
    dataset: null,
    definitions: {},
    metrics: {},
    headline,
    files: {},
    ...extra,
  };
}

/** A history of runs whose `metric` takes the given values, every other metric fixed. */
export function makeHistory(metric: string, values: number[], fixed: Headline = {}): ResultsDocument[] {
  return values.map((v, i) => makeResults({ ...fixed, [metric]: v }, { run_id: `base-${i}` }));
}
