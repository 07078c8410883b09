/**
 * Errors that end a run with one clear sentence and a documented exit code (docs/exit-codes.md).
 * Anything else that escapes to the top-level handler is a bug in infergate, reported as such.
 */
export const ExitCode = {
  ok: 0,
  /** The gate found a regression past a fail threshold, or the run itself failed its rules. */
  regression: 1,
  /** Bad input: configuration, data, baseline or command-line arguments. */
  badInput: 2,
  /** The engine could not be started, died, or never became ready. */
  engineFailure: 3,
  /** The benchmark ran but broke a rule: failure-rate limit, time budget, no completed request. */
  runFailure: 4,
  /** A bug in infergate: an error no stage turned into one of the above (EX_SOFTWARE). */
  internal: 70,
  /** Interrupted by SIGINT or SIGTERM. */
  interrupted: 130,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

export class InfergateError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCodeValue,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad configuration, data, baseline or arguments: exit code 2. `where` is "file:line" or "file". */
export class InputError extends InfergateError {
  constructor(message: string) {
    super(message, ExitCode.badInput);
  }
}

export class EngineError extends InfergateError {
  constructor(message: string) {
    super(message, ExitCode.engineFailure);
  }
}

export class RunError extends InfergateError {
  constructor(message: string) {
    super(message, ExitCode.runFailure);
  }
}

export class InterruptedError extends InfergateError {
  /** `detail` says when, e.g. "during the report; the run itself had completed". */
  constructor(signal: string, detail?: string) {
    super(`interrupted by ${signal}${detail ? ` ${detail}` : ''}`, ExitCode.interrupted);
  }
}

/**
 * The error of a run that a signal stopped, named after the signal when the AbortSignal's reason says
 * which (the shutdown guard aborts with an Error whose message is the signal's name).
 */
export function interruption(signal: AbortSignal | undefined, detail?: string): InterruptedError {
  const reason: unknown = signal?.reason;
  const name = reason instanceof Error && /^SIG[A-Z0-9]+$/.test(reason.message) ? reason.message : 'a signal';
  return new InterruptedError(name, detail);
}

/** Formats "file:line: message" or "file: message", the shape every input error takes. */
export function located(file: string, line: number | undefined, message: string): string {
  return line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`;
}
