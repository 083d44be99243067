import type { Translate } from '../../../core/i18n/i18n.ts';
import type { Report, ReportEffect, ReportFinances, ReportIndicator } from './report.ts';
import { formatCell } from './report-tables.ts';

// The report's charts as SVG text, drawn once and used everywhere: inline on the page, as vector
// graphics in the PDF, and rendered to PNG for the Word document. Each chart carries a text
// alternative that says the same in words; values are printed beside the bars, so no meaning
// rests on colour alone. Pure.

export interface ReportChart {
  key: 'progress' | 'indicators' | 'finances' | 'effects';
  title: string;
  /** The text alternative: everything the chart shows, in one or a few sentences. */
  description: string;
  svg: string;
  width: number;
  height: number;
}

export const chartFont = 'Roboto, Arial, sans-serif';
const WIDTH = 720;
const LABEL = 230;
const BAR_LEFT = LABEL + 10;
const BAR_WIDTH = 240;
const ROW = 26;
const INK = '#1a1a1a';
const BAR = '#1d5c99';
const TRACK = '#e4e8ee';
const ACCENT = '#b3470f';

export function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function clip(text: string, max = 38): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function svgDoc(width: number, height: number, title: string, body: string): string {
  return (
    // aria-hidden: on the page the chart's wrapper is the image, named by the text alternative.
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-hidden="true" ` +
    `font-family="${chartFont}" font-size="12"><title>${xml(title)}</title>` +
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>${body}</svg>`
  );
}

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${x}" y="${y}" fill="${INK}"${attrs ? ` ${attrs}` : ''}>${xml(content)}</text>`;
}

/** Horizontal bars on a 0–max scale, each with its value printed after it. */
function barRows(
  rows: Array<{ label: string; value: number | null; shown: string; indent?: number }>,
  max: number,
): { body: string; height: number } {
  let body = '';
  rows.forEach((r, i) => {
    const y = 10 + i * ROW;
    body += text(4 + (r.indent ?? 0) * 12, y + 14, clip(r.label, 38 - (r.indent ?? 0) * 2));
    body += `<rect x="${BAR_LEFT}" y="${y + 3}" width="${BAR_WIDTH}" height="14" fill="${TRACK}"/>`;
    if (r.value !== null && r.value > 0) {
      const w = Math.max(1, Math.round((Math.min(r.value, max) / max) * BAR_WIDTH));
      body += `<rect x="${BAR_LEFT}" y="${y + 3}" width="${w}" height="14" fill="${BAR}"/>`;
    }
    body += text(BAR_LEFT + BAR_WIDTH + 8, y + 14, r.shown);
  });
  return { body, height: 20 + rows.length * ROW };
}

function progressChart(t: Translate, locale: string, report: Report): ReportChart | null {
  const items = report.items.filter((i) => i.level !== 'intervention');
  if (items.length === 0) return null;
  const rows = items.map((i) => ({
    label:
      report.kind === 'programme' && i.depth === 0
        ? `${(i as { planTitle?: string }).planTitle ?? ''}: ${i.title}`
        : i.title,
    value: i.progress,
    shown: i.progress === null ? t('plan.report.noValue') : formatCell(locale, 'percent', i.progress),
    indent: i.depth,
  }));
  const { body, height } = barRows(rows, 100);
  const title = t('plan.report.chart.progress');
  const description = `${title}: ${rows.map((r) => `${r.label} ${r.shown}`).join('; ')}.`;
  return {
    key: 'progress',
    title,
    description,
    svg: svgDoc(WIDTH, height, title, body),
    width: WIDTH,
    height,
  };
}

function indicatorChart(t: Translate, locale: string, indicators: ReportIndicator[]): ReportChart | null {
  const measured = indicators.filter((i) => i.towardsTarget !== null);
  if (measured.length === 0) return null;
  const rows = measured.map((i) => ({
    label: i.name,
    value: i.towardsTarget,
    shown: t('plan.report.chart.towards', {
      share: formatCell(locale, 'percent', i.towardsTarget),
      latest: formatCell(locale, 'number', i.latest?.value ?? null),
      target: formatCell(locale, 'number', i.target),
    }),
  }));
  const { body, height } = barRows(rows, 100);
  const title = t('plan.report.chart.indicators');
  const description = `${title}: ${rows.map((r) => `${r.label} ${r.shown}`).join('; ')}.`;
  return {
    key: 'indicators',
    title,
    description,
    svg: svgDoc(WIDTH, height, title, body),
    width: WIDTH,
    height,
  };
}

function effectChart(t: Translate, effects: ReportEffect[]): ReportChart | null {
  if (effects.length === 0) return null;
  const max = Math.max(1, ...effects.map((e) => e.projects));
  const rows = effects.map((e) => ({
    label: e.name,
    value: e.projects,
    shown: t('plan.report.chart.projects', { count: e.projects }),
  }));
  const { body, height } = barRows(rows, max);
  const title = t('plan.report.chart.effects');
  const description = `${title}: ${rows.map((r) => `${r.label} ${r.shown}`).join('; ')}.`;
  return {
    key: 'effects',
    title,
    description,
    svg: svgDoc(WIDTH, height, title, body),
    width: WIDTH,
    height,
  };
}

function financeChart(t: Translate, locale: string, f: ReportFinances): ReportChart | null {
  if (f.committedCents <= 0) return null;
  const height = 110;
  const left = 20;
  const width = WIDTH - 40;
  const otherW = Math.round((f.otherSourcesCents / f.committedCents) * width);
  const targetX = left + Math.round((f.targetPercent / 100) * width);
  const own = formatCell(locale, 'cents', f.committedCents - f.otherSourcesCents);
  const other = formatCell(locale, 'cents', f.otherSourcesCents);
  const share = formatCell(locale, 'percent', f.otherSharePercent);
  const target = formatCell(locale, 'percent', f.targetPercent);
  let body = '';
  body += `<rect x="${left}" y="30" width="${width}" height="28" fill="${TRACK}"/>`;
  if (otherW > 0) body += `<rect x="${left}" y="30" width="${otherW}" height="28" fill="${BAR}"/>`;
  body += `<line x1="${targetX}" y1="22" x2="${targetX}" y2="66" stroke="${ACCENT}" stroke-width="2" stroke-dasharray="4 3"/>`;
  body += text(left, 18, t('plan.report.chart.otherSources', { amount: other, share }));
  body += text(targetX + 4, 80, t('plan.report.chart.target', { target }));
  body += text(left, 100, t('plan.report.chart.ownBudget', { amount: own }));
  const title = t('plan.report.chart.finances');
  const description = t('plan.report.chart.financesText', {
    committed: formatCell(locale, 'cents', f.committedCents),
    other,
    share,
    target,
  });
  return {
    key: 'finances',
    title,
    description,
    svg: svgDoc(WIDTH, height, title, body),
    width: WIDTH,
    height,
  };
}

/** The report's charts, leaving out those with nothing to show. */
export function reportCharts(t: Translate, locale: string, report: Report): ReportChart[] {
  return [
    progressChart(t, locale, report),
    indicatorChart(t, locale, report.indicators),
    effectChart(t, report.effects),
    financeChart(t, locale, report.finances),
  ].filter((c): c is ReportChart => c !== null);
}
