// Where dates and rows go in the plan timeline's SVG. Pure, so it can be tested without a browser.

const day = 86_400_000;

function time(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** x of a date in [left, left + width]; dates outside the window stick to its edges. */
export function dateX(
  date: string,
  window: { from: string; to: string },
  left: number,
  width: number,
): number {
  const from = time(window.from);
  const span = Math.max(day, time(window.to) + day - from);
  const ratio = Math.min(1, Math.max(0, (time(date) - from) / span));
  return left + ratio * width;
}

/** Where a bar starts and ends; null when the item has no dates at all. An open side runs to the edge. */
export function barSpan(
  item: { startDate: string | null; endDate: string | null },
  window: { from: string; to: string },
): { from: string; to: string; openStart: boolean; openEnd: boolean } | null {
  if (item.startDate === null && item.endDate === null) return null;
  return {
    from: item.startDate ?? window.from,
    to: item.endDate ?? window.to,
    openStart: item.startDate === null,
    openEnd: item.endDate === null,
  };
}

/** 1 January of every year inside the window (the axis ticks), with the window's first day first. */
export function yearTicks(window: { from: string; to: string }): string[] {
  const out: string[] = [];
  const first = Number(window.from.slice(0, 4));
  const last = Number(window.to.slice(0, 4));
  for (let y = first; y <= last; y++) {
    const tick = `${String(y).padStart(4, '0')}-01-01`;
    if (tick >= window.from && tick <= window.to) out.push(tick);
  }
  // Up to ~12 labels fit; thin out long windows.
  const step = Math.ceil(out.length / 12);
  return out.filter((_, i) => i % step === 0);
}

/** A title cut to fit the label column, with an ellipsis. */
export function shortLabel(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
