/**
 * One reading of one accelerator. A field the tool did not report (or reported as N/A) is null, never 0.
 * One sample is one line of telemetry.jsonl in the run folder.
 */
export interface TelemetrySample {
  /** Milliseconds since the sampler started (monotonic clock), when the reading came back. */
  t_ms: number;
  /** Wall-clock time of the same moment. */
  time: string;
  /** The tool's device id ("0", "card1", "npu0-chip0"). */
  device: string;
  power_w: number | null;
  utilization_pct: number | null;
  memory_used_mib: number | null;
  memory_total_mib: number | null;
  sm_clock_mhz: number | null;
  mem_clock_mhz: number | null;
}

/** A reading without its timestamps, as a tool parser returns it. */
export type DeviceReading = Omit<TelemetrySample, 't_ms' | 'time'>;

/** Parses "93.1", " 93 W", "[N/A]", "NA", "Not Supported" → number or null. */
export function numberOrNull(text: string | undefined): number | null {
  if (text === undefined) return null;
  const trimmed = text.trim();
  if (/^\[?(n\/?a|not supported|unknown)\]?$/i.test(trimmed)) return null;
  const match = /-?\d+(?:\.\d+)?/.exec(trimmed);
  if (match === null) return null;
  const value = Number(match[0]);
  return Number.isFinite(value) ? value : null;
}
