import {
  budgetSourceKinds,
  coFinancingTargetPercent,
  type FinanceSummary,
  formatEuro,
  formatPercent,
  meetsCoFinancingTarget,
} from '../../../modules/plan/financing/co-financing.ts';
import '../../../modules/plan/financing/finance-i18n.ts';
import { Alert } from '../alert.tsx';
import { useShell } from '../shell.ts';
import { CoFinancingChart } from './co-financing-chart.tsx';

// The figures of one project or of the whole programme: committed, spent, from the programme
// budget and from other sources, the share against the target, the chart, and per kind of source.

export function FinanceSummaryView({
  summary,
  id,
  headingLevel = 2,
}: {
  summary: FinanceSummary;
  id: string;
  headingLevel?: 2 | 3;
}) {
  const { t, locale } = useShell();
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const Hsub = `h${headingLevel + 1}` as 'h3' | 'h4';
  const target = formatPercent(coFinancingTargetPercent, locale);
  const fact = (key: string, value: string) => (
    <div className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{t(key)}</dt>
      <dd className="utrecht-data-list__item-value">{value}</dd>
    </div>
  );
  return (
    <section aria-labelledby={`${id}-heading`}>
      <H className={`utrecht-heading-${headingLevel}`} id={`${id}-heading`}>
        {t('plan.finance.summary')}
      </H>
      <dl className="utrecht-data-list">
        {fact('plan.finance.summary.committed', formatEuro(summary.committedCents, locale))}
        {fact('plan.finance.summary.spent', formatEuro(summary.spentCents, locale))}
        {fact('plan.finance.summary.programme', formatEuro(summary.programmeCents, locale))}
        {fact('plan.finance.summary.other', formatEuro(summary.otherSourcesCents, locale))}
        {fact(
          'plan.finance.summary.share',
          summary.otherSharePercent === null
            ? t('plan.finance.noShare')
            : formatPercent(summary.otherSharePercent, locale),
        )}
      </dl>
      {summary.otherSharePercent !== null ? (
        <p className="utrecht-paragraph">
          {meetsCoFinancingTarget(summary.otherSharePercent)
            ? t('plan.finance.target.met', { target })
            : t('plan.finance.target.notMet', { target })}
        </p>
      ) : null}
      {summary.overspent ? <Alert type="warning">{t('plan.finance.overspent')}</Alert> : null}
      <CoFinancingChart summary={summary} id={`${id}-chart`} />
      {summary.committedCents > 0 ? (
        <>
          <Hsub className={`utrecht-heading-${headingLevel + 1}`}>{t('plan.finance.bySource')}</Hsub>
          <table className="utrecht-table">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {t('plan.finance.col.kind')}
                </th>
                <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                  {t('plan.finance.col.committed')}
                </th>
                <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                  {t('plan.finance.col.spent')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {budgetSourceKinds
                .filter(
                  (k) => summary.bySourceKind[k].committedCents > 0 || summary.bySourceKind[k].spentCents > 0,
                )
                .map((k) => (
                  <tr className="utrecht-table__row" key={k}>
                    <th className="utrecht-table__header-cell" scope="row">
                      {t(`plan.finance.sourceKind.${k}`)}
                    </th>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric">
                      {formatEuro(summary.bySourceKind[k].committedCents, locale)}
                    </td>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric">
                      {formatEuro(summary.bySourceKind[k].spentCents, locale)}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
