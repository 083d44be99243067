import type { Translate } from '../../../core/i18n/i18n.ts';
import type { PlanReport, ProgrammeReport, Report, ReportIndicator, ReportItem } from './report.ts';

// The report's tables, one definition for every output: the page shows them, the CSV and XLSX
// are them, the PDF and the Word document print them. Cells keep their kind so each output
// formats them its own way (euro cents as euros, percentages, dates). Pure.

export const tableKeys = [
  'status',
  'plans',
  'indicators',
  'reviews',
  'effects',
  'finances',
  'voices',
] as const;
export type TableKey = (typeof tableKeys)[number];

export type CellKind = 'text' | 'number' | 'percent' | 'cents' | 'date';
export type CellValue = string | number | null;

export interface ReportColumn {
  key: string;
  label: string;
  kind: CellKind;
}

export interface ReportRow {
  cells: CellValue[];
  /** Indentation in the status table (goal 0, action line 1, intervention 2); a total row is bold. */
  depth?: number;
  total?: boolean;
}

export interface ReportTable {
  key: TableKey;
  title: string;
  /** One sentence under the title: what the table shows, or why it is empty. */
  caption: string;
  columns: ReportColumn[];
  rows: ReportRow[];
}

function col(t: Translate, key: string, kind: CellKind = 'text'): ReportColumn {
  return { key, label: t(`plan.report.column.${key}`), kind };
}

function verdictText(t: Translate, item: ReportItem): string | null {
  return item.verdict ? t(`plan.report.verdict.${item.verdict.verdict}`) : null;
}

function statusTable(
  t: Translate,
  items: Array<ReportItem & { planTitle?: string }>,
  withPlan: boolean,
): ReportTable {
  return {
    key: 'status',
    title: t('plan.report.table.status'),
    caption: items.length ? t('plan.report.caption.status') : t('plan.report.empty.status'),
    columns: [
      ...(withPlan ? [col(t, 'plan')] : []),
      col(t, 'level'),
      col(t, 'title'),
      col(t, 'owner'),
      col(t, 'status'),
      col(t, 'start', 'date'),
      col(t, 'end', 'date'),
      col(t, 'progress', 'percent'),
      col(t, 'verdict'),
      col(t, 'note'),
    ],
    rows: items.map((i) => ({
      depth: i.depth,
      cells: [
        ...(withPlan ? [i.planTitle ?? null] : []),
        t(`plan.level.${i.level}`),
        i.title,
        i.owner,
        t(`plan.status.${i.status}`),
        i.startDate,
        i.endDate,
        i.progress,
        verdictText(t, i),
        i.verdict?.note || null,
      ],
    })),
  };
}

function indicatorTable(
  t: Translate,
  indicators: Array<ReportIndicator & { planTitle?: string }>,
  withPlan: boolean,
): ReportTable {
  return {
    key: 'indicators',
    title: t('plan.report.table.indicators'),
    caption: indicators.length ? t('plan.report.caption.indicators') : t('plan.report.empty.indicators'),
    columns: [
      ...(withPlan ? [col(t, 'plan')] : []),
      col(t, 'item'),
      col(t, 'indicator'),
      col(t, 'unit'),
      col(t, 'baseline', 'number'),
      col(t, 'latest', 'number'),
      col(t, 'measuredOn', 'date'),
      col(t, 'target', 'number'),
      col(t, 'targetOn', 'date'),
      col(t, 'towardsTarget', 'percent'),
      col(t, 'reached'),
      col(t, 'source'),
    ],
    rows: indicators.map((i) => ({
      cells: [
        ...(withPlan ? [i.planTitle ?? null] : []),
        i.itemTitle,
        i.name,
        i.unit || null,
        i.baseline,
        i.latest?.value ?? null,
        i.latest?.measuredOn ?? null,
        i.target,
        i.targetOn,
        i.towardsTarget,
        i.latest ? t(i.reached ? 'plan.report.yes' : 'plan.report.no') : null,
        i.latest?.source ?? null,
      ],
    })),
  };
}

function effectTable(t: Translate, report: Report): ReportTable {
  return {
    key: 'effects',
    title: t('plan.report.table.effects'),
    caption: report.effects.length ? t('plan.report.caption.effects') : t('plan.report.empty.effects'),
    columns: [col(t, 'effect'), col(t, 'projects', 'number')],
    rows: report.effects.map((e) => ({ cells: [e.name, e.projects] })),
  };
}

function voiceTable(t: Translate, report: Report): ReportTable {
  const withPlan = report.kind === 'programme';
  return {
    key: 'voices',
    title: t('plan.report.table.voices'),
    caption: report.voices.length ? t('plan.report.caption.voices') : t('plan.report.empty.voices'),
    columns: [
      ...(withPlan ? [col(t, 'plan')] : []),
      col(t, 'quote'),
      col(t, 'attribution'),
      col(t, 'item'),
      col(t, 'addedOn', 'date'),
    ],
    rows: report.voices.map((v) => ({
      cells: [
        ...(withPlan ? [(v as { planTitle?: string }).planTitle ?? null] : []),
        v.quote,
        v.attribution,
        v.item?.title ?? null,
        v.createdAt.slice(0, 10),
      ],
    })),
  };
}

function financeColumns(t: Translate, first: string): ReportColumn[] {
  return [
    col(t, first),
    col(t, 'committed', 'cents'),
    col(t, 'spent', 'cents'),
    col(t, 'otherSources', 'cents'),
    col(t, 'otherShare', 'percent'),
  ];
}

function share(other: number, committed: number): number | null {
  return committed > 0 ? Math.round((other * 1000) / committed) / 10 : null;
}

function planTables(t: Translate, report: PlanReport): ReportTable[] {
  const funded = report.items.filter((i) => i.finance !== null);
  const f = report.finances;
  return [
    statusTable(t, report.items, false),
    indicatorTable(t, report.indicators, false),
    {
      key: 'reviews',
      title: t('plan.report.table.reviews'),
      caption: report.reviews.length ? t('plan.report.caption.reviews') : t('plan.report.empty.reviews'),
      columns: [
        col(t, 'review'),
        col(t, 'scheduledOn', 'date'),
        col(t, 'heldOn', 'date'),
        col(t, 'onTrack', 'number'),
        col(t, 'needsAttention', 'number'),
        col(t, 'toAdjust', 'number'),
        col(t, 'summary'),
      ],
      rows: report.reviews.map((r) => ({
        cells: [
          r.title,
          r.scheduledOn,
          r.heldAt?.slice(0, 10) ?? null,
          r.counts.on_track,
          r.counts.needs_attention,
          r.counts.to_adjust,
          r.summary || null,
        ],
      })),
    },
    effectTable(t, report),
    {
      key: 'finances',
      title: t('plan.report.table.finances'),
      caption: funded.length ? t('plan.report.caption.finances') : t('plan.report.empty.finances'),
      columns: financeColumns(t, 'item'),
      rows: funded.length
        ? [
            ...funded.map((i) => {
              const m = i.finance ?? { committedCents: 0, spentCents: 0, otherSourcesCents: 0 };
              return {
                cells: [
                  i.title,
                  m.committedCents,
                  m.spentCents,
                  m.otherSourcesCents,
                  share(m.otherSourcesCents, m.committedCents),
                ],
              };
            }),
            {
              total: true,
              cells: [
                t('plan.report.total'),
                f.committedCents,
                f.spentCents,
                f.otherSourcesCents,
                f.otherSharePercent,
              ],
            },
          ]
        : [],
    },
    voiceTable(t, report),
  ];
}

function programmeTables(t: Translate, report: ProgrammeReport): ReportTable[] {
  const f = report.finances;
  return [
    {
      key: 'plans',
      title: t('plan.report.table.plans'),
      caption: report.plans.length ? t('plan.report.caption.plans') : t('plan.report.empty.plans'),
      columns: [
        col(t, 'plan'),
        col(t, 'area'),
        col(t, 'state'),
        col(t, 'start', 'date'),
        col(t, 'end', 'date'),
        col(t, 'progress', 'percent'),
        col(t, 'goals', 'number'),
        col(t, 'interventions', 'number'),
        col(t, 'running', 'number'),
        col(t, 'done', 'number'),
        col(t, 'lastReview', 'date'),
        col(t, 'onTrack', 'number'),
        col(t, 'needsAttention', 'number'),
        col(t, 'toAdjust', 'number'),
      ],
      rows: report.plans.map((p) => ({
        cells: [
          p.title,
          p.area.name,
          t(`plan.state.${p.state}`),
          p.periodStart,
          p.periodEnd,
          p.progress,
          p.goals,
          p.interventions,
          p.byStatus.running,
          p.byStatus.done,
          p.lastReview?.heldAt.slice(0, 10) ?? null,
          p.lastReview?.counts.on_track ?? null,
          p.lastReview?.counts.needs_attention ?? null,
          p.lastReview?.counts.to_adjust ?? null,
        ],
      })),
    },
    statusTable(t, report.items, true),
    indicatorTable(t, report.indicators, true),
    effectTable(t, report),
    {
      key: 'finances',
      title: t('plan.report.table.finances'),
      caption: f.committedCents > 0 ? t('plan.report.caption.finances') : t('plan.report.empty.finances'),
      columns: financeColumns(t, 'plan'),
      rows:
        f.committedCents > 0
          ? [
              ...report.plans.map((p) => ({
                cells: [
                  p.title,
                  p.finance.committedCents,
                  p.finance.spentCents,
                  p.finance.otherSourcesCents,
                  share(p.finance.otherSourcesCents, p.finance.committedCents),
                ],
              })),
              {
                total: true,
                cells: [
                  t('plan.report.total'),
                  f.committedCents,
                  f.spentCents,
                  f.otherSourcesCents,
                  f.otherSharePercent,
                ],
              },
            ]
          : [],
    },
    voiceTable(t, report),
  ];
}

/** The tables of a report, in the order the report shows them. */
export function reportTables(t: Translate, report: Report): ReportTable[] {
  return report.kind === 'plan' ? planTables(t, report) : programmeTables(t, report);
}

/** A cell as text for people (page, PDF, Word): euros, percentages and dates in the locale. */
export function formatCell(locale: string, kind: CellKind, value: CellValue): string {
  if (value === null || value === '') return '–';
  if (typeof value === 'string') {
    if (kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      const [y, m, d] = value.split('-');
      return locale === 'nl' ? `${d}-${m}-${y}` : value;
    }
    return value;
  }
  const tag = locale === 'nl' ? 'nl-NL' : 'en-GB';
  if (kind === 'cents')
    return new Intl.NumberFormat(tag, {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    }).format(value / 100);
  if (kind === 'percent')
    return `${new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(value)} %`;
  return new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }).format(value);
}
