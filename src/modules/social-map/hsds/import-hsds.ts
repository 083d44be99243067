import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ServiceContext } from '../../../core/audit/write.ts';
import { listTaxonomy } from '../taxonomy.ts';
import {
  checkServices,
  mapService,
  parseCsv,
  type ReadResult,
  readCsvFolder,
  servicesFromJson,
  servicesFromTables,
  type Tables,
} from './from-hsds.ts';
import { type ImportOptions, type ImportReport, importRecords } from './import-records.ts';

// Import of Open Referral HSDS 3.0: services as JSON (a list, a paginated list, one full
// service, or tabular JSON) or the tabular CSV package (a folder, or CSV texts by file name).
// Every import can run as a dry run first; see importRecords for what a run reports.

export type HsdsSource =
  | { json: unknown }
  /** CSV texts by file name: { 'services.csv': '…', 'locations.csv': '…' }. */
  | { csv: Record<string, string> }
  /** A .json file, or a folder with the CSV files. */
  | { path: string };

export const HSDS_SOURCE = 'hsds';

export function readHsdsSource(source: HsdsSource): ReadResult {
  if ('json' in source) return checkServices(servicesFromJson(source.json));
  if ('csv' in source) {
    const tables: Tables = {};
    for (const [name, text] of Object.entries(source.csv)) tables[basename(name)] = parseCsv(text);
    return checkServices(servicesFromTables(tables));
  }
  if (statSync(source.path).isDirectory())
    return checkServices(servicesFromTables(readCsvFolder(source.path)));
  return checkServices(servicesFromJson(JSON.parse(readFileSync(source.path, 'utf8'))));
}

export async function importHsds(
  ctx: ServiceContext,
  source: HsdsSource,
  options: ImportOptions = {},
): Promise<ImportReport> {
  let read: ReadResult;
  try {
    read = readHsdsSource(source);
  } catch (e) {
    // Unreadable JSON or CSV: one clear line, nothing written.
    const reason = e instanceof Error ? e.message : String(e);
    read = { services: [], invalid: [{ ref: '(file)', reason: `cannot be read: ${reason}` }] };
  }
  const terms = await listTaxonomy(ctx.db, ctx.actor.municipalityId);
  const records = read.services.filter((s) => s.status === 'active').map((s) => mapService(s, terms));
  const report = await importRecords(ctx, HSDS_SOURCE, records, read.invalid, options);
  for (const s of read.services) {
    if (s.status !== 'active') report.skipped.push({ ref: s.id, reason: `status is ${s.status}` });
  }
  report.total = read.services.length + read.invalid.length;
  return report;
}
