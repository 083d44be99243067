import ExcelJS from 'exceljs';
import type { ServiceContext } from '../../../core/audit/write.ts';
import type { Locale } from '../../../core/i18n/i18n.ts';
import { initiativesDb } from '../initiatives.tables.ts';
import type { Ledger, Payment } from './budget.ts';
import { type BudgetMessageKey, budgetText } from './budget-i18n.ts';
import { listPayments } from './budgets.repository.ts';
import { getLedger } from './get-ledger.ts';

// A budget's ledger as files for the finance department, with the same access as the ledger page.
// CSV as Dutch offices read it (UTF-8 with a byte order mark, semicolons, CRLF, formulas defused,
// amounts with a decimal comma in Dutch); XLSX (exceljs, as the progress reports do) with numbers
// as numbers in euros, a totals row, and a second sheet with every payment.

export const ledgerFormats = ['csv', 'xlsx'] as const;
export type LedgerFormat = (typeof ledgerFormats)[number];
export const ledgerMediaTypes: Record<LedgerFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface LedgerFile {
  body: Uint8Array | string;
  contentType: string;
  filename: string;
}

const columns: BudgetMessageKey[] = [
  'initiatives.budget.col.reference',
  'initiatives.budget.col.initiative',
  'initiatives.budget.col.neighbourhood',
  'initiatives.budget.col.grantStatus',
  'initiatives.budget.col.grantedOn',
  'initiatives.budget.col.granted',
  'initiatives.budget.col.paid',
  'initiatives.budget.col.accounted',
  'initiatives.budget.col.toPay',
  'initiatives.budget.col.accounting',
  'initiatives.budget.col.note',
];
const moneyColumns = new Set([5, 6, 7, 8]);

type Cell = string | number | null;

function rowsOf(ledger: Ledger, locale: Locale): Cell[][] {
  return ledger.entries.map((e) => [
    e.item.reference,
    e.item.title,
    e.item.areaName,
    budgetText(locale, `initiatives.budget.grantStatus.${e.status}` as BudgetMessageKey),
    e.grantedAt.slice(0, 10),
    e.grantedCents,
    e.paidCents,
    e.accountedCents,
    e.toPayCents,
    e.accountingStatus
      ? budgetText(locale, `initiatives.budget.accountingStatus.${e.accountingStatus}` as BudgetMessageKey)
      : '',
    e.note,
  ]);
}

function totalsRow(ledger: Ledger, locale: Locale): Cell[] {
  const t = ledger.totals;
  return [
    budgetText(locale, 'initiatives.budget.total'),
    '',
    '',
    '',
    '',
    t.grantedCents,
    t.paidCents,
    t.accountedCents,
    t.toPayCents,
    '',
    '',
  ];
}

/** A text cell that a spreadsheet will not run as a formula, quoted when it must be. */
export function csvText(value: string): string {
  const defused = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(defused) ? `"${defused.replace(/"/g, '""')}"` : defused;
}

function euros(cents: number, locale: Locale): string {
  const text = (cents / 100).toFixed(2);
  return locale === 'nl' ? text.replace('.', ',') : text;
}

export function ledgerCsv(ledger: Ledger, locale: Locale): string {
  const line = (cells: Cell[]) =>
    `${cells
      .map((c, i) =>
        c === null
          ? ''
          : moneyColumns.has(i) && typeof c === 'number'
            ? euros(c, locale)
            : csvText(String(c)),
      )
      .join(';')}\r\n`;
  const out = [`\uFEFF${line(columns.map((k) => budgetText(locale, k)))}`];
  for (const row of rowsOf(ledger, locale)) out.push(line(row));
  out.push(line(totalsRow(ledger, locale)));
  return out.join('');
}

const euroFormat = '#,##0.00 [$€-413]';

export async function ledgerXlsx(ledger: Ledger, payments: Payment[], locale: Locale): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Wijkwerk';
  wb.title = budgetText(locale, 'initiatives.budget.ledger.fileTitle', {
    area: ledger.budget.area.name,
    year: ledger.budget.year,
  });
  wb.created = new Date(0);
  const ws = wb.addWorksheet(budgetText(locale, 'initiatives.budget.ledger.sheet'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  ws.columns = columns.map((k, i) => ({
    header: budgetText(locale, k),
    key: `c${i}`,
    width: i === 1 || i === 10 ? 36 : 16,
    ...(moneyColumns.has(i) ? { style: { numFmt: euroFormat } } : {}),
  }));
  ws.getRow(1).font = { bold: true };
  const excel = (row: Cell[]) =>
    row.map((c, i) =>
      moneyColumns.has(i) && typeof c === 'number'
        ? c / 100
        : i === 4 && typeof c === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(c)
          ? new Date(`${c}T00:00:00Z`)
          : c,
    );
  for (const row of rowsOf(ledger, locale)) ws.addRow(excel(row)).getCell(5).numFmt = 'dd-mm-yyyy';
  const total = ws.addRow(excel(totalsRow(ledger, locale)));
  total.font = { bold: true };
  ws.addRow([]);
  const t = ledger.totals;
  for (const [key, cents] of [
    ['initiatives.budget.amount', t.amountCents],
    ['initiatives.budget.available', t.availableCents],
  ] as Array<[BudgetMessageKey, number]>) {
    const r = ws.addRow([budgetText(locale, key), '', '', '', '', cents / 100]);
    r.getCell(6).numFmt = euroFormat;
  }

  const ps = wb.addWorksheet(budgetText(locale, 'initiatives.budget.payments.sheet'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  ps.columns = [
    { header: budgetText(locale, 'initiatives.budget.col.reference'), key: 'ref', width: 18 },
    { header: budgetText(locale, 'initiatives.budget.col.initiative'), key: 'title', width: 36 },
    {
      header: budgetText(locale, 'initiatives.budget.col.paidOn'),
      key: 'on',
      width: 14,
      style: { numFmt: 'dd-mm-yyyy' },
    },
    {
      header: budgetText(locale, 'initiatives.budget.col.amount'),
      key: 'amount',
      width: 16,
      style: { numFmt: euroFormat },
    },
    { header: budgetText(locale, 'initiatives.budget.col.paymentReference'), key: 'pref', width: 24 },
  ];
  ps.getRow(1).font = { bold: true };
  const entryOf = new Map(ledger.entries.map((e) => [e.grantId, e]));
  for (const p of payments) {
    const e = entryOf.get(p.grantId);
    ps.addRow([
      e?.item.reference ?? '',
      e?.item.title ?? '',
      new Date(`${p.paidOn}T00:00:00Z`),
      p.amountCents / 100,
      p.reference,
    ]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The ledger as a file: the same access as getLedger (404 for whoever may not read it). */
export async function ledgerFile(
  ctx: ServiceContext,
  budgetId: string,
  format: LedgerFormat,
  locale: Locale,
): Promise<LedgerFile> {
  const ledger = await getLedger(ctx, budgetId);
  const stem = `${budgetText(locale, 'initiatives.budget.ledger.fileStem')}-${ledger.budget.area.code}-${ledger.budget.year}`;
  if (format === 'csv')
    return { body: ledgerCsv(ledger, locale), contentType: ledgerMediaTypes.csv, filename: `${stem}.csv` };
  const payments = await listPayments(
    initiativesDb(ctx.db),
    ctx.actor.municipalityId,
    ledger.entries.map((e) => e.grantId),
  );
  return {
    body: await ledgerXlsx(ledger, payments, locale),
    contentType: ledgerMediaTypes.xlsx,
    filename: `${stem}.xlsx`,
  };
}

/** The Content-Disposition of a download, with an ASCII name and the UTF-8 one (RFC 6266). */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
