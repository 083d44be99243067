import { formatNumber } from '../../../core/i18n/i18n.ts';
import type { Indicator } from '../../../modules/plan/plan.ts';
import { useShell } from '../shell.ts';
import { indicatorChart, indicatorStanding } from './indicator-figures.ts';
import { planDate, planValue } from './plan-format.ts';

// One indicator against its target: the figures in words (starting value, target, latest
// measurement, how far along), a server-rendered SVG line chart with a title and description,
// and a table with the same numbers. Lines differ by dash pattern and markers, not only colour.

const ink = '#1a1a1a';
const valueColour = '#1f4e8c';
const targetColour = '#8a3b00';

function LegendSample({ kind }: { kind: 'values' | 'baseline' | 'target' }) {
  return (
    <svg width="28" height="12" aria-hidden="true" focusable="false">
      {kind === 'values' ? (
        <>
          <line x1="2" x2="26" y1="6" y2="6" stroke={valueColour} strokeWidth="2" />
          <circle cx="14" cy="6" r="3.5" fill="#ffffff" stroke={valueColour} strokeWidth="2" />
        </>
      ) : kind === 'baseline' ? (
        <line x1="2" x2="26" y1="6" y2="6" stroke={ink} strokeWidth="1.5" strokeDasharray="2 3" />
      ) : (
        <>
          <line x1="2" x2="26" y1="6" y2="6" stroke={targetColour} strokeWidth="1.5" strokeDasharray="7 4" />
          <path d="M14 1 L19 6 L14 11 L9 6 Z" fill={targetColour} />
        </>
      )}
    </svg>
  );
}

export function IndicatorPanel({
  indicator,
  headingLevel,
  context,
}: {
  indicator: Indicator;
  headingLevel: 3 | 4;
  /** The item it belongs to, when shown away from it. */
  context?: string;
}) {
  const { t, locale } = useShell();
  const id = `indicator-${indicator.id}`;
  const standing = indicatorStanding(indicator);
  const value = (v: number) => planValue(locale, v, indicator.unit);
  const on = (v: number | null, date: string | null) =>
    v === null
      ? t('plan.public.indicator.unknownValue')
      : date
        ? t('plan.public.indicator.on', { value: value(v), date: planDate(locale, date) })
        : value(v);
  const g = indicatorChart(indicator);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const headingClass = headingLevel === 3 ? 'utrecht-heading-3' : 'utrecht-heading-4';
  const path = g.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
  const verdict =
    standing.verdict === 'better'
      ? t('plan.public.indicator.verdict.better', { percent: standing.towardsTarget ?? 0 })
      : t(`plan.public.indicator.verdict.${standing.verdict}`);
  return (
    <section className="wijkwerk-plan-indicator" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} className={headingClass}>
        {indicator.name}
      </Heading>
      {context ? <p className="utrecht-paragraph wijkwerk-plan-meta">{context}</p> : null}
      <dl className="utrecht-data-list utrecht-data-list--rows wijkwerk-data-list">
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t('plan.public.indicator.baseline')}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            {on(indicator.baseline, indicator.baselineOn)}
          </dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t('plan.public.indicator.target')}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            {on(indicator.target, indicator.targetOn)}{' '}
            <span className="wijkwerk-plan-meta">
              (
              {indicator.direction === 'increase'
                ? t('plan.public.indicator.higherBetter')
                : t('plan.public.indicator.lowerBetter')}
              )
            </span>
          </dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t('plan.public.indicator.latest')}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            {standing.latest
              ? on(standing.latest.value, standing.latest.measuredOn)
              : t('plan.public.indicator.none')}
          </dd>
        </div>
        {indicator.sourceKind === 'cbs' && indicator.cbs ? (
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">{t('plan.public.indicator.source')}</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
              {t('plan.public.indicator.sourceCbs', { area: indicator.cbs.area.name })}
            </dd>
          </div>
        ) : null}
      </dl>
      <p className="utrecht-paragraph wijkwerk-plan-verdict">{verdict}</p>
      {indicator.values.length > 0 ? (
        <>
          <figure className="wijkwerk-chart wijkwerk-plan-chart">
            <svg
              role="img"
              aria-labelledby={`${id}-title ${id}-desc`}
              viewBox={`0 0 ${g.width} ${g.height}`}
              width="100%"
              style={{ maxWidth: `${g.width}px` }}
            >
              <title id={`${id}-title`}>
                {t('plan.public.indicator.chartTitle', { name: indicator.name })}
              </title>
              <desc id={`${id}-desc`}>
                {t('plan.public.indicator.chartDesc', {
                  count: indicator.values.length,
                  baseline:
                    indicator.baseline === null
                      ? t('plan.public.indicator.unknownValue')
                      : value(indicator.baseline),
                  target:
                    indicator.target === null
                      ? t('plan.public.indicator.unknownValue')
                      : value(indicator.target),
                  latest: standing.latest
                    ? value(standing.latest.value)
                    : t('plan.public.indicator.unknownValue'),
                })}
              </desc>
              {g.yTicks.map((tick) => (
                <g key={tick.value}>
                  <line x1={g.plot.left} x2={g.plot.right} y1={tick.y} y2={tick.y} stroke="#d6d6d6" />
                  <text x={g.plot.left - 6} y={tick.y + 4} fontSize="11" textAnchor="end" fill={ink}>
                    {formatNumber(locale, tick.value)}
                  </text>
                </g>
              ))}
              {g.xTicks.map((tick) => (
                <g key={tick.year}>
                  <line x1={tick.x} x2={tick.x} y1={g.plot.bottom} y2={g.plot.bottom + 4} stroke={ink} />
                  <text x={tick.x} y={g.plot.bottom + 18} fontSize="11" textAnchor="middle" fill={ink}>
                    {tick.year}
                  </text>
                </g>
              ))}
              <line x1={g.plot.left} x2={g.plot.right} y1={g.plot.bottom} y2={g.plot.bottom} stroke={ink} />
              {g.baseline ? (
                <line
                  x1={g.plot.left}
                  x2={g.plot.right}
                  y1={g.baseline.y}
                  y2={g.baseline.y}
                  stroke={ink}
                  strokeWidth="1.5"
                  strokeDasharray="2 3"
                />
              ) : null}
              {g.target ? (
                <>
                  <line
                    x1={g.plot.left}
                    x2={g.plot.right}
                    y1={g.target.y}
                    y2={g.target.y}
                    stroke={targetColour}
                    strokeWidth="1.5"
                    strokeDasharray="7 4"
                  />
                  {g.target.x !== null ? (
                    <path
                      d={`M${g.target.x} ${g.target.y - 6} L${g.target.x + 6} ${g.target.y} L${g.target.x} ${g.target.y + 6} L${g.target.x - 6} ${g.target.y} Z`}
                      fill={targetColour}
                    />
                  ) : null}
                </>
              ) : null}
              <path d={path} fill="none" stroke={valueColour} strokeWidth="2.5" />
              {g.points.map((p) => (
                <circle
                  key={p.date}
                  cx={p.x}
                  cy={p.y}
                  r="4"
                  fill="#ffffff"
                  stroke={valueColour}
                  strokeWidth="2"
                />
              ))}
            </svg>
            <figcaption className="wijkwerk-chart__legend">
              <ul className="utrecht-unordered-list wijkwerk-chart__legend-list">
                <li className="utrecht-unordered-list__item">
                  <LegendSample kind="values" /> {t('plan.public.indicator.legendValues')}
                </li>
                {g.baseline ? (
                  <li className="utrecht-unordered-list__item">
                    <LegendSample kind="baseline" /> {t('plan.public.indicator.legendBaseline')}
                  </li>
                ) : null}
                {g.target ? (
                  <li className="utrecht-unordered-list__item">
                    <LegendSample kind="target" /> {t('plan.public.indicator.legendTarget')}
                  </li>
                ) : null}
              </ul>
            </figcaption>
          </figure>
          <div className="utrecht-table-container wijkwerk-table-scroll">
            <table className="utrecht-table utrecht-table--html-table">
              <caption className="utrecht-table__caption">
                {t('plan.public.indicator.table', { name: indicator.name })}
              </caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('plan.public.indicator.date')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                    {t('plan.public.indicator.value')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('plan.public.indicator.source')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('plan.public.indicator.note')}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {indicator.values.map((v) => (
                  <tr key={v.id} className="utrecht-table__row">
                    <td className="utrecht-table__cell">{planDate(locale, v.measuredOn)}</td>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric">{value(v.value)}</td>
                    <td className="utrecht-table__cell">{v.source}</td>
                    <td className="utrecht-table__cell">{v.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}
