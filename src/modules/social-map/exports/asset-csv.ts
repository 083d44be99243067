import type { z } from 'zod';
import type { Db } from '../../../core/db/database.ts';
import { type Locale, translate } from '../../../core/i18n/i18n.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import { parseInput } from '../../../core/validation.ts';
import { socialMapLinks } from '../links.ts';
import { searchAssetsInput, searchFilterFor } from '../search/search-assets.ts';
import { type SearchCursor, type SearchHitRow, searchHitRows } from '../search/search-repository.ts';
import { smDb } from '../social-map.tables.ts';
import { listTaxonomy } from '../taxonomy.ts';
import { type ExportsMessageKey, exportsText } from './i18n.ts';
import { requirePublicRead } from './public-assets.ts';

// The social map as a spreadsheet: what the public list shows, with the list's filters, every
// matching item (read in batches, not pages). For Excel as Dutch offices use it: UTF-8 with a
// byte order mark (else Excel guesses Windows-1252), semicolons between cells (the list
// separator of a Dutch Windows, where the comma is the decimal mark), CRLF line ends and
// RFC 4180 quoting. Text that a spreadsheet would run as a formula is defused (decision 009).

export const csvExportInput = searchAssetsInput.omit({ limit: true, cursor: true });
export type CsvExportInput = z.input<typeof csvExportInput>;

export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';
const BATCH = 1000;

type Cell = string | number | boolean | null | undefined;

/**
 * One cell: text that starts with = + - @ (or a tab or carriage return, which some spreadsheets
 * skip before reading a formula) gets a leading apostrophe so it stays text (OWASP CSV
 * injection); quoted when it holds the separator, a quote or a line break.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  if (/[;",\r\n]/.test(text) || text !== text.trim()) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

export function csvLine(cells: Cell[]): string {
  return `${cells.map(csvCell).join(CSV_SEPARATOR)}\r\n`;
}

const columns = [
  'id',
  'kind',
  'formality',
  'title',
  'summary',
  'organisation',
  'areaCode',
  'areaName',
  'themes',
  'targetGroups',
  'free',
  'wheelchair',
  'locationType',
  'street',
  'postalCode',
  'city',
  'lat',
  'lon',
  'url',
] as const;

export async function exportAssetsCsv(
  db: Db,
  actor: Actor,
  input: CsvExportInput,
  opts: { locale: Locale; baseUrl: string },
  now = new Date(),
): Promise<string> {
  requirePublicRead(actor);
  const m = actor.municipalityId;
  const f = parseInput(csvExportInput, input);
  const filter = await searchFilterFor(db, m, { ...f, limit: BATCH });
  const terms = await listTaxonomy(db, m);
  const label = new Map(
    terms.map((t) => [`${t.vocabulary}:${t.code}`, opts.locale === 'nl' ? t.labelNl : t.labelEn]),
  );
  const labels = (vocabulary: string, codes: string[]) =>
    codes.map((c) => label.get(`${vocabulary}:${c}`) ?? c).join(', ');
  const yesNo = (v: boolean) => exportsText(opts.locale, v ? 'sm.exports.yes' : 'sm.exports.no');
  const row = (r: SearchHitRow): Cell[] => [
    r.id,
    translate(opts.locale, `socialMap.kind.${r.kind}`),
    translate(opts.locale, `socialMap.formality.${r.formality}`),
    r.title,
    r.summary,
    r.organisation_name,
    r.area_code,
    r.area_name,
    labels('theme', r.themes),
    labels('target_group', r.target_groups),
    yesNo(r.cost_free),
    yesNo(r.accessibility.includes('wheelchair')),
    exportsText(opts.locale, `sm.exports.location.${r.location_type}` as ExportsMessageKey),
    r.street,
    r.postal_code,
    r.city,
    r.lat,
    r.lon,
    socialMapLinks.asset(opts.baseUrl, r.id),
  ];

  const parts = [
    BOM,
    csvLine(columns.map((c) => exportsText(opts.locale, `sm.exports.csv.${c}` as ExportsMessageKey))),
  ];
  let cursor: SearchCursor | undefined;
  for (;;) {
    const rows = await searchHitRows(smDb(db), m, filter, { limit: BATCH, cursor }, now);
    for (const r of rows) parts.push(csvLine(row(r)));
    const last = rows.at(-1);
    if (rows.length < BATCH || !last) break;
    cursor = { key: last.sort_key, id: last.id };
  }
  return parts.join('');
}
