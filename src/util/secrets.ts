/**
 * Secret values infergate must never write: tokens from the environment (HF_TOKEN, GITHUB_TOKEN, any
 * *_TOKEN, *_API_KEY, *_SECRET, *_PASSWORD) and header values expanded from `${NAME}` (pipeline/secrets.ts).
 * `redactSecrets` replaces them in text bound for a file or the console: output.txt (an engine may print
 * its environment), console.log, error messages and results.json. In the action they are also handed to
 * core.setSecret, which masks the job log itself.
 */
// `-` separates words too: the action's token arrives as INPUT_GITHUB-TOKEN.
const SECRET_NAME = /(?:^|[_-])(?:TOKEN|API[_-]?KEY|ACCESS[_-]KEY|SECRET(?:[_-]KEY)?|PRIVATE[_-]KEY|PASSWORD|PASSWD)(?:[_-]|$)/i;
/** Shorter values ("1", "true") would blank ordinary words out of every log. */
const MIN_SECRET_LENGTH = 8;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** Values of the environment's secret-named variables (HF_TOKEN, GITHUB_TOKEN, OPENAI_API_KEY, ...). */
export function secretValuesFromEnv(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env).flatMap(([name, value]) => (isSecretName(name) && typeof value === 'string' && value.trim().length >= MIN_SECRET_LENGTH ? [value] : []));
}

const registered = new Set<string>();
let fromEnvLoaded = false;

/** Long enough to be told from ordinary words: shorter values are neither registered nor masked. */
export function isRedactable(value: string): boolean {
  return value.trim().length >= MIN_SECRET_LENGTH;
}

/** Adds a value to hide from now on (a header token, say). */
export function registerSecret(value: string): void {
  if (isRedactable(value)) registered.add(value);
}

function knownSecrets(): Set<string> {
  if (!fromEnvLoaded) {
    fromEnvLoaded = true;
    for (const value of secretValuesFromEnv(process.env)) registered.add(value);
  }
  return registered;
}

/** Every value registered or read from the environment so far (redact-folder.ts sweeps files for them). */
export function secretValues(): string[] {
  return [...knownSecrets()].sort((a, b) => b.length - a.length);
}

/**
 * Flags whose values are secrets: a key, token, secret or password as a whole word of the flag's name
 * (--api-key, --hf-token, --password), not any name containing those letters: --tokenizer and
 * --max-num-batched-tokens carry no secret and are needed to read the log.
 */
const SECRET_FLAG = /(?:^|[-_])(?:api[-_]?key|key|token|secret|password|passwd)(?:$|[-_])/i;

/** `--api-key` or `--hf_token=...`'s name part: a command-line flag whose value is a secret. */
export function isSecretFlag(arg: string): boolean {
  if (!arg.startsWith('-')) return false;
  const eq = arg.indexOf('=');
  return SECRET_FLAG.test((eq > 0 ? arg.slice(0, eq) : arg).replace(/^-+/, ''));
}

/** The values given to secret flags in an argument list: `--api-key VALUE` and `--api-key=VALUE`. */
export function secretArgValues(args: readonly string[]): string[] {
  return args.flatMap((arg, i) => {
    const eq = arg.indexOf('=');
    if (eq > 0 && isSecretFlag(arg)) return [arg.slice(eq + 1)];
    const previous = args[i - 1];
    return previous !== undefined && !previous.includes('=') && isSecretFlag(previous) ? [arg] : [];
  });
}

/** An argument list as it may be shown or stored: the values of secret flags replaced by ***, whatever their length. */
export function redactSecretArgs(args: readonly string[]): string[] {
  return args.map((arg, i) => {
    const previous = args[i - 1];
    if (previous !== undefined && !previous.includes('=') && isSecretFlag(previous)) return '***';
    const eq = arg.indexOf('=');
    if (eq > 0 && isSecretFlag(arg)) return `${arg.slice(0, eq)}=***`;
    return arg;
  });
}

/** The text with every known secret value replaced by ***. Longest first, so a value containing another goes whole. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const secret of secretValues()) {
    if (out.includes(secret)) out = out.split(secret).join('***');
  }
  return out;
}
