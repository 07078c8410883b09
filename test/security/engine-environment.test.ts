import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { buildEngineEnvironment } from '../../src/engine/engine-environment.js';
import { startEngine, type RunningEngine } from '../../src/engine/index.js';
import { InputError } from '../../src/util/errors.js';
import { isSecretName, redactSecrets } from '../../src/util/secrets.js';
import { fakeSettings, removeTempDirs } from '../support/fake-engine-settings.js';

/**
 * Finding 1 of issue 14: the engine (a pull request's build) was spawned with the whole environment, the
 * action's token among it as INPUT_GITHUB-TOKEN. Its environment is now built from an allow-list.
 */
const RUNNER_ENV = {
  PATH: '/usr/bin:/bin',
  HOME: '/home/runner',
  LC_ALL: 'C.UTF-8',
  CUDA_HOME: '/usr/local/cuda',
  NVIDIA_VISIBLE_DEVICES: 'all',
  HIP_VISIBLE_DEVICES: '0',
  ROCR_VISIBLE_DEVICES: '0',
  ASCEND_HOME_PATH: '/usr/local/Ascend',
  HF_HOME: '/cache/hf',
  'INPUT_GITHUB-TOKEN': 'ghs_inputTokenValue0123456789',
  INPUT_HOST: 'configs/host.yaml',
  ACTIONS_RUNTIME_TOKEN: 'runtime-token-0123456789',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/oidc',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token-0123456789',
  ACTIONS_RESULTS_URL: 'https://results.example/',
  GITHUB_TOKEN: 'ghs_githubTokenValue0123456789',
  GITHUB_WORKSPACE: '/work',
  RUNNER_TEMP: '/tmp/runner',
  HF_TOKEN: 'hf_notNamedSoNotPassed0123',
  AWS_SECRET_ACCESS_KEY: 'aws-secret-0123456789',
  SOME_OTHER_SETTING: 'x',
};

const NEVER = ['INPUT_GITHUB-TOKEN', 'INPUT_HOST', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_RESULTS_URL', 'GITHUB_TOKEN', 'GITHUB_WORKSPACE', 'RUNNER_TEMP', 'HF_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'SOME_OTHER_SETTING'];

describe('buildEngineEnvironment', () => {
  it('keeps PATH, HOME, locale, accelerator and cache variables and nothing of the action, the runner or its tokens', () => {
    const env = buildEngineEnvironment(RUNNER_ENV, { CUDA_VISIBLE_DEVICES: '0,1', VLLM_LOGGING_LEVEL: 'INFO' });
    expect(Object.keys(env).sort()).toEqual(['ASCEND_HOME_PATH', 'CUDA_HOME', 'CUDA_VISIBLE_DEVICES', 'HF_HOME', 'HIP_VISIBLE_DEVICES', 'HOME', 'LC_ALL', 'NVIDIA_VISIBLE_DEVICES', 'PATH', 'ROCR_VISIBLE_DEVICES', 'VLLM_LOGGING_LEVEL']);
  });

  it('passes a token only when engine_options.env names it, and redacts its value from then on', () => {
    const env = buildEngineEnvironment(RUNNER_ENV, { HF_TOKEN: '${HF_TOKEN}', MODEL_CACHE: '${HF_HOME}/models' });
    expect(env.HF_TOKEN).toBe(RUNNER_ENV.HF_TOKEN);
    expect(env.MODEL_CACHE).toBe('/cache/hf/models');
    expect(redactSecrets(`token ${RUNNER_ENV.HF_TOKEN} cache /cache/hf/models`)).toBe('token *** cache /cache/hf/models');
  });

  it('property: whatever the runner holds, nothing of INPUT_*, ACTIONS_*, GITHUB_*, RUNNER_* or a secret name passes', () => {
    const name = fc.oneof(
      fc.constantFrom('INPUT_', 'ACTIONS_', 'GITHUB_', 'RUNNER_', 'CUDA_', 'HF_', 'LC_', 'VLLM_', 'input_', '').chain((prefix) => fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/).map((rest) => `${prefix}${rest}`)),
      fc.constantFrom('INPUT_GITHUB-TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'GITHUB_TOKEN', 'VLLM_API_KEY', 'CUDA_SECRET'),
    );
    fc.assert(
      fc.property(fc.dictionary(name, fc.string()), (parent) => {
        for (const key of Object.keys(buildEngineEnvironment(parent, {}))) {
          expect(key).not.toMatch(/^(INPUT_|ACTIONS_|GITHUB_|RUNNER_)/i);
          expect(isSecretName(key), key).toBe(false);
        }
      }),
    );
  });

  it('refuses to pass the action inputs or the runner tokens even when engine_options.env names them', () => {
    expect(() => buildEngineEnvironment(RUNNER_ENV, { 'INPUT_GITHUB-TOKEN': 'x' })).toThrow(InputError);
    expect(() => buildEngineEnvironment(RUNNER_ENV, { TOKEN: '${ACTIONS_RUNTIME_TOKEN}' })).toThrow(/never passed to the engine/);
    expect(() => buildEngineEnvironment(RUNNER_ENV, { GITHUB_TOKEN: 'x' })).toThrow(InputError);
  });
});

afterAll(removeTempDirs);
const started: RunningEngine[] = [];
const saved = { ...process.env };
afterEach(async () => {
  await Promise.all(started.splice(0).map((engine) => engine.stop().catch(() => undefined)));
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  Object.assign(process.env, saved);
});

describe('a real engine child process', () => {
  it('starts without INPUT_*, ACTIONS_*, GITHUB_TOKEN, runner or OIDC variables, with what engine_options.env names', async () => {
    for (const name of NEVER) process.env[name] = RUNNER_ENV[name as keyof typeof RUNNER_ENV];
    process.env.HF_HOME = RUNNER_ENV.HF_HOME;
    const settings = await fakeSettings('llamacpp', { FAKE_ENGINE_PRINT_ENV: '1', HF_TOKEN: '${HF_TOKEN}' });
    const engine = await startEngine(settings, { pollMs: 50 });
    started.push(engine);
    await engine.stop();
    const log = readFileSync(join(settings.logDir, 'output.txt'), 'utf8');
    const line = log.split('\n').find((l) => l.includes('environment names: '));
    expect(line, log).toBeDefined();
    const names = JSON.parse(line!.slice(line!.indexOf('environment names: ') + 'environment names: '.length)) as string[];
    expect(names).toEqual(expect.arrayContaining(['PATH', 'HF_HOME', 'FAKE_ENGINE_PORT', 'HF_TOKEN']));
    for (const name of NEVER.filter((n) => n !== 'HF_TOKEN')) expect(names, name).not.toContain(name);
    expect(names.filter((n) => /^(INPUT_|ACTIONS_|GITHUB_|RUNNER_)/.test(n))).toEqual([]);
  }, 30_000);
});

/** Every process src/ starts gets an environment written out (`env:`), never the inherited one. */
const SRC = fileURLToPath(new URL('../../src', import.meta.url));
const CHILD_CALL = /\b(spawn|spawnSync|execFile|execFileSync|fork)\s*\(/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** The text of each child-process call, up to its closing parenthesis. */
function childCalls(code: string): string[] {
  const calls: string[] = [];
  for (const match of code.matchAll(CHILD_CALL)) {
    let depth = 0;
    let end = match.index + match[0].length - 1;
    for (; end < code.length; end++) {
      if (code[end] === '(') depth++;
      else if (code[end] === ')' && --depth === 0) break;
    }
    calls.push(code.slice(match.index, end + 1));
  }
  return calls;
}

/** Where a call's `env` comes from: the built environment, or a parameter that carries it. */
function envSource(call: string): string | null {
  return /\benv\s*[,}]/.test(call) || /\benv\s*:\s*[\w.]+/.test(call) ? (call.match(/\benv\s*:\s*([\w.]+)/)?.[1] ?? 'env') : null;
}

describe('scan: no spawn in src/ receives an INPUT_* variable', () => {
  it('the scan finds a call without env', () => {
    expect(childCalls("spawn(cmd, args, { detached: true })").map(envSource)).toEqual([null]);
    expect(childCalls('execFile(path, args, { timeout: 1, env }, (e) => f(e))').map(envSource)).toEqual(['env']);
  });

  it('every spawn/execFile in src/ passes an env, and each such env is built by buildEngineEnvironment', () => {
    const files = sourceFiles(SRC).filter((file) => /['"](?:node:)?child_process['"]/.test(readFileSync(file, 'utf8')));
    expect(files.length).toBeGreaterThan(0);
    const findings: string[] = [];
    for (const file of files) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
      for (const call of childCalls(code)) {
        const source = envSource(call);
        if (source === null) findings.push(`${relative(SRC, file)}: ${call.slice(0, 60)} inherits the whole environment`);
      }
      // The file either builds the environment itself or receives it from a caller that does.
      const builds = /buildEngineEnvironment\(/.test(code);
      const receives = /\benv: NodeJS\.ProcessEnv\b/.test(code) && !/process\.env\b(?!\.PATH)/.test(code);
      if (!builds && !receives) findings.push(`${relative(SRC, file)}: starts a process without buildEngineEnvironment`);
    }
    expect(findings).toEqual([]);
    // The callers that hand an environment down build it: readVersion is only called with a built one.
    const callers = sourceFiles(SRC).filter((file) => /\breadVersion\(/.test(readFileSync(file, 'utf8')) && !file.endsWith('engine-version.ts'));
    for (const file of callers) {
      for (const match of readFileSync(file, 'utf8').matchAll(/readVersion\([^;]*?env(?::\s*([^}]+))?\s*}/g)) {
        const expr = (match[1] ?? 'env').trim();
        expect(expr === 'env' || expr.startsWith('buildEngineEnvironment('), `${relative(SRC, file)}: readVersion env ${expr}`).toBe(true);
      }
    }
  });
});
