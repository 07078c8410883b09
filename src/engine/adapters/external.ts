import type { EngineAdapter } from '../engine-adapter.js';
import { OPENAI_QUIRKS } from '../engine-adapter.js';
import { servedName } from './common-args.js';

/** A server someone else started: nothing to launch or stop, only readiness and requests. */
export const externalAdapter: EngineAdapter = {
  name: 'external',
  launchCommand: () => null,
  readiness: { healthPaths: ['/health', '/v1/models'], probe: 'chat' },
  quirks: { ...OPENAI_QUIRKS },
  version: [{ kind: 'http', path: '/version', field: 'version' }],
  metricsPath: null,
  requestModel: servedName,
};
