import { barLength, niceMax, ticks } from '../../../components/social-map/chart-scale.ts';

// Server-drawn SVG charts of the signals pages: columns per month or week, and a line over 12
// months. Each has an accessible name and description (role="img" with <title> and <desc>),
// writes its numbers in the picture, and the page puts a table with the same numbers beside it.
// The running (incomplete) period is drawn hatched, not only lighter, so it does not rest on colour.

export interface Column {
  label: string;
  value: number;
  /** The running period: drawn hatched. */
  running?: boolean;
}

export function ColumnChart({
  id,
  title,
  description,
  columns,
}: {
  id: string;
  title: string;
  description: string;
  columns: Column[];
}) {
  const left = 40;
  const top = 20;
  const plotHeight = 160;
  const columnWidth = 46;
  const width = left + columns.length * columnWidth + 10;
  const height = top + plotHeight + 44;
  const max = niceMax(Math.max(0, ...columns.map((c) => c.value)));
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
        <defs>
          <pattern
            id={`${id}-hatch`}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#ffffff" />
            <rect width="3" height="6" fill="#1f4e8c" />
          </pattern>
        </defs>
        {ticks(max).map((v) => {
          const y = top + plotHeight - barLength(v, max, plotHeight);
          return (
            <g key={v}>
              <line x1={left - 4} x2={width - 6} y1={y} y2={y} stroke="#c8c8c8" />
              <text x={left - 8} y={y + 4} fontSize="11" textAnchor="end" fill="#333">
                {v}
              </text>
            </g>
          );
        })}
        {columns.map((c, i) => {
          const h = barLength(c.value, max, plotHeight);
          const x = left + i * columnWidth + 6;
          const y = top + plotHeight - h;
          return (
            <g key={c.label}>
              <rect
                x={x}
                y={y}
                width={columnWidth - 12}
                height={h}
                fill={c.running ? `url(#${id}-hatch)` : '#1f4e8c'}
                stroke="#1a1a1a"
                strokeWidth={h > 0 ? 0.5 : 0}
              />
              <text x={x + (columnWidth - 12) / 2} y={y - 4} fontSize="11" textAnchor="middle" fill="#1a1a1a">
                {c.value}
              </text>
              <text
                x={x + (columnWidth - 12) / 2}
                y={top + plotHeight + 16}
                fontSize="10"
                textAnchor="middle"
                fill="#1a1a1a"
              >
                {c.label}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

export function LineChart({
  id,
  title,
  description,
  labels,
  values,
  compact = false,
}: {
  id: string;
  title: string;
  description: string;
  labels: string[];
  values: number[];
  compact?: boolean;
}) {
  const left = 40;
  const top = 20;
  const plotHeight = compact ? 90 : 160;
  const step = compact ? 36 : 48;
  const width = left + Math.max(1, labels.length) * step + 10;
  const height = top + plotHeight + 40;
  const max = niceMax(Math.max(0, ...values));
  const point = (v: number, i: number) => ({
    x: left + i * step + step / 2,
    y: top + plotHeight - barLength(v, max, plotHeight),
  });
  const path = values
    .map((v, i) => {
      const p = point(v, i);
      return `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`;
    })
    .join(' ');
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
        {ticks(max, compact ? 2 : 4).map((v) => {
          const y = top + plotHeight - barLength(v, max, plotHeight);
          return (
            <g key={v}>
              <line x1={left - 4} x2={width - 6} y1={y} y2={y} stroke="#c8c8c8" />
              <text x={left - 8} y={y + 4} fontSize="11" textAnchor="end" fill="#333">
                {v}
              </text>
            </g>
          );
        })}
        <path d={path} fill="none" stroke="#1f4e8c" strokeWidth="2" />
        {values.map((v, i) => {
          const p = point(v, i);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: one point per month, in order
            <g key={i}>
              <circle cx={p.x} cy={p.y} r="3.5" fill="#1f4e8c" />
              <text x={p.x} y={p.y - 7} fontSize="10" textAnchor="middle" fill="#1a1a1a">
                {v}
              </text>
              <text x={p.x} y={top + plotHeight + 16} fontSize="10" textAnchor="middle" fill="#1a1a1a">
                {labels[i]}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
