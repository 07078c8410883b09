import { InputError, located } from './errors.js';
import { refuseSpecialFile } from './file-kind.js';
import { readFileOrFail } from './read-file.js';
import { decodeUtf8Text } from './utf8-text.js';

function jsonErrorLine(text: string, error: Error): number | undefined {
  // V8 reports "... at position N" (and newer versions "(line L column C)"); turn the position into a line.
  const lineMatch = /line (\d+)/.exec(error.message);
  if (lineMatch) return Number(lineMatch[1]);
  const posMatch = /position (\d+)/.exec(error.message);
  if (!posMatch) return undefined;
  return text.slice(0, Number(posMatch[1])).split('\n').length;
}

/** Reads and parses a JSON file (UTF-8, a BOM allowed; no device or pipe), with the file (and line, for a syntax error) named in any error. */
export function readJsonFile(path: string): unknown {
  refuseSpecialFile(path, 'file');
  return parseJsonText(decodeUtf8Text(readFileOrFail(path, { what: 'the file', missing: 'file not found' }), path), path);
}

/** Parses JSON text read from elsewhere (a file at a git commit); `name` says where it came from in the error, with the line. */
export function parseJsonText(text: string, name: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputError(located(name, jsonErrorLine(text, error as Error), 'not valid JSON'));
  }
}

