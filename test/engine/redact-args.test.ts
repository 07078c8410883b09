import { describe, expect, it } from 'vitest';
import { redactArgs } from '../../src/engine/supervisor.js';

describe('redactArgs (the launch line in output.txt)', () => {
  it('hides the values of key, token, secret and password flags', () => {
    expect(redactArgs(['--api-key', 'sk-1', '--hf-token=hf_x', '--password', 'p', '--client_secret', 's', '--port', '80'])).toEqual([
      '--api-key', '***', '--hf-token=***', '--password', '***', '--client_secret', '***', '--port', '80',
    ]);
  });

  it('keeps flags that merely contain those letters, which are needed to read the log', () => {
    const args = ['--tokenizer', 'org/tok', '--max-num-batched-tokens', '8192', '--ssl-keyfile', 'k.pem', '--tokens', '8'];
    expect(redactArgs(args)).toEqual(args);
  });
});
