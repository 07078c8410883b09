import { join } from 'node:path';
import type { Command } from 'commander';
import { readJsonFile } from '../../util/json-file.js';
import { RUN_FILES } from '../../run-folder/layout.js';
import { checkManifest, parseManifest } from '../../run-folder/manifest.js';
import { ExitCode, InputError } from '../../util/errors.js';
import { setExitCode } from './set-action-exit.js';

/**
 * `infergate verify RUN_DIR`: re-hashes the files results.json's manifest lists. Exit 0 when every one
 * matches; 2 (bad input) naming each modified or missing file otherwise. Whether results.json itself came
 * from a given workflow run is the attestation's job (`gh attestation verify`, docs/certification.md).
 */
export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description(`check the run folder's files against the SHA-256 manifest in its ${RUN_FILES.results}`)
    .argument('<run-dir>', `run folder holding ${RUN_FILES.results}`)
    .action(async (runDir: string, _opts: unknown, command: Command) => {
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
      setExitCode(command, ExitCode.ok);
    });
}
