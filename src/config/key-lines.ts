/**
 * Maps each key of a block-style YAML document to the line it is written on ("load.concurrency" → 12),
 * so that a validation error can name the line. js-yaml does not expose node positions, and configuration
 * files are block mappings, so an indentation scan is exact for them; flow-style keys fall back to the
 * line of their parent (or to no line at all), which only makes a message less precise, never wrong.
 */
export function keyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const stack: Array<{ indent: number; key: string }> = [];
  const rows = text.split(/\r?\n/);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] ?? '';
    const match = /^(\s*)(?:-\s+)?(["']?)([^"'#:\s][^"'#:]*?)\2\s*:(?:\s|$)/.exec(row);
    if (!match) continue;
    if (/^\s*-\s/.test(row)) continue; // keys inside list items are not addressed by path
    const indent = match[1]?.length ?? 0;
    while (stack.length > 0 && (stack[stack.length - 1]?.indent ?? 0) >= indent) stack.pop();
    stack.push({ indent, key: match[3] ?? '' });
    const path = stack.map((entry) => entry.key).join('.');
    if (!lines.has(path)) lines.set(path, i + 1);
  }
  return lines;
}

/** The line of `path`, or of its nearest ancestor that has one. */
export function lineOf(lines: Map<string, number>, path: ReadonlyArray<PropertyKey>): number | undefined {
  for (let end = path.length; end > 0; end--) {
    const line = lines.get(path.slice(0, end).map(String).join('.'));
    if (line !== undefined) return line;
  }
  return undefined;
}
