// Scales of the server-rendered SVG charts: a round axis maximum, its ticks, bar lengths, and
// the shade class of a heatmap cell. Pure, unit tested.

/** The smallest "nice" number (1, 2, 5 × 10^n) at or above the value; 1 for 0 or less. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** Ticks from 0 to max in about `count` equal whole steps. */
export function ticks(max: number, count = 4): number[] {
  const step = Math.max(1, niceMax(max / count));
  const out: number[] = [];
  for (let v = 0; v <= max; v += step) out.push(v);
  return out;
}

/** The length of a bar for a value on an axis of 0..max drawn over `width` units. */
export function barLength(value: number, max: number, width: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.round((Math.min(value, max) / max) * width * 10) / 10;
}

/** Shade step 0..4 of a heatmap cell (0 only for zero), relative to the largest value. */
export function shade(value: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (value <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((value / max) * 4))) as 1 | 2 | 3 | 4;
}
