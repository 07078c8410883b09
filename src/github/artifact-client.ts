import { DefaultArtifactClient, type ArtifactClient } from '@actions/artifact';

/** The part of @actions/artifact's client infergate uses; tests pass a fake with the same shape. */
export type ArtifactClientLike = Pick<ArtifactClient, 'uploadArtifact' | 'getArtifact' | 'downloadArtifact' | 'listArtifacts'>;

/** The real client (async so callers need not change if it ever loads lazily). */
export async function defaultArtifactClient(): Promise<ArtifactClientLike> {
  return new DefaultArtifactClient();
}

/** True for the error the client throws on GitHub Enterprise Server, by name (it is not exported stably). */
export function isGhesArtifactError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'GHESNotSupportedError' || /GHES/.test(error.message));
}

export function isArtifactNotFound(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ArtifactNotFoundError' || /not found/i.test(error.message));
}
