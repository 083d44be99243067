import { ValidationError } from '../../../core/errors.ts';
import type { Locale } from '../../../core/i18n/i18n.ts';
import type { Report } from './report.ts';
import { reportCsv } from './report-csv.ts';
import { reportDocx } from './report-docx.ts';
import { reportOutline } from './report-outline.ts';
import { reportPdf } from './report-pdf.ts';
import { type TableKey, tableKeys } from './report-tables.ts';
import { reportXlsx } from './report-xlsx.ts';

// A report as a file to download, in one of the four formats; the pages and the API both serve
// these. The CSV holds one table (the status table unless another is asked for).

export const reportFormats = ['pdf', 'docx', 'xlsx', 'csv'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export const reportMediaTypes: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

export interface ReportFile {
  body: Uint8Array | string;
  contentType: string;
  filename: string;
}

export function isTableKey(value: string): value is TableKey {
  return (tableKeys as readonly string[]).includes(value);
}

export async function reportFile(
  report: Report,
  locale: Locale,
  format: ReportFormat,
  table?: string | null,
): Promise<ReportFile> {
  const outline = reportOutline(report, locale);
  const file = (ext: string, body: Uint8Array | string) => ({
    body,
    contentType: reportMediaTypes[format],
    filename: `${outline.fileStem}.${ext}`,
  });
  if (format === 'pdf') return file('pdf', new Uint8Array(await reportPdf(outline)));
  if (format === 'docx') return file('docx', new Uint8Array(await reportDocx(outline)));
  if (format === 'xlsx') return file('xlsx', new Uint8Array(await reportXlsx(outline)));
  const key = table || (report.kind === 'plan' ? 'status' : 'plans');
  const chosen = isTableKey(key) ? outline.tables.find((tb) => tb.key === key) : undefined;
  if (!chosen) throw new ValidationError([{ field: 'tabel', key: 'plan.report.error.unknownTable' }]);
  return { ...file('csv', reportCsv(locale, chosen)), filename: `${outline.fileStem}-${chosen.key}.csv` };
}

/** The Content-Disposition of a download, with an ASCII name and the UTF-8 one (RFC 6266). */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
