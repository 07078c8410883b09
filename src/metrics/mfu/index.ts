// MFU and MBU from the model's own config.json and a cited accelerator catalog (docs/mfu.md).
export { readModelSpec, parseModelConfig } from './model-config.js';
export { readGgufModelSpec, ggufModelSpec, storedBytesPerWeight } from './gguf-model.js';
export { readGgufHeader, parseGgufBytes, type GgufHeader, type GgufValue } from './gguf-header.js';
export type { ModelSpec, LayerSpec, AttentionSpec, MlpSpec } from './model-spec.js';
export { attentionTypeName } from './model-spec.js';
export { countParameters, type ParameterCount } from './parameter-count.js';
export { flopsPerToken, requestFlops, type AttentionConvention, type FlopsPerToken, type RequestFlops } from './flops.js';
export { kvBytesPerToken, kvBytesReadAtContext } from './kv-cache.js';
export { precisionOf, PRECISIONS, WEIGHT_BYTES, type Precision } from './precision.js';
export { loadCatalog, locateCatalog, findAccelerator, type Catalog, type AcceleratorEntry } from './catalog.js';
export { resolvePeak, TASK_BANDWIDTH_KEY, type PeakResolution, type ResolvePeakInput } from './peak.js';
export { computeUtilization, type UtilizationInput, type UtilizationRequest, type UtilizationResult, type MetricValue } from './utilization.js';
export { describeModel, type ModelDescription } from './describe.js';
export { utilizationHeadline, utilizationBlock } from './headline.js';
export { computeMfu, computeMfuOfRowsSafely, computeMfuSafely, type MfuOutcome } from './run-mfu.js';
