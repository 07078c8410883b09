/**
 * The values of load.arrivals: where an open loop's drawn gaps sit on the clock (load/arrivals.ts).
 * first-at-zero: request 1 at 0, each next one a drawn gap later. vllm: `vllm bench serve`'s convention,
 * request 1 after one gap and the offsets rescaled so the last lands at N / rate.
 */
export const ARRIVAL_CONVENTIONS = ['first-at-zero', 'vllm'] as const;
export type ArrivalConvention = (typeof ARRIVAL_CONVENTIONS)[number];
