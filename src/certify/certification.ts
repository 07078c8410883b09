import type { BenchmarkConfig } from '../config/benchmark-config.js';
import type { RequestRecord } from '../load/index.js';
import type { CertificationBlock, Headline } from '../run-folder/results-document.js';
import type { LoadedProfile } from './load-profile.js';
import { datasetDeviation, profileDeviations, type Deviation } from './profile-settings.js';
import { judgeCriteria } from './verdict.js';

/** A run under a profile, from the configuration on: the profile and every way the run left its definition. */
export interface ProfiledRun {
  profile: LoadedProfile;
  deviations: Deviation[];
}

/** `<id>@<hash>`: the value the fingerprint carries, so runs of different definitions are never compared. */
export function profileFingerprint(profile: LoadedProfile): string {
  return `${profile.id}@${profile.hash}`;
}

/** Checks the resolved configuration and the dataset slice against the profile, once both are known. */
export function checkProfiledRun(profile: LoadedProfile, config: BenchmarkConfig, userAssignments: readonly string[], datasetChecksum: string): ProfiledRun {
  const deviations = profileDeviations(profile, config, userAssignments);
  const dataset = datasetDeviation(profile, datasetChecksum);
  if (dataset) deviations.push(dataset);
  return { profile, deviations };
}

/** results.json's certification block: whether the definition held, and the pass criteria judged on the run. */
export function certificationBlock(run: ProfiledRun, model: string, headline: Headline, records: Iterable<RequestRecord>): CertificationBlock {
  const { verdict, criteria } = judgeCriteria({ profile: run.profile.definition, model, headline, records });
  return {
    profile: run.profile.id,
    profile_hash: run.profile.hash,
    profile_file: run.profile.file,
    certified: run.deviations.length === 0,
    not_certified_reasons: [...run.deviations],
    verdict,
    criteria,
  };
}

/** One line for the log and the job summary. */
export function describeCertification(block: CertificationBlock): string {
  const status = block.certified ? `certified run, verdict ${block.verdict.toUpperCase()}` : `NOT CERTIFIED (${block.not_certified_reasons.join('; ')}), criteria verdict ${block.verdict}`;
  return `profile ${block.profile}: ${status}`;
}
