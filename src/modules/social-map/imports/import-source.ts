import { parse } from 'csv-parse/sync';
import { ValidationError } from '../../../core/errors.ts';
import { type CsvField, type CsvMapping, csvFields } from '../hsds/import-csv.ts';
import type { HsdsSource } from '../hsds/import-hsds.ts';
import type { ImportFormat } from './import-job.ts';
import '../overview/officer-i18n.ts';

// What an upload becomes before it is stored: the source the import functions take, as JSON
// text. Pure: no database, no file system (an upload never names a path on the server).

/** The largest upload the import takes, all files together. */
export const maxUploadBytes = 10 * 1024 * 1024;

export interface UploadedFile {
  name: string;
  text: string;
}

/** The stored source of a job: what importHsds / importCsv get. */
export type StoredSource = { hsds: HsdsSource } | { csv: { text: string; name: string } };

const fileError = (key: string, params: Record<string, string | number> = {}) =>
  new ValidationError([{ field: 'file', key, params }]);

/** A file name without folders or odd characters, for the report and the CSV source name. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).at(-1) ?? '';
  return base.replace(/[^\p{L}\p{N}._ -]/gu, '').slice(0, 120) || 'upload';
}

/** Checks the upload and turns it into the source to store; a bad file is a field error. */
export function sourceFromUpload(format: ImportFormat, files: UploadedFile[]): StoredSource {
  const present = files.filter((f) => f.text.length > 0 || f.name);
  if (present.length === 0) throw fileError('validation.required');
  const size = present.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  if (size > maxUploadBytes)
    throw fileError('sm.officer.import.error.tooLarge', { max: maxUploadBytes / 1024 / 1024 });
  if (format === 'hsds_csv') {
    const csv: Record<string, string> = {};
    for (const f of present) {
      const name = cleanFileName(f.name).toLowerCase();
      if (!name.endsWith('.csv')) throw fileError('sm.officer.import.error.notCsv', { name });
      csv[name] = f.text;
    }
    if (!('services.csv' in csv)) throw fileError('sm.officer.import.error.noServicesCsv');
    return { hsds: { csv } };
  }
  if (present.length > 1) throw fileError('sm.officer.import.error.oneFile');
  const file = present[0] as UploadedFile;
  if (format === 'hsds_json') {
    try {
      return { hsds: { json: JSON.parse(file.text) } };
    } catch (e) {
      throw fileError('sm.officer.import.error.notJson', { reason: e instanceof Error ? e.message : '' });
    }
  }
  const columns = csvColumns(file.text);
  if (columns.length === 0) throw fileError('sm.officer.import.error.noColumns');
  return { csv: { text: file.text, name: cleanFileName(file.name).replace(/\.csv$/i, '') } };
}

/** The column names of a CSV (its first line); [] when it cannot be read. */
export function csvColumns(text: string): string[] {
  try {
    const rows = parse(text, { to_line: 1, bom: true, trim: true, relax_column_count: true }) as string[][];
    return (rows[0] ?? []).filter((c) => c.length > 0);
  } catch {
    return [];
  }
}

const normal = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Dutch and English column names people use for our fields, to preselect the mapping form. */
const aliases: Record<CsvField, string[]> = {
  id: ['id', 'nummer', 'code', 'kenmerk'],
  title: ['title', 'titel', 'naam', 'name'],
  summary: ['summary', 'samenvatting', 'kort', 'korteomschrijving'],
  description: ['description', 'omschrijving', 'beschrijving'],
  kind: ['kind', 'soort', 'type'],
  organisation: ['organisation', 'organization', 'organisatie', 'aanbieder'],
  street: ['street', 'straat', 'adres', 'address'],
  postalCode: ['postalcode', 'postcode', 'zip'],
  city: ['city', 'plaats', 'woonplaats'],
  lat: ['lat', 'latitude', 'breedtegraad'],
  lon: ['lon', 'lng', 'longitude', 'lengtegraad'],
  email: ['email', 'mail', 'emailadres'],
  phone: ['phone', 'telefoon', 'telefoonnummer', 'tel'],
  website: ['website', 'url', 'site', 'internet'],
  themes: ['themes', 'themas', 'thema'],
  targetGroups: ['targetgroups', 'doelgroepen', 'doelgroep'],
  languages: ['languages', 'talen', 'taal'],
  cost: ['cost', 'kosten', 'prijs'],
};

/** A first guess at the mapping from the file's column names. */
export function guessMapping(columns: readonly string[]): Partial<Record<CsvField, string>> {
  const out: Partial<Record<CsvField, string>> = {};
  for (const field of csvFields) {
    const hit = columns.find((c) => aliases[field].includes(normal(c)));
    if (hit) out[field] = hit;
  }
  return out;
}

/** A mapping from a form or an API body: known fields only, columns of the file only, a title. */
export function checkMapping(raw: Record<string, unknown>, columns: readonly string[]): CsvMapping {
  const out: Partial<Record<CsvField, string>> = {};
  const errors: Array<{ field: string; key: string }> = [];
  for (const field of csvFields) {
    const v = raw[field];
    if (v === undefined || v === null || v === '') continue;
    if (typeof v !== 'string' || !columns.includes(v))
      errors.push({ field: `map.${field}`, key: 'validation.choice' });
    else out[field] = v;
  }
  if (!out.title && !errors.some((e) => e.field === 'map.title'))
    errors.push({ field: 'map.title', key: 'validation.required' });
  if (errors.length) throw new ValidationError(errors);
  return out as CsvMapping;
}
