import type { EngineAdapter } from '../engine-adapter.js';
import { OPENAI_QUIRKS } from '../engine-adapter.js';
import { launch, servedName } from './common-args.js';

/**
 * Huawei MindIE Service. Its daemon takes no model arguments: model, port and parallelism live in its
 * config.json, which settings.configFile points at (MIES_CONFIG_JSON_PATH). The settings' host, port and
 * served model name must agree with that file; docs/engines.md lists the keys.
 */
export const mindieAdapter: EngineAdapter = {
  name: 'mindie',
  launchCommand: (settings) => {
    const env: Record<string, string> = {};
    if (settings.visibleDevices !== undefined) env.ASCEND_RT_VISIBLE_DEVICES = settings.visibleDevices;
    if (settings.configFile !== undefined) env.MIES_CONFIG_JSON_PATH = settings.configFile;
    return launch(settings, 'mindieservice_daemon', [], { ...env, ...settings.env });
  },
  readiness: { healthPaths: ['/health', '/v1/models'], probe: 'chat' },
  quirks: { ...OPENAI_QUIRKS },
  version: [],
  metricsPath: null,
  requestModel: servedName,
};
