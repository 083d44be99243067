import {
  coFinancingTargetPercent,
  type FinanceSummary,
  formatEuro,
  formatPercent,
} from '../../../modules/plan/financing/co-financing.ts';
import '../../../modules/plan/financing/finance-i18n.ts';
import { useShell } from '../shell.ts';

// The committed money as one bar: the programme's own budget (solid) beside other sources
// (hatched), with the target share marked. Server-rendered SVG with its figures in the text
// alternative and written beside it, so it needs no JavaScript and no colour to be read.

export function CoFinancingChart({ summary, id }: { summary: FinanceSummary; id: string }) {
  const { t, locale } = useShell();
  if (summary.committedCents <= 0 || summary.otherSharePercent === null) return null;
  const width = 480;
  const height = 40;
  const barY = 8;
  const barH = 24;
  const otherWidth = (width * summary.otherSourcesCents) / summary.committedCents;
  const programmeWidth = width - otherWidth;
  const targetX = (width * coFinancingTargetPercent) / 100;
  const target = formatPercent(coFinancingTargetPercent, locale);
  const alt = t('plan.finance.chart.alt', {
    programme: formatEuro(summary.programmeCents, locale),
    other: formatEuro(summary.otherSourcesCents, locale),
    share: formatPercent(summary.otherSharePercent, locale),
    target,
  });
  return (
    <figure className="wijkwerk-finance-chart">
      <figcaption className="utrecht-paragraph">{t('plan.finance.chart.title')}</figcaption>
      <svg
        role="img"
        aria-label={alt}
        width={width}
        height={height}
        style={{ maxWidth: '100%', height: 'auto' }}
        viewBox={`0 0 ${width} ${height}`}
        focusable="false"
      >
        <defs>
          <pattern
            id={`${id}-hatch`}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#1f4e8c" strokeWidth="3" />
          </pattern>
        </defs>
        {/* Other sources first (from the left), so the share reads against the target mark. */}
        <rect x="0" y={barY} width={otherWidth} height={barH} fill={`url(#${id}-hatch)`} />
        <rect x={otherWidth} y={barY} width={programmeWidth} height={barH} fill="#1f4e8c" />
        <rect x="0.5" y={barY + 0.5} width={width - 1} height={barH - 1} fill="none" stroke="#1a1a1a" />
        <line
          x1={targetX}
          x2={targetX}
          y1="2"
          y2={barY + barH + 6}
          stroke="#1a1a1a"
          strokeWidth="2"
          strokeDasharray="4 2"
        />
      </svg>
      <ul className="utrecht-unordered-list wijkwerk-finance-chart__legend">
        <li>
          <svg width="14" height="14" aria-hidden="true" focusable="false">
            <rect x="0.5" y="0.5" width="13" height="13" fill={`url(#${id}-hatch)`} stroke="#1a1a1a" />
          </svg>{' '}
          {t('plan.finance.summary.other')}: {formatEuro(summary.otherSourcesCents, locale)} (
          {formatPercent(summary.otherSharePercent, locale)})
        </li>
        <li>
          <svg width="14" height="14" aria-hidden="true" focusable="false">
            <rect x="0.5" y="0.5" width="13" height="13" fill="#1f4e8c" stroke="#1a1a1a" />
          </svg>{' '}
          {t('plan.finance.summary.programme')}: {formatEuro(summary.programmeCents, locale)}
        </li>
        <li>
          <svg width="14" height="14" aria-hidden="true" focusable="false">
            <line x1="7" x2="7" y1="0" y2="14" stroke="#1a1a1a" strokeWidth="2" strokeDasharray="4 2" />
          </svg>{' '}
          {t('plan.finance.chart.target', { target })}
        </li>
      </ul>
    </figure>
  );
}
