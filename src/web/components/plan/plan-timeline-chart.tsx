import type { Locale, Translate } from '../../../core/i18n/i18n.ts';
import type {
  PlanTimeline,
  TimelineDeadline,
  TimelineLane,
} from '../../../modules/plan/cycles/get-plan-timeline.ts';
import { formatDay } from './timeline-format.ts';
import { barSpan, dateX, shortLabel, yearTicks } from './timeline-scale.ts';

// The plan's timeline as server-rendered SVG (no JavaScript needed): one lane per owner with a bar
// per item from start to end, the deadlines of that owner's planning cycles as diamonds with a
// dashed line, today as a line. Items that need attention get a hatched bar and an exclamation
// mark, so nothing rests on colour alone. The page puts tables with the same facts beside it.

const labelWidth = 230;
const plotWidth = 700;
const rowHeight = 22;
const laneHeader = 24;
const top = 34;

const levelFill = { goal: '#a9c2e0', action_line: '#4f7fb8', intervention: '#1f4e8c' } as const;

function laneDeadlines(lane: TimelineLane, deadlines: TimelineDeadline[]): TimelineDeadline[] {
  const owner = lane.owner;
  if (!owner) return [];
  return deadlines.filter((d) =>
    d.organisationId === null ? owner.kind === 'department' : d.organisationId === owner.id,
  );
}

export function PlanTimelineChart({
  id,
  timeline,
  t,
  locale,
}: {
  id: string;
  timeline: PlanTimeline;
  t: Translate;
  locale: Locale;
}) {
  const { window } = timeline;
  const x = (date: string) => dateX(date, window, labelWidth, plotWidth);
  const rows = timeline.lanes.reduce((n, lane) => n + 1 + lane.entries.length, 0);
  const height = top + timeline.lanes.length * (laneHeader - rowHeight) + rows * rowHeight + 12;
  const width = labelWidth + plotWidth + 24;
  const showToday = timeline.today >= window.from && timeline.today <= window.to;
  let y = top;
  return (
    <figure className="wijkwerk-chart wijkwerk-timeline">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: `${width}px` }}
      >
        <title id={`${id}-title`}>
          {t('plan.cycle.timeline.chartTitle', {
            from: formatDay(locale, window.from),
            to: formatDay(locale, window.to),
          })}
        </title>
        <desc id={`${id}-desc`}>{t('plan.cycle.timeline.chartDesc')}</desc>
        <defs>
          <pattern
            id={`${id}-hatch`}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#ffffff" />
            <rect width="3" height="6" fill="#b34700" />
          </pattern>
        </defs>
        {yearTicks(window).map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={top - 8} y2={height - 8} stroke="#c8c8c8" />
            <text x={x(tick) + 3} y={top - 14} fontSize="12" fill="#333">
              {tick.slice(0, 4)}
            </text>
          </g>
        ))}
        {timeline.lanes.map((lane) => {
          const laneTop = y;
          const laneBottom = laneTop + laneHeader + lane.entries.length * rowHeight;
          y = laneBottom;
          const deadlines = laneDeadlines(lane, timeline.deadlines);
          return (
            <g key={lane.owner?.id ?? 'none'}>
              <rect x={0} y={laneTop} width={width} height={laneHeader - 2} fill="#f0f0f0" />
              <text x={6} y={laneTop + 16} fontSize="13" fontWeight="bold" fill="#1a1a1a">
                {shortLabel(lane.owner?.name ?? t('plan.cycle.timeline.noOwnerLane'), 30)}
              </text>
              {deadlines.map((d) => {
                const dx = x(d.date);
                return (
                  <g key={`${d.deadlineId}-${d.date}`}>
                    <title>
                      {t('plan.cycle.timeline.deadlineAt', {
                        date: formatDay(locale, d.date),
                        title: d.title,
                        cycle: d.cycleName,
                      })}
                    </title>
                    <line
                      x1={dx}
                      x2={dx}
                      y1={laneTop + laneHeader - 2}
                      y2={laneBottom}
                      stroke="#6b3d8f"
                      strokeDasharray="3 3"
                    />
                    <path
                      d={`M ${dx} ${laneTop + 4} l 7 7 l -7 7 l -7 -7 z`}
                      fill={d.purpose === 'budget' ? '#6b3d8f' : '#ffffff'}
                      stroke="#6b3d8f"
                      strokeWidth="1.5"
                    />
                  </g>
                );
              })}
              {lane.entries.map((entry, i) => {
                const rowY = laneTop + laneHeader + i * rowHeight;
                const span = barSpan(entry.item, window);
                const flagged = entry.timeline.flags.some((f) => f !== 'no_dates');
                const indent = entry.item.level === 'goal' ? 0 : entry.item.level === 'action_line' ? 10 : 20;
                const x1 = span ? x(span.from) : labelWidth;
                const x2 = span ? Math.max(x1 + 3, x(span.to)) : labelWidth;
                return (
                  <g key={entry.item.id}>
                    <title>
                      {[
                        entry.item.title,
                        ...entry.timeline.flags.map((f) => t(`plan.cycle.timeline.flag.${f}`)),
                      ].join(' — ')}
                    </title>
                    <text x={6 + indent} y={rowY + 15} fontSize="12" fill="#1a1a1a">
                      {shortLabel(entry.item.title, 34 - indent / 5)}
                    </text>
                    {span ? (
                      <rect
                        x={x1}
                        y={rowY + 4}
                        width={x2 - x1}
                        height={rowHeight - 8}
                        rx={2}
                        fill={flagged ? `url(#${id}-hatch)` : levelFill[entry.item.level]}
                        stroke="#1a1a1a"
                        strokeWidth="0.5"
                      />
                    ) : (
                      <text x={labelWidth + 4} y={rowY + 15} fontSize="11" fontStyle="italic" fill="#444">
                        {t('plan.cycle.timeline.noDate')}
                      </text>
                    )}
                    {flagged ? (
                      <text
                        x={(span ? x2 : labelWidth + 70) + 5}
                        y={rowY + 16}
                        fontSize="14"
                        fontWeight="bold"
                        fill="#b30000"
                      >
                        !
                      </text>
                    ) : null}
                  </g>
                );
              })}
            </g>
          );
        })}
        {showToday ? (
          <g>
            <line
              x1={x(timeline.today)}
              x2={x(timeline.today)}
              y1={top - 8}
              y2={height - 8}
              stroke="#b30000"
            />
            <text x={x(timeline.today) + 3} y={top - 2} fontSize="11" fill="#b30000">
              {t('plan.cycle.timeline.today')}
            </text>
          </g>
        ) : null}
      </svg>
      <figcaption className="wijkwerk-chart__legend">
        <span className="utrecht-paragraph">{t('plan.cycle.timeline.legend')}:</span>
        <ul className="utrecht-unordered-list wijkwerk-chart__legend-list">
          <li className="utrecht-unordered-list__item">
            <svg width="18" height="12" aria-hidden="true" focusable="false">
              <rect width="18" height="12" fill={levelFill.intervention} stroke="#1a1a1a" strokeWidth="0.5" />
            </svg>{' '}
            {t('plan.cycle.timeline.legend.bar')}
          </li>
          <li className="utrecht-unordered-list__item">
            <svg width="16" height="16" aria-hidden="true" focusable="false">
              <path d="M 8 1 l 7 7 l -7 7 l -7 -7 z" fill="#6b3d8f" stroke="#6b3d8f" />
            </svg>{' '}
            {t('plan.cycle.timeline.legend.deadline')}
          </li>
          <li className="utrecht-unordered-list__item">
            <svg width="26" height="14" aria-hidden="true" focusable="false">
              <defs>
                <pattern
                  id={`${id}-hatch-legend`}
                  width="6"
                  height="6"
                  patternUnits="userSpaceOnUse"
                  patternTransform="rotate(45)"
                >
                  <rect width="6" height="6" fill="#ffffff" />
                  <rect width="3" height="6" fill="#b34700" />
                </pattern>
              </defs>
              <rect
                width="16"
                height="12"
                fill={`url(#${id}-hatch-legend)`}
                stroke="#1a1a1a"
                strokeWidth="0.5"
              />
              <text x="19" y="11" fontSize="13" fontWeight="bold" fill="#b30000">
                !
              </text>
            </svg>{' '}
            {t('plan.cycle.timeline.legend.flag')}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
