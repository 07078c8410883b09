import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { extname, join } from 'node:path';
import { assertOpenedInside, type Containment } from '../config/path-containment.js';
import { InputError } from '../util/errors.js';
import { specialKind, unreachableReason } from '../util/file-kind.js';

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
  } catch (error) {
    throw new InputError(`${key} ${dataPath}: ${unreachableReason(error)}`);
  }
  const special = specialKind(stats);
  if (special !== null) throw new InputError(`${key} ${dataPath} is ${special}, not a data file or folder`);
  if (stats.isFile()) {
    const format = FORMATS[extname(dataPath).toLowerCase()];
    if (!format) throw new InputError(`${key} ${dataPath}: unknown data format "${extname(dataPath) || '(no extension)'}" (use .csv, .jsonl, .json or a folder of .summary files)`);
    return [{ path: dataPath, format }];
  }
  const found: Array<{ path: string; format: DataFormat }> = [];
  // Folders already walked, by real path: a link to a parent folder would otherwise be walked for ever.
  const walked = new Set<string>();
  const walk = (dir: string) => {
    walked.add(realpathSync(dir));
    for (const entry of listFolder(dir, key).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      const format = FORMATS[extname(entry.name).toLowerCase()];
      const kind = entry.isSymbolicLink() ? followLink(path, format !== undefined, key) : entry;
      if (kind === null) continue;
      const special = specialKind(kind);
      if (special !== null) throw new InputError(`${key} ${dataPath}: ${path} is ${special}, not a data file; remove it from the data folder`);
      if (kind.isDirectory()) {
        if (walked.has(realpathSync(path))) throw new InputError(`${key} ${dataPath}: ${path} leads to a folder already read (a link back to a parent folder, or a second link to one)`);
        walk(path);
      } else if (format) {
        // Each member is a file of its own: a link among them must not lead out of the workspace.
        assertOpenedInside(path, `${key} member`, containment);
        found.push({ path, format });
      }
    }
  };
  walk(dataPath);
  if (found.length === 0) throw new InputError(`${key} ${dataPath}: the folder holds no .csv, .jsonl, .json or .summary file`);
  return found;
}

/**
 * What a link in the data folder leads to. A link loop is refused whatever its name (it could stand for
 * a folder); a broken link only when its name says it is data, since other files are never read.
 */
function followLink(path: string, isDataName: boolean, key: string): Stats | null {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !isDataName) return null;
    throw new InputError(`${key}: ${path} is ${code === 'ENOENT' ? 'a broken link (its target does not exist)' : unreachableReason(error)}`);
  }
}

function listFolder(dir: string, key: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new InputError(`${key}: cannot list the folder ${dir}: ${unreachableReason(error)}`);
  }
}
