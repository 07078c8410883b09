import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@actions/core';
import { redactFolder } from '../util/redact-folder.js';
import { type ArtifactClientLike, defaultArtifactClient, isGhesArtifactError } from './artifact-client.js';

export interface UploadResult {
  id: number;
  size: number;
  files: number;
  /** Link to the artifact on the run page, when the run is known. */
  url: string | null;
}

/** Every regular file under the folder (symlinks are left out: they could point outside it). */
export function listRunFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(path);
    }
  };
  walk(dir);
  return files.sort();
}

export interface UploadOptions {
  client?: ArtifactClientLike;
  retentionDays?: number;
  /** `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`, to build the artifact's link. */
  runUrl?: string;
}

/**
 * Uploads the run folder (results.json, requests.jsonl, predictions.jsonl, output.txt, telemetry,
 * report) as one artifact. Called on success and after a failure midway alike, so it never throws:
 * a failed upload is a warning, and the run's own verdict stands.
 */
export async function uploadRunFolder(runDir: string, name: string, options: UploadOptions = {}): Promise<UploadResult | null> {
  let files: string[];
  try {
    // No secret value the run knows leaves in the artifact, whichever file a stage wrote it into.
    redactFolder(runDir);
    files = listRunFiles(runDir);
  } catch (error) {
    core.warning(`run folder ${runDir} could not be read for upload: ${(error as Error).message}`);
    return null;
  }
  if (files.length === 0) {
    core.warning(`run folder ${runDir} is empty: no artifact uploaded`);
    return null;
  }
  try {
    const client = options.client ?? (await defaultArtifactClient());
    const res = await client.uploadArtifact(name, files, runDir, options.retentionDays ? { retentionDays: options.retentionDays } : {});
    const id = res.id ?? 0;
    core.info(`uploaded ${files.length} file(s) of ${runDir} as artifact "${name}" (${res.size ?? 0} bytes)`);
    return { id, size: res.size ?? 0, files: files.length, url: options.runUrl && id ? `${options.runUrl}/artifacts/${id}` : null };
  } catch (error) {
    const reason = isGhesArtifactError(error)
      ? 'the artifact service is not available on GitHub Enterprise Server with @actions/artifact v2+; use actions/upload-artifact@v3 (GHES) on the run folder instead'
      : (error as Error).message;
    core.warning(`artifact "${name}" was not uploaded: ${reason}`);
    return null;
  }
}
