import type { Scale } from './scale.js';

/** SVG path data through points; `step` draws a staircase (hold the value until the next point). */
export function pathData(points: ReadonlyArray<readonly [number, number]>, sx: Scale, sy: Scale, step = false): string {
  let d = '';
  let prevY: number | null = null;
  for (const [x, y] of points) {
    const px = sx(x).toFixed(1);
    const py = sy(y).toFixed(1);
    if (d === '') d = `M${px} ${py}`;
    else if (step && prevY !== null) d += `H${px}V${py}`;
    else d += `L${px} ${py}`;
    prevY = y;
  }
  return d;
}
