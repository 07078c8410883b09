import * as core from '@actions/core';
import { cleanControlCharacters } from '../util/control-characters.js';
import type { Logger } from '../util/logger.js';
import { untrustedLogLines } from '../util/workflow-commands.js';

/**
 * The pipeline's messages quote engines, servers and results files. core.info prints a line raw, so each
 * message is neutralised, and fenced with stop-commands when it looked like a command; core.warning
 * escapes its data itself and gets the text without control characters.
 */
export function infoUntrusted(message: string): void {
  for (const line of untrustedLogLines(message)) core.info(line);
}

export const actionLogger: Logger = { info: infoUntrusted, warn: (message) => core.warning(cleanControlCharacters(message)) };
