// `npm run test:all`: the whole suite with nothing skipped, as CI runs it. Builds llama-server first
// (cached; scripts/build-llama-server.mjs), requires Chromium for the report's browser test, then runs
// `npm test` with INFERGATE_REQUIRE_BROWSER, INFERGATE_REQUIRE_LLAMA_SERVER and INFERGATE_REQUIRE_POSTGRES
// set, so a missing tool is a failure instead of a skip.
import { spawnSync } from 'node:child_process';
import { browserAvailable, CHROMIUM } from './chromium.js';

if (!browserAvailable()) {
  process.stderr.write(`test:all: ${CHROMIUM} is needed for the report's browser test: install it (Debian: apt-get install chromium)\n`);
  process.exit(2);
}
const build = spawnSync(process.execPath, ['scripts/build-llama-server.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
const test = spawnSync('npm', ['test'], {
  stdio: 'inherit',
  env: { ...process.env, INFERGATE_REQUIRE_BROWSER: '1', INFERGATE_REQUIRE_LLAMA_SERVER: '1', INFERGATE_REQUIRE_POSTGRES: '1' },
});
process.exit(test.status ?? 1);
