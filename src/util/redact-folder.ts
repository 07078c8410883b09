import { closeSync, lstatSync, openSync, readdirSync, readSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { secretValues } from './secrets.js';

/**
 * The last sweep before a run folder is kept or uploaded: every regular file in it (results.json,
 * output.txt, console.log, report.*, exports, comparison.json, ...) is rewritten with each known secret
 * value replaced by ***. Each writer already redacts what it writes; this catches a value registered
 * after a line was written (a results.json from the start of the run, an engine line before the
 * configuration's secrets were known) and any file a later stage adds. Bytes are compared as latin1 so
 * a binary file (an image) is left byte for byte unless it holds a secret. Links are not followed.
 * Files are read in chunks, so a large requests.jsonl costs a chunk of memory, not its size; only a file
 * that holds a secret is written again (to a sibling, then renamed). Returns the files rewritten.
 */
const CHUNK_BYTES = 1 << 20;

export function redactFolder(dir: string): string[] {
  const secrets = secretValues().map((secret) => Buffer.from(secret, 'utf8').toString('latin1'));
  if (secrets.length === 0) return [];
  const rewritten: string[] = [];
  const visit = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile() && lstatSync(path).isFile() && redactFile(path, secrets)) rewritten.push(path);
    }
  };
  visit(dir);
  return rewritten;
}

function redactFile(path: string, secrets: string[]): boolean {
  if (!streamRedacted(path, secrets, null)) return false;
  const temporary = `${path}.redacting`;
  const out = openSync(temporary, 'w');
  try {
    streamRedacted(path, secrets, (text) => writeSync(out, Buffer.from(text, 'latin1')));
  } finally {
    closeSync(out);
  }
  renameSync(temporary, path);
  return true;
}

/**
 * Reads `path` chunk by chunk with every secret replaced, handing each finished piece to `write` (when
 * given). A secret cut by a chunk boundary is whole in the next round: only matches that start before the
 * last (longest secret - 1) characters are replaced, the rest is held back. Returns whether any secret
 * was found.
 */
function streamRedacted(path: string, secrets: string[], write: ((text: string) => void) | null): boolean {
  const keep = Math.max(...secrets.map((s) => s.length)) - 1;
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(CHUNK_BYTES);
  let found = false;
  let carry = '';
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      const text = carry + buffer.toString('latin1', 0, read);
      const cut = read === 0 ? text.length : Math.max(0, text.length - keep);
      const { out, next, replaced } = redactBefore(text, secrets, cut);
      found ||= replaced;
      if (found && write === null) return true;
      write?.(out);
      if (read === 0) return found;
      carry = text.slice(next);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * `text` up to `cut` with every secret that starts before `cut` replaced (the earliest first, the longest
 * where two start together); such a secret is whole, since none is longer than the part held back.
 * `next` is where the unprocessed rest begins: `cut`, or the end of a secret that reached past it.
 */
function redactBefore(text: string, secrets: string[], cut: number): { out: string; next: number; replaced: boolean } {
  let out = '';
  let at = 0;
  let replaced = false;
  while (at < cut) {
    let start = -1;
    let length = 0;
    for (const secret of secrets) {
      const p = text.indexOf(secret, at);
      if (p !== -1 && p < cut && (start === -1 || p < start || (p === start && secret.length > length))) {
        start = p;
        length = secret.length;
      }
    }
    if (start === -1) {
      out += text.slice(at, cut);
      return { out, next: cut, replaced };
    }
    out += `${text.slice(at, start)}***`;
    at = start + length;
    replaced = true;
  }
  return { out, next: at, replaced };
}
