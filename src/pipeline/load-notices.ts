/**
 * Notices about how the load went that are not failures, worded as notices: what happened, that it is
 * expected, and where the figures' handling of it is written down.
 */

/** A kept-alive connection the server closed just as a request went out on it (llama-server does this). */
export function reconnectNotice(requests: number): string {
  const subject = requests === 1 ? '1 request was' : `${requests} requests were`;
  return `note: ${subject} sent again on a new connection because the server had closed the idle kept-alive one before answering; ` +
    'each is timed from its re-send, and only a re-send that failed counts as a failure (llama-server closes idle connections; docs/metrics.md, "Retry once")';
}
