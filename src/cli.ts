#!/usr/bin/env node
// The `infergate` command. Thin: parse arguments into a typed plan, call the pipeline, exit with its code.
import { runCli } from './cli/program.js';

process.exitCode = await runCli(process.argv.slice(2));
