import type { MultiPolygon, Polygon } from 'geojson';
import { z } from 'zod';
import { type Crs, detectCrs, isValidBoundary, reprojectGeometry } from './geo.ts';

// Parses the CBS "Wijk- en buurtkaart" GeoJSON (gemeenten, wijken or buurten layer) into normalised
// area records. Bad features are reported as skipped with a reason, never thrown: one broken buurt
// should not block importing a whole municipality.

export type AreaKind = 'gemeente' | 'wijk' | 'buurt';
export type CbsAttributeValue = number | string | null;

export interface CbsAreaRecord {
  code: string;
  name: string;
  kind: AreaKind;
  parentCode: string | null;
  municipalityCode: string;
  municipalityName: string | null;
  geometry: Polygon | MultiPolygon;
  attributes: Record<string, CbsAttributeValue>;
}

export interface CbsSkippedFeature {
  ok: false;
  index: number;
  code?: string;
  reason: string;
}

export type CbsFeatureResult = { ok: true; record: CbsAreaRecord } | CbsSkippedFeature;

export interface CbsParseResult {
  crs: Crs;
  records: CbsAreaRecord[];
  skipped: CbsSkippedFeature[];
}

// Property names per kind, current (2020s) first, then the older uppercase ones. Matched case-insensitively.
const CODE_KEYS: Record<AreaKind, readonly string[]> = {
  buurt: ['buurtcode', 'bu_code'],
  wijk: ['wijkcode', 'wk_code'],
  gemeente: ['gemeentecode', 'gm_code'],
};
const NAME_KEYS: Record<AreaKind, readonly string[]> = {
  buurt: ['buurtnaam', 'bu_naam'],
  wijk: ['wijknaam', 'wk_naam'],
  gemeente: ['gemeentenaam', 'gm_naam'],
};
// Identity columns end up in record fields, so they are left out of `attributes`.
const IDENTITY_KEYS = new Set([...Object.values(CODE_KEYS).flat(), ...Object.values(NAME_KEYS).flat()]);

const PREFIX: Record<AreaKind, string> = { buurt: 'BU', wijk: 'WK', gemeente: 'GM' };
const CODE_FORMAT: Record<AreaKind, RegExp> = {
  buurt: /^BU\d{8}$/,
  wijk: /^WK\d{6}$/,
  gemeente: /^GM\d{4}$/,
};
const DIGITS: Record<AreaKind, number> = { buurt: 8, wijk: 6, gemeente: 4 };

// CBS markers for "no value": -99995 is suppressed for privacy (geheim), -99997/-99998/-99999 are
// not available / not applicable; older editions used -99999999 and -99999997. Never real numbers.
const CBS_MISSING = new Set([-99995, -99997, -99998, -99999, -99999997, -99999999]);

// The most specific kind first: a buurt row also carries wijkcode and gemeentecode.
const KINDS_BY_SPECIFICITY: readonly AreaKind[] = ['buurt', 'wijk', 'gemeente'];

const featureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
  crs: z.unknown().optional(),
});

const featureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.record(z.string(), z.unknown()).nullable().optional(),
  geometry: z.unknown(),
});

type Properties = ReadonlyMap<string, unknown>;

function lowerCaseKeys(properties: Record<string, unknown>): Properties {
  return new Map(Object.entries(properties).map(([key, value]) => [key.toLowerCase(), value]));
}

function readText(properties: Properties, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = properties.get(key);
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return null;
}

function codeKeyName(kind: AreaKind): string {
  return CODE_KEYS[kind][0] ?? kind;
}

function nameKeyName(kind: AreaKind): string {
  return NAME_KEYS[kind][0] ?? kind;
}

// Kind is decided by the most specific code present.
function kindOf(properties: Properties): AreaKind | null {
  return KINDS_BY_SPECIFICITY.find((kind) => readText(properties, CODE_KEYS[kind]) !== null) ?? null;
}

function assertCode(code: string, kinds: readonly AreaKind[]): void {
  if (!kinds.some((kind) => CODE_FORMAT[kind].test(code))) {
    throw new Error(`invalid CBS area code "${code}"`);
  }
}

/** The wijk a buurt belongs to, from the code itself: BU03080001 → WK030800. */
export function wijkCodeOfBuurt(buurtcode: string): string {
  assertCode(buurtcode, ['buurt']);
  return `WK${buurtcode.slice(2, 8)}`;
}

/** The gemeente of any buurt, wijk or gemeente code: BU03080001 / WK030800 / GM0308 → GM0308. */
export function gemeenteCodeOf(code: string): string {
  assertCode(code, KINDS_BY_SPECIFICITY);
  return `GM${code.slice(2, 6)}`;
}

function codeProblem(code: string, kind: AreaKind): string | null {
  if (!code.startsWith(PREFIX[kind]))
    return `code ${code} does not start with the expected prefix ${PREFIX[kind]}`;
  if (!CODE_FORMAT[kind].test(code)) {
    return `code ${code} is not a valid ${codeKeyName(kind)} (expected ${PREFIX[kind]} followed by ${DIGITS[kind]} digits)`;
  }
  return null;
}

function toAttributeValue(value: unknown): CbsAttributeValue | undefined {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) && !CBS_MISSING.has(value) ? value : null;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return String(value);
  // Nested objects or arrays are not CBS statistics; drop them rather than guess.
  return undefined;
}

function attributesOf(properties: Record<string, unknown>): Record<string, CbsAttributeValue> {
  const attributes: Record<string, CbsAttributeValue> = {};
  for (const [key, raw] of Object.entries(properties)) {
    if (IDENTITY_KEYS.has(key.toLowerCase())) continue;
    const value = toAttributeValue(raw);
    if (value !== undefined) attributes[key] = value;
  }
  return attributes;
}

// The code of a parent level: taken from the feature when present (and checked against the code
// hierarchy, since CBS codes nest), else derived from the feature's own code.
function parentFrom(
  properties: Properties,
  parentKind: 'wijk' | 'gemeente',
  code: string,
): { value: string } | { problem: string } {
  const derived = parentKind === 'wijk' ? wijkCodeOfBuurt(code) : gemeenteCodeOf(code);
  const given = readText(properties, CODE_KEYS[parentKind]);
  if (given !== null && given !== derived) {
    return { problem: `${codeKeyName(parentKind)} ${given} does not match code ${code}` };
  }
  return { value: derived };
}

/**
 * One feature → a record or a skip reason. `expectedKind` is the layer's kind: a feature that looks
 * like another kind (e.g. a buurt row without buurtcode, which would otherwise pass as a wijk) is skipped.
 */
export function parseCbsFeature(
  item: unknown,
  index: number,
  crs: Crs,
  expectedKind?: AreaKind,
): CbsFeatureResult {
  const skip = (reason: string, code?: string): CbsSkippedFeature =>
    code === undefined ? { ok: false, index, reason } : { ok: false, index, code, reason };

  const parsed = featureSchema.safeParse(item);
  if (!parsed.success) return skip('not a GeoJSON Feature');
  const rawProperties = parsed.data.properties;
  if (!rawProperties) return skip('feature has no properties');
  const properties = lowerCaseKeys(rawProperties);

  const kind = kindOf(properties);
  if (kind === null) {
    return skip(
      `missing ${expectedKind ? codeKeyName(expectedKind) : 'buurtcode, wijkcode or gemeentecode'}`,
    );
  }
  const code = readText(properties, CODE_KEYS[kind]) ?? '';
  if (expectedKind && kind !== expectedKind) {
    const moreGeneral = KINDS_BY_SPECIFICITY.indexOf(kind) > KINDS_BY_SPECIFICITY.indexOf(expectedKind);
    return skip(
      moreGeneral ? `missing ${codeKeyName(expectedKind)}` : `expected a ${expectedKind} but found a ${kind}`,
      code,
    );
  }
  const badCode = codeProblem(code, kind);
  if (badCode) return skip(badCode, code);

  const name = readText(properties, NAME_KEYS[kind]);
  if (name === null) return skip(`missing ${nameKeyName(kind)}`, code);

  const municipality = parentFrom(properties, 'gemeente', code);
  if ('problem' in municipality) return skip(municipality.problem, code);
  let parentCode: string | null = null;
  if (kind === 'buurt') {
    const wijk = parentFrom(properties, 'wijk', code);
    if ('problem' in wijk) return skip(wijk.problem, code);
    parentCode = wijk.value;
  } else if (kind === 'wijk') {
    parentCode = municipality.value;
  }

  // Validate in the source CRS first: proj4 cannot reproject malformed or non-finite coordinates.
  const geometry = parsed.data.geometry;
  if (geometry === null || geometry === undefined) return skip('missing geometry', code);
  const sourceProblem = isValidBoundary(geometry, crs);
  if (sourceProblem) return skip(sourceProblem, code);
  const wgs84 = reprojectGeometry(geometry as Polygon | MultiPolygon, crs);
  const problem = isValidBoundary(wgs84);
  if (problem) return skip(problem, code);

  return {
    ok: true,
    record: {
      code,
      name,
      kind,
      parentCode,
      municipalityCode: municipality.value,
      municipalityName: kind === 'gemeente' ? name : readText(properties, NAME_KEYS.gemeente),
      geometry: wgs84,
      attributes: attributesOf(rawProperties),
    },
  };
}

// A CBS file holds one layer. The kind most features have is taken as the layer's kind, so that a
// stray row missing its own code is reported instead of being imported as its parent area.
function layerKindOf(features: readonly unknown[]): AreaKind | undefined {
  const counts = new Map<AreaKind, number>();
  for (const item of features) {
    const parsed = featureSchema.safeParse(item);
    const kind =
      parsed.success && parsed.data.properties ? kindOf(lowerCaseKeys(parsed.data.properties)) : null;
    if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  let best: AreaKind | undefined;
  for (const kind of KINDS_BY_SPECIFICITY) {
    if ((counts.get(kind) ?? 0) > (best ? (counts.get(best) ?? 0) : 0)) best = kind;
  }
  return best;
}

/**
 * Parses a CBS wijk- en buurtkaart layer as published (RD New or WGS84). Throws only when the input
 * is not a FeatureCollection or its CRS cannot be determined; `options.kind` overrides layer detection.
 */
export function parseCbsFeatureCollection(json: unknown, options: { kind?: AreaKind } = {}): CbsParseResult {
  const parsed = featureCollectionSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`not a GeoJSON FeatureCollection: ${z.prettifyError(parsed.error)}`);
  }
  const crs = detectCrs(parsed.data);
  const expectedKind = options.kind ?? layerKindOf(parsed.data.features);
  const records: CbsAreaRecord[] = [];
  const skipped: CbsSkippedFeature[] = [];
  const seen = new Set<string>();
  parsed.data.features.forEach((item, index) => {
    const result = parseCbsFeature(item, index, crs, expectedKind);
    if (!result.ok) {
      skipped.push(result);
    } else if (seen.has(result.record.code)) {
      // Importers upsert by code; a second feature with the same code would silently overwrite the first.
      skipped.push({
        ok: false,
        index,
        code: result.record.code,
        reason: `duplicate code ${result.record.code}`,
      });
    } else {
      seen.add(result.record.code);
      records.push(result.record);
    }
  });
  return { crs, records, skipped };
}
