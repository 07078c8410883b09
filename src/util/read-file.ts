import { readFileSync } from 'node:fs';
import { InputError, located } from './errors.js';

/** How a file that cannot be read is named in the one sentence about it. */
export interface FileWording {
  /** The file as the sentence names it: "the thresholds file", "model config.json". */
  what: string;
  /** The whole sentence when the file does not exist (ENOENT); without it, the errno sentence says so. */
  missing?: string;
}

/** The sentence for a file that could not be opened or read: "<path>: <missing>" or "<path>: cannot read <what> (<errno>)". */
export function unreadableFileMessage(path: string, error: unknown, wording: FileWording): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' && wording.missing !== undefined) return located(path, undefined, wording.missing);
  const reason = code === undefined ? String(error) : `${code}${ERRNO_WORDS[code] ? `: ${ERRNO_WORDS[code]}` : ''}`;
  return located(path, undefined, `cannot read ${wording.what} (${reason})`);
}

/** Plain words for the errors a person can fix by looking at the path. */
const ERRNO_WORDS: Record<string, string> = {
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** Reads a whole file; a failure is one InputError naming the file (unreadableFileMessage), never a stack trace. */
export function readFileOrFail(path: string, wording: FileWording): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new InputError(unreadableFileMessage(path, error, wording));
  }
}
