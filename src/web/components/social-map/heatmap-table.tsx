import { type ReactNode, useId } from 'react';
import { shade } from './chart-scale.ts';

// A matrix of counts as a real <table> (headers for rows and columns), shaded like a heatmap.
// The shade only repeats the number in the cell; zeros that mean a gap carry a word too
// ("0 (geen)") and a border, so they do not rest on colour.

const backgrounds = ['#fff4ce', '#e3ecf7', '#bcd1ec', '#8fb2df', '#5d8fcf'] as const;

export interface HeatmapAxis {
  key: string;
  label: ReactNode;
}

export function HeatmapTable({
  caption,
  corner,
  rows,
  cols,
  values,
  zeroLabel,
}: {
  caption: ReactNode;
  /** The header above the row labels. */
  corner: ReactNode;
  rows: HeatmapAxis[];
  cols: HeatmapAxis[];
  values: Record<string, Record<string, number>>;
  /** The text of a zero cell that marks a gap; without it a zero is just "0". */
  zeroLabel?: string;
}) {
  const max = Math.max(0, ...rows.flatMap((r) => cols.map((c) => values[r.key]?.[c.key] ?? 0)));
  const captionId = useId();
  // A wide matrix scrolls sideways; keyboard users reach the scroll area by Tab (WCAG 2.1.1).
  return (
    <section
      className="utrecht-table-container wijkwerk-table-scroll"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable
      tabIndex={0}
      aria-labelledby={captionId}
    >
      <table className="utrecht-table utrecht-table--html-table wijkwerk-heatmap">
        <caption className="utrecht-table__caption" id={captionId}>
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {corner}
            </th>
            {cols.map((c) => (
              <th
                key={c.key}
                scope="col"
                className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column"
              >
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((r) => (
            <tr key={r.key} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {r.label}
              </th>
              {cols.map((c) => {
                const n = values[r.key]?.[c.key] ?? 0;
                const gap = n === 0 && zeroLabel !== undefined;
                return (
                  <td
                    key={c.key}
                    className={`utrecht-table__cell utrecht-table__cell--numeric-data${gap ? ' wijkwerk-heatmap__gap' : ''}`}
                    style={{
                      backgroundColor: gap
                        ? backgrounds[0]
                        : n === 0
                          ? undefined
                          : backgrounds[shade(n, max)],
                      color: '#1a1a1a',
                      ...(gap
                        ? { outline: '2px dashed #8a6d00', outlineOffset: '-3px', fontWeight: 700 }
                        : {}),
                    }}
                  >
                    {gap ? zeroLabel : n}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
