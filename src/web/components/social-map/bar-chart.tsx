import { barLength, niceMax, ticks } from './chart-scale.ts';

// A horizontal bar chart as server-rendered SVG: shows without JavaScript, has an accessible
// name and description (role="img" with <title> and <desc>), and the page puts a table with the
// same numbers next to it. Segments differ by pattern as well as colour, and each bar ends in
// its number, so no meaning rests on colour alone.

export interface BarSegment {
  label: string;
  value: number;
}

export interface Bar {
  label: string;
  segments: BarSegment[];
}

/** The diagonal stripes of the second segment (informal), so it differs by more than colour. */
function Hatch({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#ffffff" />
        <rect width="3" height="6" fill="#b34700" />
      </pattern>
    </defs>
  );
}

export function BarChart({
  id,
  title,
  description,
  bars,
}: {
  id: string;
  title: string;
  description: string;
  bars: Bar[];
}) {
  const labelWidth = 190;
  const plotWidth = 320;
  const rowHeight = 28;
  const top = 24;
  const totals = bars.map((b) => b.segments.reduce((n, s) => n + s.value, 0));
  const max = niceMax(Math.max(0, ...totals));
  const height = top + bars.length * rowHeight + 8;
  const width = labelWidth + plotWidth + 60;
  const segmentLabels = bars[0]?.segments.map((s) => s.label) ?? [];
  return (
    <figure className="wijkwerk-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: `${width}px` }}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <Hatch id={`${id}-hatch`} />
        {ticks(max).map((v) => {
          const x = labelWidth + barLength(v, max, plotWidth);
          return (
            <g key={v}>
              <line x1={x} x2={x} y1={top - 6} y2={height - 8} stroke="#c8c8c8" />
              <text x={x} y={top - 10} fontSize="11" textAnchor="middle" fill="#333">
                {v}
              </text>
            </g>
          );
        })}
        {bars.map((b, i) => {
          const y = top + i * rowHeight;
          let x = labelWidth;
          return (
            <g key={b.label}>
              <text x={labelWidth - 8} y={y + 17} fontSize="13" textAnchor="end" fill="#1a1a1a">
                {b.label}
              </text>
              {b.segments.map((s, j) => {
                const w = barLength(s.value, max, plotWidth);
                const rect = (
                  <rect
                    key={s.label}
                    x={x}
                    y={y + 4}
                    width={w}
                    height={rowHeight - 10}
                    fill={j % 2 === 0 ? '#1f4e8c' : `url(#${id}-hatch)`}
                    stroke="#1a1a1a"
                    strokeWidth={w > 0 ? 0.5 : 0}
                  />
                );
                x += w;
                return rect;
              })}
              <text x={x + 6} y={y + 17} fontSize="13" fill="#1a1a1a">
                {totals[i]}
              </text>
            </g>
          );
        })}
      </svg>
      {segmentLabels.length > 1 ? (
        <figcaption className="wijkwerk-chart__legend">
          <ul className="utrecht-unordered-list wijkwerk-chart__legend-list">
            {segmentLabels.map((label, j) => (
              <li key={label} className="utrecht-unordered-list__item">
                <svg width="16" height="12" aria-hidden="true" focusable="false">
                  <Hatch id={`${id}-hatch-${j}`} />
                  <rect
                    width="16"
                    height="12"
                    fill={j % 2 === 0 ? '#1f4e8c' : `url(#${id}-hatch-${j})`}
                    stroke="#1a1a1a"
                    strokeWidth="0.5"
                  />
                </svg>{' '}
                {label}
              </li>
            ))}
          </ul>
        </figcaption>
      ) : null}
    </figure>
  );
}
