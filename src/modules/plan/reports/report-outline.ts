import { type Locale, translator } from '../../../core/i18n/i18n.ts';
import type { Report } from './report.ts';
import { type ReportChart, reportCharts } from './report-charts.ts';
import './report-i18n.ts';
import { formatCell, type ReportTable, reportTables } from './report-tables.ts';

// What every rendering of a report shows, in order: the title, a few lines about the plan, the
// introduction, the vision, the charts with their text alternatives, and the tables. The page,
// the PDF and the Word document each lay this out their own way. Pure.

export interface ReportOutline {
  locale: Locale;
  title: string;
  meta: string[];
  intro: string;
  vision: { heading: string; text: string } | null;
  charts: ReportChart[];
  tables: ReportTable[];
  /** For the file names of the downloads: "voortgangsrapportage-noordhoek-2026-11-25". */
  fileStem: string;
}

export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'rapportage'
  );
}

export function reportOutline(report: Report, locale: Locale): ReportOutline {
  const t = translator(locale);
  const date = formatCell(locale, 'date', report.generatedAt.slice(0, 10));
  const day = report.generatedAt.slice(0, 10);
  const base = { locale, charts: reportCharts(t, locale, report), tables: reportTables(t, report) };
  if (report.kind === 'plan') {
    const p = report.plan;
    return {
      ...base,
      title: t('plan.report.titleOf', { title: p.title }),
      meta: [
        t('plan.report.area', { area: `${p.area.name} (${p.area.code})` }),
        t('plan.report.period', {
          start: formatCell(locale, 'date', p.periodStart),
          end: formatCell(locale, 'date', p.periodEnd),
        }),
        t('plan.report.state', { state: t(`plan.state.${p.state}`) }),
        t('plan.report.overallProgress', {
          progress:
            report.progress === null
              ? t('plan.report.noValue')
              : formatCell(locale, 'percent', report.progress),
        }),
        t('plan.report.generatedAt', { date }),
      ],
      intro: p.summary || t('plan.report.intro'),
      vision: p.vision ? { heading: t('plan.report.vision'), text: p.vision } : null,
      fileStem: `${t('plan.report.title').toLowerCase().replace(/\s+/g, '-')}-${slug(p.title)}-${day}`,
    };
  }
  return {
    ...base,
    title: t('plan.report.programmeTitle', { municipality: report.municipality }),
    meta: [t('plan.report.generatedAt', { date })],
    intro: t('plan.report.programmeIntro'),
    vision: null,
    fileStem: `${slug(t('plan.report.programmeTitle', { municipality: report.municipality }))}-${day}`,
  };
}
