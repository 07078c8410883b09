// A stand-in for the infergate process in signal and crash tests: starts the engine described by the
// JSON settings in argv[3], prints {"pgid": N} on stdout, then behaves as argv[2] says:
//   wait         idle until a signal arrives (infergate installs no handler of its own)
//   wait-exit    like wait, but with its own SIGTERM handler that exits at once (as the pipeline may)
//   crash        SIGKILL itself: no handler, no exit hook runs, the engine is orphaned
import { startEngine, type EngineSettings } from '../../src/engine/index.js';

const [mode, json] = process.argv.slice(2);
const settings = JSON.parse(json ?? '{}') as EngineSettings;
const engine = await startEngine(settings, { pollMs: 50, stopGraceMs: 2_000 });
if (mode === 'wait-exit') process.on('SIGTERM', () => process.exit(130));
process.stdout.write(`${JSON.stringify({ pgid: engine.pgid })}\n`);
if (mode === 'crash') process.kill(process.pid, 'SIGKILL');
setInterval(() => undefined, 1_000);
