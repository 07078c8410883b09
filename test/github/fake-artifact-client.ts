import { cpSync, mkdirSync } from 'node:fs';
import type { ArtifactClientLike } from '../../src/github/artifact-client.js';

type Call = { method: string; args: unknown[] };

/**
 * The artifact client faked at its interface (its Twirp backend is out of scope): uploads are recorded,
 * artifacts of "other runs" are folders on disk copied out on download.
 */
export class FakeArtifactClient implements ArtifactClientLike {
  calls: Call[] = [];
  /** name → { id, folder to copy on download, workflow run it belongs to (undefined: this run) }. */
  stored = new Map<string, { id: number; dir: string; runId?: number }>();
  failUpload: Error | null = null;

  async uploadArtifact(name: string, files: string[], rootDirectory: string, options?: unknown) {
    this.calls.push({ method: 'uploadArtifact', args: [name, files, rootDirectory, options] });
    if (this.failUpload) throw this.failUpload;
    return { id: 4242, size: files.length * 100 };
  }

  async getArtifact(name: string, options?: { findBy?: { workflowRunId: number } }) {
    this.calls.push({ method: 'getArtifact', args: [name, options] });
    const found = this.stored.get(name);
    if (!found || found.runId !== options?.findBy?.workflowRunId) {
      const error = new Error(`Artifact not found for name: ${name}`);
      error.name = 'ArtifactNotFoundError';
      throw error;
    }
    return { artifact: { name, id: found.id, size: 1 } };
  }

  async downloadArtifact(artifactId: number, options?: { path?: string; findBy?: unknown }) {
    this.calls.push({ method: 'downloadArtifact', args: [artifactId, options] });
    const found = [...this.stored.values()].find((a) => a.id === artifactId);
    if (!found || !options?.path) throw new Error(`no artifact ${artifactId}`);
    mkdirSync(options.path, { recursive: true });
    cpSync(found.dir, options.path, { recursive: true });
    return { downloadPath: options.path };
  }

  async listArtifacts(options?: unknown) {
    this.calls.push({ method: 'listArtifacts', args: [options] });
    return {
      artifacts: [...this.stored.entries()].filter(([, a]) => a.runId === undefined).map(([name, a]) => ({ name, id: a.id, size: 1 })),
    };
  }
}
