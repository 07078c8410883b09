// The engine stage's public surface: what the pipeline and the action's post step call.
export { adapterFor } from './adapters.js';
export type { EngineAdapter, EngineQuirks, LaunchCommand, ReadinessSpec, VersionSource } from './engine-adapter.js';
export { ENGINE_NAMES, DEFAULT_STARTUP_TIMEOUT_S, isEngineName } from './engine-settings.js';
export type { EngineName, EngineSettings, RaySettings } from './engine-settings.js';
export { startEngine, ERROR_TAIL_LINES } from './supervisor.js';
export type { EngineExit, RunningEngine, StartOptions } from './supervisor.js';
export { killProcessGroup, isGroupAlive, groupMembers } from './process-group.js';
export { readProcessRecord } from './process-record.js';
export type { ProcessRecord } from './process-record.js';
export { startTelemetry } from './telemetry/telemetry-sampler.js';
export type { TelemetryOptions, TelemetrySampler, TelemetrySummary, TelemetryToolName } from './telemetry/telemetry-sampler.js';
export type { TelemetrySample } from './telemetry/telemetry-sample.js';
export { integrateEnergy, tokensPerJoule } from './telemetry/energy.js';
export { stopLeftoverEngine } from './leftover-engine.js';
export type { LeftoverCleanup } from './leftover-engine.js';
