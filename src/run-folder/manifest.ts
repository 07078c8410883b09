import { createHash } from 'node:crypto';
import { createReadStream, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { InputError } from '../util/errors.js';
import { RUN_FILES } from './layout.js';

/**
 * The run folder's SHA-256 manifest, kept in results.json: every file the run wrote before results.json,
 * so `infergate verify` can tell whether the folder is the one the results describe. It leaves out
 * results.json (it cannot hash itself) and console.log (still being written when results.json is);
 * the artifact attestation covers both (docs/certification.md).
 */
const UNHASHED: readonly string[] = [RUN_FILES.results, RUN_FILES.console];

export interface ManifestEntry {
  sha256: string;
  bytes: number;
}

export interface RunManifest {
  algorithm: 'sha256';
  /** Path relative to the run folder, with `/` separators → digest and size. */
  files: Record<string, ManifestEntry>;
}

export async function hashFile(path: string): Promise<ManifestEntry> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

/** Hashes every file now in the run folder but results.json and console.log (paths relative to it). */
export async function buildManifest(runDir: string): Promise<RunManifest> {
  const files: Record<string, ManifestEntry> = {};
  for (const file of listFiles(runDir)) {
    if (UNHASHED.includes(file)) continue;
    files[file] = await hashFile(join(runDir, file));
  }
  return { algorithm: 'sha256', files };
}

export interface ManifestCheck {
  file: string;
  status: 'ok' | 'modified' | 'missing';
}

/** Re-hashes every file the manifest lists; files added to the folder later are not part of the check. */
export async function checkManifest(runDir: string, manifest: RunManifest): Promise<ManifestCheck[]> {
  const checks: ManifestCheck[] = [];
  for (const [file, expected] of Object.entries(manifest.files)) {
    let actual: ManifestEntry;
    try {
      actual = await hashFile(join(runDir, ...file.split('/')));
    } catch {
      checks.push({ file, status: 'missing' });
      continue;
    }
    checks.push({ file, status: actual.sha256 === expected.sha256 && actual.bytes === expected.bytes ? 'ok' : 'modified' });
  }
  return checks;
}

/** The manifest as results.json carries it, checked before any file is hashed against it. */
export function parseManifest(value: unknown, where: string): RunManifest {
  const fail = (why: string): never => {
    throw new InputError(`${where}: key manifest: ${why}`);
  };
  if (value === undefined) fail('missing: this run was written by an infergate without manifests, or the key was removed');
  const m = value as Partial<RunManifest> | null;
  if (m === null || typeof m !== 'object' || m.algorithm !== 'sha256' || m.files === null || typeof m.files !== 'object') fail('expected { algorithm: "sha256", files: { path: { sha256, bytes } } }');
  for (const [file, entry] of Object.entries((m as RunManifest).files)) {
    const e = entry as Partial<ManifestEntry> | null;
    if (e === null || typeof e !== 'object' || typeof e.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(e.sha256) || !Number.isInteger(e.bytes)) fail(`files.${file}: expected { sha256: 64 hex digits, bytes: integer }`);
    // A manifest names files inside the run folder only: no absolute path, no way up.
    if (file.startsWith('/') || file.split('/').some((part) => part === '..' || part === '') || file.includes('\\')) fail(`files: ${JSON.stringify(file)} is not a path inside the run folder`);
  }
  return m as RunManifest;
}
