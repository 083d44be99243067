import type { ServiceContext } from '../../../core/audit/write.ts';
import type { Locale } from '../../../core/i18n/i18n.ts';
import { CSV_SEPARATOR, csvCell } from '../../social-map/exports/asset-csv.ts';
import { sourceLabel } from './budget-line.ts';
import { type FinanceMessageKey, financeText } from './finance-i18n.ts';
import { loadProgrammeData, type ProgrammeFinancesInput } from './programme-finances.ts';

// Every budget line of the programme overview as a spreadsheet for the finance department: one
// row per line, with the same filters as the page. As the social map's export does it for
// Dutch offices: UTF-8 with a byte order mark, semicolons, CRLF, formulas defused. Amounts in
// euros with a decimal comma in Dutch (a point in English), so the spreadsheet reads numbers.

const columns: FinanceMessageKey[] = [
  'plan.finance.csv.plan',
  'plan.finance.csv.area',
  'plan.finance.csv.item',
  'plan.finance.csv.owner',
  'plan.finance.csv.sourceKind',
  'plan.finance.csv.source',
  'plan.finance.csv.description',
  'plan.finance.csv.year',
  'plan.finance.csv.committed',
  'plan.finance.csv.spent',
  'plan.finance.csv.itemId',
  'plan.finance.csv.lineId',
];

/** An amount as the spreadsheet should read it: digits and one decimal mark, never quoted. */
export function euroCell(cents: number, locale: Locale): { raw: string } {
  const text = (cents / 100).toFixed(2);
  return { raw: locale === 'nl' ? text.replace('.', ',') : text };
}

type Cell = string | number | { raw: string };

function csvLine(cells: Cell[]): string {
  return `${cells.map((c) => (typeof c === 'object' ? c.raw : csvCell(c))).join(CSV_SEPARATOR)}\r\n`;
}

export async function budgetLinesCsv(
  ctx: ServiceContext,
  input: ProgrammeFinancesInput,
  locale: Locale,
): Promise<string> {
  const d = await loadProgrammeData(ctx, input);
  const rows: string[] = [`\uFEFF${csvLine(columns.map((k) => financeText(locale, k)))}`];
  const entries = [...d.linesByItem.entries()]
    .map(([itemId, lines]) => ({ item: d.items.get(itemId), lines }))
    .filter((e) => e.item && d.plans.has(e.item.planId))
    .sort(
      (a, b) =>
        (d.plans.get(a.item?.planId ?? '')?.title ?? '').localeCompare(
          d.plans.get(b.item?.planId ?? '')?.title ?? '',
          'nl',
        ) || (a.item?.title ?? '').localeCompare(b.item?.title ?? '', 'nl'),
    );
  for (const { item, lines } of entries) {
    if (!item) continue;
    const plan = d.plans.get(item.planId);
    if (!plan) continue;
    for (const line of lines) {
      rows.push(
        csvLine([
          plan.title,
          plan.area.code,
          item.title,
          item.ownerOrganisation?.name ?? '',
          financeText(locale, `plan.finance.sourceKind.${line.sourceKind}`),
          sourceLabel(line),
          line.description,
          line.year,
          euroCell(line.committedCents, locale),
          euroCell(line.spentCents, locale),
          item.id,
          line.id,
        ]),
      );
    }
  }
  return rows.join('');
}
