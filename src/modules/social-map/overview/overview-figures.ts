// Pure arithmetic of the area overview: matrices from grouped counts, and the gaps (themes or
// target groups with nothing in a buurt).

/** A count per row key and column key; missing cells are 0. */
export type Matrix = Record<string, Record<string, number>>;

export interface Cell {
  row: string;
  col: string;
  n: number;
}

/** Fills a matrix with every row × column (zeros included), from the non-zero cells. */
export function toMatrix(cells: readonly Cell[], rows: readonly string[], cols: readonly string[]): Matrix {
  const m: Matrix = {};
  for (const r of rows) m[r] = Object.fromEntries(cols.map((c) => [c, 0]));
  for (const c of cells) {
    const row = m[c.row];
    if (row && c.col in row) row[c.col] = (row[c.col] ?? 0) + c.n;
  }
  return m;
}

/** The sum of each row. */
export function rowTotals(m: Matrix): Record<string, number> {
  return Object.fromEntries(
    Object.entries(m).map(([r, cols]) => [r, Object.values(cols).reduce((a, b) => a + b, 0)]),
  );
}

/** The sum of each column, in the given column order. */
export function colTotals(m: Matrix, cols: readonly string[]): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(cols.map((c) => [c, 0]));
  for (const row of Object.values(m)) for (const c of cols) out[c] = (out[c] ?? 0) + (row[c] ?? 0);
  return out;
}

export interface BuurtGap {
  buurtCode: string;
  /** Codes (in the taxonomy's order) with nothing in this buurt. */
  missing: string[];
}

/** Per buurt, the codes with a zero count; buurten without gaps are left out. */
export function gapsOf(m: Matrix, codes: readonly string[]): BuurtGap[] {
  const out: BuurtGap[] = [];
  for (const [buurtCode, cols] of Object.entries(m)) {
    const missing = codes.filter((c) => (cols[c] ?? 0) === 0);
    if (missing.length) out.push({ buurtCode, missing });
  }
  return out;
}

/** Codes with nothing in any of the buurten (a gap across the whole area). */
export function missingEverywhere(m: Matrix, codes: readonly string[]): string[] {
  const totals = colTotals(m, codes);
  return codes.filter((c) => (totals[c] ?? 0) === 0);
}
