import { lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { secretValues } from './secrets.js';

/**
 * The last sweep before a run folder is kept or uploaded: every regular file in it (results.json,
 * output.txt, console.log, report.*, exports, comparison.json, ...) is rewritten with each known secret
 * value replaced by ***. Each writer already redacts what it writes; this catches a value registered
 * after a line was written (a results.json from the start of the run, an engine line before the
 * configuration's secrets were known) and any file a later stage adds. Bytes are compared as latin1 so
 * a binary file (an image) is left byte for byte unless it holds a secret. Links are not followed.
 * Returns the files rewritten.
 */
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
  const original = readFileSync(path).toString('latin1');
  let text = original;
  for (const secret of secrets) if (text.includes(secret)) text = text.split(secret).join('***');
  if (text === original) return false;
  writeFileSync(path, Buffer.from(text, 'latin1'));
  return true;
}
