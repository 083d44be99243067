import type { ServiceContext } from '../../../core/audit/write.ts';
import { assetKinds } from '../asset.ts';
import type { MappedService, Row, SkippedRecord } from './from-hsds.ts';
import { parseCsv } from './from-hsds.ts';
import { type ImportOptions, type ImportReport, importRecords } from './import-records.ts';

// Import of a plain CSV (a municipality's own list, an export of another social map) with a
// mapping from our fields to its column names. Same dry run and report as the HSDS import.

export const csvFields = [
  'id',
  'title',
  'summary',
  'description',
  'kind',
  'organisation',
  'street',
  'postalCode',
  'city',
  'lat',
  'lon',
  'email',
  'phone',
  'website',
  'themes',
  'targetGroups',
  'languages',
  'cost',
] as const;
export type CsvField = (typeof csvFields)[number];

/** Our field → the column name in the file. title is required; without id, title + postal code identify a row. */
export type CsvMapping = Partial<Record<CsvField, string>> & { title: string };

const list = (v: string | undefined) =>
  (v ?? '')
    .split(/[;,|]/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);

export function mapCsvRow(row: Row, mapping: CsvMapping, index: number): MappedService {
  const get = (f: CsvField): string | undefined => {
    const column = mapping[f];
    const v = column ? row[column] : undefined;
    return typeof v === 'string' && v.trim() ? v.trim() : undefined;
  };
  const title = get('title') ?? '';
  const street = get('street');
  const postalCode = get('postalCode');
  const city = get('city');
  const lat = Number(get('lat')?.replace(',', '.'));
  const lon = Number(get('lon')?.replace(',', '.'));
  const point =
    get('lat') && get('lon') && Number.isFinite(lat) && Number.isFinite(lon) ? { lat, lon } : null;
  const kind = get('kind')?.toLowerCase();
  const cost = get('cost');
  const contact = [
    ...(get('email') ? [{ type: 'email', value: get('email') }] : []),
    ...(get('phone') ? [{ type: 'phone', value: get('phone') }] : []),
    ...(get('website') ? [{ type: 'website', value: get('website') }] : []),
  ];
  const hasAddress = Boolean(street || postalCode || city);
  const organisation = get('organisation');
  return {
    sourceId:
      get('id') ??
      (title
        ? `${title.toLowerCase()}|${(postalCode ?? '').replace(/\s/g, '').toUpperCase()}`
        : `row ${index + 2}`),
    input: {
      kind:
        kind && (assetKinds as readonly string[]).includes(kind) && kind !== 'key_person' ? kind : 'offering',
      formality: organisation ? 'formal' : 'informal',
      title,
      summary: get('summary') ?? '',
      description: get('description') ?? '',
      themes: list(get('themes')),
      targetGroups: list(get('targetGroups')),
      languages: list(get('languages')),
      locationType: hasAddress ? 'address' : 'area',
      address: hasAddress ? { street: street ?? '', postalCode: postalCode ?? '', city: city ?? '' } : null,
      point,
      costFree: !cost,
      costText: cost ?? null,
      contact,
    },
    organisation: organisation ? { name: organisation, description: '', email: null, website: null } : null,
  };
}

export type CsvSource = { text: string; name?: string };

/** Reads and maps the file; a missing mapped column or an unreadable file is reported, nothing else is read. */
export function readCsvImport(
  source: CsvSource,
  mapping: CsvMapping,
): { records: MappedService[]; invalid: SkippedRecord[] } {
  let rows: Row[];
  try {
    rows = parseCsv(source.text);
  } catch (e) {
    return {
      records: [],
      invalid: [{ ref: '(file)', reason: `cannot be read: ${e instanceof Error ? e.message : e}` }],
    };
  }
  const header = source.text.split(/\r?\n/, 1)[0] ?? '';
  const columns = new Set(
    Object.keys(rows[0] ?? {}).concat(header.split(',').map((c) => c.trim().replace(/^"|"$/g, ''))),
  );
  const missing = Object.values(mapping).filter((c): c is string => typeof c === 'string' && !columns.has(c));
  if (missing.length) {
    return {
      records: [],
      invalid: [
        {
          ref: '(file)',
          reason: `missing columns: ${missing.join(', ')} (the file has: ${[...columns].join(', ')})`,
        },
      ],
    };
  }
  return { records: rows.map((r, i) => mapCsvRow(r, mapping, i)), invalid: [] };
}

export async function importCsv(
  ctx: ServiceContext,
  source: CsvSource,
  mapping: CsvMapping,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const { records, invalid } = readCsvImport(source, mapping);
  return importRecords(ctx, `csv:${source.name ?? 'default'}`, records, invalid, options);
}
