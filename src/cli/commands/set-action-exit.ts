import type { Command } from 'commander';

/** A command's action reports its exit code through the command object (read in program.ts). */
export function setExitCode(command: Command, code: number): void {
  (command as Command & { exitCodeResult?: number }).exitCodeResult = code;
}
