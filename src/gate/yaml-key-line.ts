/**
 * Finds the line (1-based) of a key path such as ["metrics", "ttft_ms_p99", "fail_pct"] in block-style
 * YAML, so config errors can name the line. js-yaml does not keep positions on the parsed values; this
 * scans keys by indentation, which is enough for the hand-written configs the gate reads. Returns the
 * deepest line found (the parent's line when the key itself is missing or the path is an array index).
 */
export function lineOfKey(text: string, path: ReadonlyArray<string | number>): number | undefined {
  const lines = text.split(/\r?\n/);
  let start = 0;
  let parentIndent = -1;
  let found: number | undefined;
  for (const segment of path) {
    if (typeof segment === 'number') return found;
    let hit = -1;
    for (let i = start; i < lines.length; i++) {
      const line = lines[i]!;
      const trimmed = line.trim();
      if (trimmed === '' || trimmed.startsWith('#')) continue;
      const indent = line.length - line.trimStart().length;
      if (indent <= parentIndent) break;
      const match = /^\s*(?:-\s+)?(["']?)([^:#"']+)\1\s*:(?:\s|$)/.exec(line);
      if (match && match[2]!.trim() === segment) {
        hit = i;
        parentIndent = indent;
        break;
      }
    }
    if (hit < 0) return found;
    found = hit + 1;
    start = hit + 1;
  }
  return found;
}
