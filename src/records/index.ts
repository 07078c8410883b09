/** requests.jsonl: one RequestRecord per line, written as requests complete. */
export { RequestsJsonlWriter } from './requests-jsonl-writer.js';
export { readRequestsJsonl, readRequestsJsonlAsync, parseRequestsJsonl, recordProblem } from './requests-jsonl-reader.js';
export type { ReadRequestsResult } from './requests-jsonl-reader.js';
