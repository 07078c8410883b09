import { InputError } from '../util/errors.js';

/**
 * A configured base URL (endpoint, dataset.hub_url) must be http or https: anything else (ftp://,
 * file://) would be waited on until the start-up timeout. It may not carry `user:password@`: fetch
 * refuses such URLs, and the password would be written wherever the URL is (results.json, the
 * reports, the log). Credentials go in request.headers, read from the environment and redacted.
 * The message never repeats the password.
 */
export function checkBaseUrl(value: string, key: string, where: (key: string) => string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return; // the schema has already refused a string that is not a URL
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError(`${where(key)}: ${key} must be an http:// or https:// URL, got a ${url.protocol.replace(/:$/, '')}:// URL`);
  }
  if (url.username !== '' || url.password !== '') {
    const shown = `${url.protocol}//***@${url.host}${url.pathname === '/' ? '' : url.pathname}`;
    throw new InputError(
      `${where(key)}: ${key} ${shown} carries a user name or password, which infergate does not send and would not keep secret: ` +
        'remove it and pass the credential as a header, e.g. request.headers: { Authorization: "Bearer ${API_TOKEN}" }',
    );
  }
}
