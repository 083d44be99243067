import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { z } from 'zod';

// Two kinds of schema for Open Referral HSDS 3.0:
// - the official JSON Schemas (one file per object, referring to each other by file name), loaded
//   from a folder and compiled with ajv; the tests check our export against them;
// - our own zod schemas of the fields the import reads, with the fields HSDS requires. The product
//   does not ship the official files, so the import validates with these.

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

export const hsdsObjectNames = [
  'service',
  'organization',
  'location',
  'service_at_location',
  'schedule',
  'phone',
  'contact',
  'address',
  'language',
  'accessibility',
  'attribute',
  'taxonomy',
  'taxonomy_term',
] as const;
export type HsdsObjectName = (typeof hsdsObjectNames)[number];

export interface OfficialSchemas {
  validate(name: HsdsObjectName, value: unknown): string[];
}

/** Loads every schema file of the folder (they $ref each other by file name) and compiles them. */
export function loadOfficialSchemas(dir: string): OfficialSchemas {
  // The files carry Table Schema keywords (constraints, datapackage_metadata, …): not strict.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.json') || file === 'openapi.json' || file === 'service_with_definitions.json')
      continue;
    ajv.addSchema(JSON.parse(readFileSync(join(dir, file), 'utf8')), file);
  }
  const compiled = new Map<string, ValidateFunction>();
  return {
    validate(name, value) {
      let fn = compiled.get(name);
      if (!fn) {
        fn = ajv.getSchema(`${name}.json`);
        if (!fn) throw new Error(`no HSDS schema ${name}.json in ${dir}`);
        compiled.set(name, fn);
      }
      if (fn(value)) return [];
      return (fn.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'invalid'}`);
    },
  };
}

// ---- Our zod schemas for the import -------------------------------------------------------------

/** CSV cells are strings and empty means absent; JSON may carry null. */
const absent = (v: unknown) => v === null || v === undefined || v === '';
const str = z.preprocess((v) => (absent(v) ? undefined : String(v)), z.string().optional());
const requiredStr = z.preprocess((v) => (absent(v) ? undefined : String(v)), z.string().trim().min(1));
const num = z.preprocess(
  (v) => (absent(v) ? undefined : typeof v === 'string' ? Number(v) : v),
  z.number().optional(),
);

export const hsdsPhone = z.looseObject({ id: requiredStr, number: requiredStr, type: str, description: str });
export const hsdsContact = z.looseObject({
  id: requiredStr,
  name: str,
  email: str,
  phones: z.array(hsdsPhone).optional(),
});
export const hsdsAddress = z.looseObject({
  id: requiredStr,
  address_1: requiredStr,
  address_2: str,
  city: requiredStr,
  postal_code: str,
  country: str,
  address_type: str,
});
export const hsdsLanguage = z.looseObject({ id: requiredStr, name: str, code: str });
export const hsdsSchedule = z.looseObject({
  id: requiredStr,
  valid_from: str,
  valid_to: str,
  dtstart: str,
  until: str,
  count: num,
  wkst: str,
  freq: str,
  interval: num,
  byday: str,
  bymonthday: str,
  description: str,
  opens_at: str,
  closes_at: str,
});
export const hsdsTaxonomyTerm = z.looseObject({
  id: requiredStr,
  code: str,
  name: requiredStr,
  description: str,
  taxonomy: str,
  taxonomy_id: str,
});
export const hsdsAttribute = z.looseObject({
  id: requiredStr,
  taxonomy_term_id: str,
  taxonomy_term: hsdsTaxonomyTerm.optional(),
  value: str,
});
export const hsdsLocation = z.looseObject({
  id: requiredStr,
  location_type: z.enum(['physical', 'postal', 'virtual']),
  url: str,
  name: str,
  description: str,
  latitude: num,
  longitude: num,
  addresses: z.array(hsdsAddress).optional(),
  phones: z.array(hsdsPhone).optional(),
  schedules: z.array(hsdsSchedule).optional(),
  languages: z.array(hsdsLanguage).optional(),
});
export const hsdsOrganization = z.looseObject({
  id: requiredStr,
  name: requiredStr,
  description: str,
  email: str,
  website: str,
});
export const hsdsServiceAtLocation = z.looseObject({
  id: requiredStr,
  location_id: str,
  description: str,
  location: hsdsLocation.optional(),
  phones: z.array(hsdsPhone).optional(),
  schedules: z.array(hsdsSchedule).optional(),
});
export const hsdsService = z.looseObject({
  id: requiredStr,
  name: requiredStr,
  status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
  alternate_name: str,
  description: str,
  url: str,
  email: str,
  fees_description: str,
  organization_id: str,
  last_modified: str,
  organization: hsdsOrganization.optional(),
  phones: z.array(hsdsPhone).optional(),
  contacts: z.array(hsdsContact).optional(),
  schedules: z.array(hsdsSchedule).optional(),
  languages: z.array(hsdsLanguage).optional(),
  service_at_locations: z.array(hsdsServiceAtLocation).optional(),
  attributes: z.array(hsdsAttribute).optional(),
  cost_options: z.array(z.looseObject({ amount: num, option: str, amount_description: str })).optional(),
});

export type HsdsServiceIn = z.output<typeof hsdsService>;
export type HsdsLocationIn = z.output<typeof hsdsLocation>;
export type HsdsScheduleIn = z.output<typeof hsdsSchedule>;
export type HsdsOrganizationIn = z.output<typeof hsdsOrganization>;

/** 'services[2].name: required' style lines for a report. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => {
    const path = i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
    const what = i.code === 'invalid_type' && i.input === undefined ? 'required' : i.message;
    return `${path.replace(/^\./, '') || '(record)'}: ${what}`;
  });
}
