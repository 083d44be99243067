import ExcelJS from 'exceljs';
import type { ReportOutline } from './report-outline.ts';
import type { CellKind, CellValue } from './report-tables.ts';

// The report's tables as an Excel workbook (exceljs; decision 022): one sheet per table, the
// header row frozen and bold, numbers as numbers (euros from cents, percentages as percentages)
// so the council's staff can calculate with them, and dates as dates.

const formats: Partial<Record<CellKind, string>> = {
  cents: '#,##0.00 [$€-413]',
  percent: '0.0"%"',
  number: '#,##0.##',
  date: 'dd-mm-yyyy',
};

function excelValue(kind: CellKind, value: CellValue): string | number | Date | null {
  if (value === null) return null;
  if (kind === 'cents' && typeof value === 'number') return value / 100;
  if (kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return new Date(`${value}T00:00:00Z`);
  return value;
}

/** A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ], unique. */
function sheetName(title: string, used: Set<string>): string {
  const base =
    title
      .replace(/[:\\/?*[\]]/g, ' ')
      .slice(0, 28)
      .trim() || 'Tabel';
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} ${n}`;
  used.add(name.toLowerCase());
  return name;
}

export async function reportXlsx(outline: ReportOutline): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Wijkwerk';
  wb.title = outline.title;
  wb.created = new Date(0);
  const used = new Set<string>();
  for (const table of outline.tables) {
    const ws = wb.addWorksheet(sheetName(table.title, used), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = table.columns.map((c) => ({
      header: c.label,
      key: c.key,
      width: c.kind === 'text' ? 32 : 16,
      ...(formats[c.kind] ? { style: { numFmt: formats[c.kind] } } : {}),
    }));
    ws.getRow(1).font = { bold: true };
    for (const row of table.rows) {
      const added = ws.addRow(row.cells.map((cell, i) => excelValue(table.columns[i]?.kind ?? 'text', cell)));
      if (row.total) added.font = { bold: true };
      const titleCol = table.columns.findIndex((c) => c.key === 'title');
      if (row.depth && titleCol >= 0) added.getCell(titleCol + 1).alignment = { indent: row.depth };
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
