import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A runner-like environment: event payload file, summary and output files, repository and URLs. */
export function makeGitHubEnv(options: { apiUrl: string; event: string; pr?: number; fork?: boolean; runner?: string; ref?: string; serverUrl?: string }) {
  const dir = mkdtempSync(join(tmpdir(), 'ig-gh-'));
  const payload: Record<string, unknown> = { repository: { full_name: 'octo/engine', default_branch: 'main' } };
  if (options.pr !== undefined) {
    payload.pull_request = {
      number: options.pr,
      head: { repo: { full_name: options.fork ? 'stranger/engine' : 'octo/engine' } },
      base: { repo: { full_name: 'octo/engine' } },
    };
  }
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload));
  const env: NodeJS.ProcessEnv = {
    GITHUB_REPOSITORY: 'octo/engine',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_RUN_ID: '777',
    GITHUB_REF: options.ref ?? (options.pr !== undefined ? `refs/pull/${options.pr}/merge` : 'refs/heads/main'),
    GITHUB_SHA: 'abc123',
    GITHUB_SERVER_URL: options.serverUrl ?? 'https://github.com',
    GITHUB_API_URL: options.apiUrl,
    RUNNER_ENVIRONMENT: options.runner ?? 'github-hosted',
  };
  return { dir, env };
}
