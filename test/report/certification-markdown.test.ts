import { describe, expect, it } from 'vitest';
import { certificationMarkdown } from '../../src/report/markdown/certification-markdown.js';
import { makeResults } from '../gate/make-results.js';

describe('certification in the job summary', () => {
  it('says "not certified" with each reason, the verdict and the criteria, untrusted text escaped', () => {
    const results = makeResults({}, {
      certification: {
        profile: 'xsum-demo-v1', profile_hash: 'sha256:00', profile_file: 'p.yaml', certified: false,
        not_certified_reasons: ['load.concurrency is 4 where profile xsum-demo-v1 fixes 2 (--set load.concurrency=4)', '<img src=x> @team'],
        verdict: 'fail',
        criteria: [{ name: 'ttft_ms_p99 ≤ 100', status: 'fail', measured: 120.5, bound: '≤ 100', detail: "at the profile's load" }],
      },
    });
    const md = certificationMarkdown(results)!;
    expect(md).toMatch(/^\*\*Certification\*\* — profile xsum-demo-v1: \*\*not certified\*\*: load\.concurrency is 4 where profile xsum-demo-v1 fixes 2 \\\(--set load\.concurrency=4\\\); &lt;img src=x&gt; @\u2060team; pass criteria ❌ fail/);
    expect(md).toContain('| ttft\\_ms\\_p99 ≤ 100 | 120.5 | ≤ 100 | ❌ fail |');
    expect(md).not.toContain('<img');
  });

  it('a certified run that passed; nothing for a run under no profile', () => {
    const results = makeResults({}, { certification: { profile: 'p-v1', profile_hash: 'h', profile_file: 'f', certified: true, not_certified_reasons: [], verdict: 'pass', criteria: [] } });
    expect(certificationMarkdown(results)).toBe('**Certification** — profile p-v1: certified run; pass criteria ✅ pass');
    expect(certificationMarkdown(makeResults({}))).toBeNull();
  });
});
