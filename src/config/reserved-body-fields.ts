/**
 * Request-body fields infergate sets itself (src/load/request-body.ts builds them): `request.extra_body`
 * is merged over the body last, so one of these there would silently replace what is measured (the
 * prompt, the length cap, streaming) or what the gate compares (sampling). Each is refused with the
 * setting that controls it instead (docs/configuration.md).
 */
const RESERVED_BODY_FIELDS: Readonly<Record<string, string>> = {
  model: 'set model_name instead',
  messages: 'the prompt comes from the dataset and the prompt.* settings',
  prompt: 'the prompt comes from the dataset and the prompt.* settings',
  max_tokens: 'set request.max_tokens instead',
  max_completion_tokens: 'set request.max_tokens instead (the engine adapter picks the field name)',
  stream: 'every request streams: the timings are read from the stream',
  stream_options: 'infergate asks for usage in the stream itself',
  temperature: 'set request.temperature instead',
  top_p: 'set request.top_p instead',
  seed: 'set request.seed instead',
  n: 'one completion per request is what every metric counts',
};

/** Why `field` may not be written in request.extra_body, or null when it may. */
export function reservedBodyFieldProblem(field: string): string | null {
  const instead = RESERVED_BODY_FIELDS[field];
  return instead === undefined ? null : `"${field}" is set by infergate and cannot be overridden in extra_body: ${instead}`;
}
