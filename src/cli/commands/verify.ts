import type { Command } from 'commander';
import { RUN_FILES } from '../../run-folder/layout.js';
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
      const { verifyCommand } = await import('../actions/verify.js');
      setExitCode(command, await verifyCommand(runDir));
    });
}
