/** Load generation: the public surface the pipeline calls. */
export { runLoad, FAILURE_KINDS, KEPT_FAILURE_MESSAGES } from './run-load.js';
export type { RunLoadInput, LoadOutcome, StepResult } from './run-load.js';
export type { LoadShape, SingleShape } from './load-shape.js';
export { checkShape, describeLoad, describeShape } from './load-shape.js';
export type { Api, ChatMessage, PromptInput, PromptSource, RequestQuirks, RequestSettings } from './request-body.js';
export { buildRequestBody } from './request-body.js';
export { decideFailureRate, enforceFailureRate } from './failure-rate.js';
export type { FailureRateDecision } from './failure-rate.js';
export type { RequestRecord, RequestFailure, FailureKind } from '../run-folder/request-record.js';
export { SseParser } from './sse-parser.js';
export type { SseEvent } from './sse-parser.js';
