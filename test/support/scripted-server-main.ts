/**
 * Runs the scripted server as its own process (for benchmarks and manual checks):
 *
 *   npx tsx test/support/scripted-server-main.ts --shape vllm --ttft 20 --itl 5 [--tokens N]
 *       [--reasoning N] [--port 0] [--host 127.0.0.1] [--no-usage] [--no-record] [--fault reset@3]
 *
 * Prints one JSON line {"port":N,"url":"http://..."} on stdout once listening; exits on SIGTERM/SIGINT.
 */
import { parseFault, startScriptedServer, type ScriptedServerOptions } from './scripted-server.js';
import { ENGINE_SHAPES, type EngineShape } from './stream-shapes.js';

function parseArgs(argv: string[]): ScriptedServerOptions {
  const options: ScriptedServerOptions = { defaults: {} };
  const defaults = options.defaults!;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--shape': {
        const s = value();
        if (!ENGINE_SHAPES.includes(s as EngineShape)) throw new Error(`--shape must be one of ${ENGINE_SHAPES.join(', ')}`);
        options.shape = s as EngineShape;
        break;
      }
      case '--model': options.model = value(); break;
      case '--host': options.host = value(); break;
      case '--port': options.port = Number(value()); break;
      case '--ttft': defaults.ttft_ms = Number(value()); break;
      case '--itl': defaults.itl_ms = Number(value()); break;
      case '--tokens': defaults.tokens = Number(value()); break;
      case '--reasoning': defaults.reasoning = Number(value()); break;
      case '--no-usage': defaults.usage = false; break;
      case '--no-record': options.record = false; break;
      case '--fault': defaults.fault = parseFault(value()); break;
      default: throw new Error(`unknown flag ${flag}`);
    }
  }
  return options;
}

const server = await startScriptedServer(parseArgs(process.argv.slice(2)));
process.stdout.write(`${JSON.stringify({ port: server.port, url: server.url })}\n`);
const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
