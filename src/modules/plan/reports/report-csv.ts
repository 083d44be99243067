import type { Locale } from '../../../core/i18n/i18n.ts';
import { CSV_SEPARATOR, csvCell } from '../../social-map/exports/asset-csv.ts';
import type { ReportTable } from './report-tables.ts';

// One table of the report as CSV, the way Dutch offices open it in Excel (as the social map's
// export, decision 009): UTF-8 with a byte order mark, semicolons, CRLF, RFC 4180 quoting, text
// that would run as a formula defused. Numbers stay plain numbers with the locale's decimal mark
// (a comma in Dutch), euros from cents, dates as YYYY-MM-DD.

function numberText(locale: Locale, value: number): string {
  const text = String(Math.round(value * 100) / 100);
  return locale === 'nl' ? text.replace('.', ',') : text;
}

export function reportCsv(locale: Locale, table: ReportTable): string {
  const lines = [table.columns.map((c) => csvCell(c.label)).join(CSV_SEPARATOR)];
  for (const row of table.rows) {
    lines.push(
      row.cells
        .map((cell, i) => {
          if (typeof cell !== 'number') return csvCell(cell);
          const kind = table.columns[i]?.kind;
          return numberText(locale, kind === 'cents' ? cell / 100 : cell);
        })
        .join(CSV_SEPARATOR),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
