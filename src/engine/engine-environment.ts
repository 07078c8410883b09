import { InputError } from '../util/errors.js';
import { isSecretName, registerSecret } from '../util/secrets.js';

/**
 * The engine's environment is built, not inherited (SECURITY.md, "engine environment"). The engine is a
 * pull request's build or a model with remote code; the runner's environment holds the action's inputs
 * (the token arrives as `INPUT_GITHUB-TOKEN`), the runtime and OIDC tokens and whatever secrets the
 * workflow exported. Only what an engine needs to find its tools, libraries, accelerator and caches passes
 * (docs/engines.md lists it), plus what `engine_options.env` names; a secret reaches the engine only when
 * engine_options.env names it (`HF_TOKEN: ${HF_TOKEN}`).
 */
const ALLOWED_NAMES = new Set([
  'PATH', 'HOME', 'USER', 'LOGNAME', 'SHELL', 'TMPDIR', 'TMP', 'TEMP', 'TZ', 'TERM', 'LANG', 'LANGUAGE',
  'LD_LIBRARY_PATH', 'LIBRARY_PATH', 'CPATH', 'PYTHONPATH', 'PYTHONHOME', 'VIRTUAL_ENV', 'CONDA_PREFIX', 'CONDA_DEFAULT_ENV',
  'OMP_NUM_THREADS', 'MKL_NUM_THREADS', 'TOKENIZERS_PARALLELISM', 'XDG_CACHE_HOME',
  'HF_HOME', 'HF_HUB_CACHE', 'HF_HUB_OFFLINE', 'HF_DATASETS_CACHE', 'HF_HUB_ENABLE_HF_TRANSFER', 'TRANSFORMERS_CACHE', 'TRANSFORMERS_OFFLINE',
  'TORCH_HOME', 'TORCHINDUCTOR_CACHE_DIR', 'TRITON_CACHE_DIR', 'MODELSCOPE_CACHE',
]);

/** Locale, accelerator runtimes (NVIDIA, AMD, Huawei Ascend, Intel), collective libraries, engines' own settings. */
const ALLOWED_PREFIXES = [
  'LC_',
  'CUDA_', 'NVIDIA_', 'NCCL_', 'CUBLAS_', 'CUDNN_', 'HIP_', 'ROCR_', 'ROCM_', 'HSA_', 'ASCEND_', 'HCCL_', 'LCCL_', 'ATB_', 'ZE_', 'ONEAPI_',
  'PYTORCH_', 'TORCH_', 'TRITON_', 'VLLM_', 'SGLANG_', 'LMDEPLOY_', 'TLLM_', 'MINDIE_', 'MIES_', 'LLAMA_', 'GGML_',
];

/**
 * Never passed, even when named in engine_options.env: the action's inputs, the runner's runtime and OIDC
 * request tokens, the job's GitHub token, and the runner's own settings.
 */
const FORBIDDEN = /^(?:INPUT_|ACTIONS_|GITHUB_|RUNNER_)/i;

export function isForbiddenEngineVariable(name: string): boolean {
  return FORBIDDEN.test(name);
}

function inherited(name: string): boolean {
  if (isForbiddenEngineVariable(name) || isSecretName(name)) return false;
  return ALLOWED_NAMES.has(name) || ALLOWED_PREFIXES.some((prefix) => name.startsWith(prefix));
}

/**
 * The environment the engine (and its version probe) is started with: the allowed part of `parent`, then
 * `configured` (the adapter's device variables and engine_options.env) over it. A configured value written
 * `${NAME}` is read from `parent`, so a token can be handed over without being written in a file; it is
 * registered as a secret when its name, or the name it is read from, looks like one. Throws InputError
 * (exit 2) for a forbidden name.
 */
export function buildEngineEnvironment(parent: NodeJS.ProcessEnv, configured: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value !== undefined && inherited(name)) env[name] = value;
  }
  for (const [name, raw] of Object.entries(configured)) {
    if (isForbiddenEngineVariable(name)) {
      throw new InputError(`engine_options.env: ${name} is never passed to the engine (INPUT_*, ACTIONS_*, GITHUB_* and RUNNER_* carry the action's inputs and the runner's tokens)`);
    }
    let secret = isSecretName(name);
    const value = raw.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, variable: string) => {
      if (isForbiddenEngineVariable(variable)) throw new InputError(`engine_options.env: ${name} reads \${${variable}}, which is never passed to the engine`);
      secret ||= isSecretName(variable);
      return parent[variable] ?? '';
    });
    if (secret) registerSecret(value);
    env[name] = value;
  }
  return env;
}
