import type { BenchmarkConfig } from '../config/benchmark-config.js';
import { isRedactable, redactSecretArgs, registerSecret, secretArgValues } from '../util/secrets.js';

/**
 * Header values may name environment variables as `${NAME}` so tokens stay out of configuration files.
 * Every expanded value is handed to `mask` (core.setSecret in the action) before anything can print it.
 */
export function expandHeaders(headers: Record<string, string>, env: NodeJS.ProcessEnv, mask: (secret: string) => void): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const expanded = value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, variable: string) => env[variable] ?? '');
    if (expanded !== value || /authorization|token|key|secret/i.test(name)) {
      mask(expanded);
      registerSecret(expanded);
      // `Bearer <token>`: the token alone must go too, wherever it is quoted without its prefix.
      const bare = expanded.replace(/^(Bearer|Basic|Token)\s+/i, '');
      if (bare !== expanded) {
        mask(bare);
        registerSecret(bare);
      }
    }
    result[name] = expanded;
  }
  return result;
}

/**
 * Configuration as written into results.json: header values, secret-looking values and the values of
 * secret flags in extra_args replaced, whatever their length (the redaction by value skips short ones).
 */
export function redactConfig<T>(config: T): T {
  return JSON.parse(
    JSON.stringify(config, (key, value: unknown) => {
      if (key === 'headers' && typeof value === 'object' && value !== null) return Object.fromEntries(Object.keys(value).map((name) => [name, '***']));
      if (key === 'extra_args' && Array.isArray(value)) return redactSecretArgs(value.map(String));
      if (typeof value === 'string' && /token|secret|password|api_?key|authorization/i.test(key)) return '***';
      return value;
    }),
  ) as T;
}

/**
 * Secrets written in the configuration itself: the values after `--api-key`, `--token`, `--hf-token`
 * and the like in engine_options.extra_args, and the password of a URL (`user:password@host`). Each is
 * handed to `mask` and redacted by value from then on, wherever it appears: results.json's copy of the
 * configuration, the launch line, the engine's own echo of its arguments.
 */
export function registerConfigSecrets(config: Pick<BenchmarkConfig, 'engine_options' | 'endpoint'>, mask: (secret: string) => void): void {
  const values = [...secretArgValues(config.engine_options.extra_args ?? []), ...urlPasswords(config.endpoint)];
  for (const value of values) {
    // Too short to tell from ordinary words (`--api-key x` on a local server): neither masked nor redacted.
    if (!isRedactable(value)) continue;
    mask(value);
    registerSecret(value);
  }
}

function urlPasswords(url: string | null | undefined): string[] {
  if (!url) return [];
  try {
    const password = new URL(url).password;
    return password === '' ? [] : [...new Set([password, decodeURIComponent(password)])];
  } catch {
    return [];
  }
}
