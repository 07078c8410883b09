import type { Command } from 'commander';
import { registerAb } from './ab.js';
import { registerCalibrate } from './calibrate.js';
import { registerCompare } from './compare.js';
import { registerFlops } from './flops.js';
import { registerHistory } from './history.js';
import { registerReport } from './report.js';
import { registerRun } from './run.js';
import { registerScore } from './score.js';
import { registerVerify } from './verify.js';

/**
 * Every subcommand registers itself here; one file per command. A command's file declares its arguments
 * only: its action imports the implementation (../actions/) with `await import()` when that command runs,
 * so a start evaluates the command that runs and nothing of the others (docs/metrics.md, "Start-up").
 */
export const commands: Array<(program: Command) => void> = [registerRun, registerCalibrate, registerScore, registerCompare, registerFlops, registerReport, registerHistory, registerVerify, registerAb];
