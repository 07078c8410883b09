import { join } from 'node:path';
import { readJsonFile } from '../../util/json-file.js';
import { RUN_FILES } from '../../run-folder/layout.js';
import { checkManifest, parseManifest } from '../../run-folder/manifest.js';
import { ExitCode, InputError } from '../../util/errors.js';

/** What `infergate verify RUN_DIR` does: one line per file of the manifest; throws naming each file that does not match. */
export async function verifyCommand(runDir: string): Promise<number> {
  const resultsPath = join(runDir, RUN_FILES.results);
  const results = readJsonFile(resultsPath) as { manifest?: unknown } | null;
  const manifest = parseManifest(results !== null && typeof results === 'object' ? results.manifest : undefined, resultsPath);
  const checks = await checkManifest(runDir, manifest);
  for (const check of checks) process.stdout.write(`${check.status === 'ok' ? 'ok      ' : check.status === 'missing' ? 'MISSING ' : 'MODIFIED'} ${check.file}\n`);
  const bad = checks.filter((c) => c.status !== 'ok');
  if (bad.length > 0) {
    throw new InputError(`${runDir}: ${bad.length} of ${checks.length} files do not match the manifest in ${RUN_FILES.results} (${bad.map((c) => `${c.file} ${c.status}`).join(', ')})`);
  }
  process.stdout.write(`verified: ${checks.length} files match the manifest in ${resultsPath}\n`);
  return ExitCode.ok;
}
