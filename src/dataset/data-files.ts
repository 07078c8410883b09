import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { assertOpenedInside, type Containment } from '../config/path-containment.js';
import { InputError } from '../util/errors.js';

export type DataFormat = 'csv' | 'jsonl' | 'json' | 'summary';

const FORMATS: Record<string, DataFormat> = { '.csv': 'csv', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'json', '.summary': 'summary' };

/**
 * data_path is a file or a folder. A folder stands for every data file in it and below it, sorted by
 * path (the seed used the whole dataset repository as its test set); files of other kinds are ignored.
 * Each member is checked against `containment` (the run's; callers outside a run read where they are told).
 */
export function listDataFiles(dataPath: string, key = 'data_path', containment: Containment = { allowOutside: true }): Array<{ path: string; format: DataFormat }> {
  let stats;
  try {
    stats = statSync(dataPath);
  } catch {
    throw new InputError(`${key} ${dataPath}: no such file or folder`);
  }
  if (stats.isFile()) {
    const format = FORMATS[extname(dataPath).toLowerCase()];
    if (!format) throw new InputError(`${key} ${dataPath}: unknown data format "${extname(dataPath) || '(no extension)'}" (use .csv, .jsonl, .json or a folder of .summary files)`);
    return [{ path: dataPath, format }];
  }
  const found: Array<{ path: string; format: DataFormat }> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const format = FORMATS[extname(entry.name).toLowerCase()];
        // Each member is a file of its own: a link among them must not lead out of the workspace.
        if (format) {
          assertOpenedInside(path, `${key} member`, containment);
          found.push({ path, format });
        }
      }
    }
  };
  walk(dataPath);
  if (found.length === 0) throw new InputError(`${key} ${dataPath}: the folder holds no .csv, .jsonl, .json or .summary file`);
  return found;
}
