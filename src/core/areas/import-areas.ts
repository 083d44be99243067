import { runWrite, type ServiceContext } from '../audit/write.ts';
import type { AreaRow } from '../db/tables.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { findMunicipalityById } from '../municipalities/municipalities.repository.ts';
import { requireAccess } from '../permissions/can.ts';
import type { AreaKind, Boundary } from './area.ts';
import { childPath, depthOf } from './area-tree.ts';
import { type AreaValues, insertArea, listAreaRows, replaceAreaValues } from './areas.repository.ts';
import { type CbsAreaRecord, parseCbsFeatureCollection } from './cbs-features.ts';
import { boundingBox, type Crs, centroidOf, unionOf } from './geo.ts';

// Imports a CBS wijk- en buurtkaart layer (GeoJSON) into the area tree of the acting municipality.
// Idempotent: the file is compared with what is stored and only differences are written, so a
// second run writes nothing. Wijken (and the gemeente) missing from the file are derived from
// their buurten: their boundary is the union of their children, recomputed when those change.

/** Areas imported from a CBS file. */
export const cbsSource = 'cbs';
/** Areas the import made up from their children (boundary = union of the children). */
export const derivedSource = 'cbs-derived';

export type ImportOutcome = 'created' | 'updated' | 'unchanged';

export interface ImportedArea {
  code: string;
  name: string;
  kind: AreaKind;
  outcome: ImportOutcome;
  /** Stored fields that differ from the file (updated areas only). */
  changes: string[];
  /** Not in the file: made from its children. */
  derived: boolean;
}

export interface SkippedAreaFeature {
  /** Position of the feature in the file (0-based). */
  index: number;
  code: string | null;
  reason: string;
}

export interface ImportReport {
  municipality: { code: string; name: string };
  crs: Crs;
  dryRun: boolean;
  /** Number of features in the file. */
  features: number;
  /** In tree order (parents before children). */
  areas: ImportedArea[];
  skipped: SkippedAreaFeature[];
  counts: { created: number; updated: number; unchanged: number; skipped: number };
}

export interface ImportOptions {
  dryRun?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** The file is not a usable CBS layer at all (not a FeatureCollection, unknown CRS). */
export class InvalidAreaFileError extends ValidationError {
  readonly reason: string;
  constructor(reason: string) {
    super([{ field: 'file', key: 'validation.invalid' }]);
    this.reason = reason;
    this.message = `not a usable CBS area file: ${reason}`;
  }
}

// The desired state of one area after the import.
interface Node {
  code: string;
  kind: AreaKind;
  name: string;
  parentCode: string | null;
  boundary: Boundary | null;
  attributes: Record<string, unknown>;
  source: string;
  /** As stored before the import; undefined for a new area. */
  row: AreaRow | undefined;
  /** The row's parent code before the import. */
  oldParentCode: string | null;
  inFile: boolean;
}

interface PlannedArea {
  node: Node;
  path: string;
  outcome: ImportOutcome;
  changes: string[];
}

export async function importAreas(
  ctx: ServiceContext,
  json: unknown,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const municipalityId = ctx.actor.municipalityId;
  requireAccess(ctx.actor, 'create', { type: 'area', municipalityId, areaPath: '' });
  const municipality = await findMunicipalityById(ctx.db, municipalityId);
  if (!municipality) throw new NotFoundError('municipality');

  let parsed: ReturnType<typeof parseCbsFeatureCollection>;
  try {
    parsed = parseCbsFeatureCollection(json);
  } catch (error) {
    throw new InvalidAreaFileError((error as Error).message);
  }
  const skipped: SkippedAreaFeature[] = parsed.skipped.map((s) => ({
    index: s.index,
    code: s.code ?? null,
    reason: s.reason,
  }));
  const records: CbsAreaRecord[] = [];
  const indexOfCode = featureIndexByCode(json);
  for (const record of parsed.records) {
    if (record.municipalityCode === municipality.code) records.push(record);
    else {
      skipped.push({
        index: indexOfCode.get(record.code) ?? -1,
        code: record.code,
        reason: `belongs to municipality ${record.municipalityCode}, not to ${municipality.code} (${municipality.name})`,
      });
    }
  }
  skipped.sort((a, b) => a.index - b.index);

  const rows = await listAreaRows(ctx.db, municipalityId);
  const planned = plan(
    rows,
    records,
    { code: municipality.code, name: municipality.name },
    wijkNamesIn(json),
  );
  const total = planned.length;
  const report: ImportReport = {
    municipality: { code: municipality.code, name: municipality.name },
    crs: parsed.crs,
    dryRun: options.dryRun === true,
    features: featureCount(json),
    areas: [...planned]
      .sort((a, b) => a.path.localeCompare(b.path))
      .map((p) => ({
        code: p.node.code,
        name: p.node.name,
        kind: p.node.kind,
        outcome: p.outcome,
        changes: p.changes,
        derived: p.node.source === derivedSource && !p.node.inFile,
      })),
    skipped,
    counts: {
      created: planned.filter((p) => p.outcome === 'created').length,
      updated: planned.filter((p) => p.outcome === 'updated').length,
      unchanged: planned.filter((p) => p.outcome === 'unchanged').length,
      skipped: skipped.length,
    },
  };

  const writes = planned.filter((p) => p.outcome !== 'unchanged');
  if (options.dryRun || writes.length === 0) {
    options.onProgress?.(total, total);
    return report;
  }

  await runWrite(ctx, async (tx, audit) => {
    const ids = new Map(rows.map((r) => [r.code, r.id]));
    // Parents first, so a new wijk has its id before its buurten are written.
    const ordered = [...planned].sort(
      (a, b) => depthOf(a.path) - depthOf(b.path) || a.node.code.localeCompare(b.node.code),
    );
    let done = 0;
    for (const p of ordered) {
      if (p.outcome !== 'unchanged') {
        const values = areaValues(p, ids);
        if (p.node.row) await replaceAreaValues(tx, municipalityId, p.node.row.id, values);
        else ids.set(p.node.code, await insertArea(tx, municipalityId, values));
      }
      options.onProgress?.(++done, total);
    }
    audit({
      action: 'area.import',
      resourceType: 'municipality',
      resourceId: municipality.code,
      changes: {
        created: report.areas.filter((a) => a.outcome === 'created').map((a) => a.code),
        updated: report.areas.filter((a) => a.outcome === 'updated').map((a) => a.code),
        unchanged: report.counts.unchanged,
        skipped: report.counts.skipped,
        crs: parsed.crs,
      },
    });
  });
  return report;
}

function areaValues(p: PlannedArea, ids: Map<string, string>): AreaValues {
  const { node } = p;
  const parentId = node.parentCode ? ids.get(node.parentCode) : null;
  if (parentId === undefined) throw new Error(`area ${node.code}: parent ${node.parentCode} has no id yet`);
  return {
    code: node.code,
    name: node.name,
    kind: node.kind,
    parentId,
    path: p.path,
    depth: depthOf(p.path),
    boundary: node.boundary,
    centroid: node.boundary ? centroidOf(node.boundary) : null,
    bbox: node.boundary ? boundingBox(node.boundary) : null,
    source: node.source,
    attributes: node.attributes,
  };
}

/** Works out the desired tree (stored areas + the file) and what differs from what is stored. */
function plan(
  rows: AreaRow[],
  records: CbsAreaRecord[],
  municipality: { code: string; name: string },
  wijkNames: Map<string, string>,
): PlannedArea[] {
  const codeById = new Map(rows.map((r) => [r.id, r.code]));
  const nodes = new Map<string, Node>();
  for (const row of rows) {
    const parentCode = row.parent_id ? (codeById.get(row.parent_id) ?? null) : null;
    nodes.set(row.code, {
      code: row.code,
      kind: row.kind,
      name: row.name,
      parentCode,
      boundary: row.boundary,
      attributes: row.attributes ?? {},
      source: row.source,
      row,
      oldParentCode: parentCode,
      inFile: false,
    });
  }
  if (records.length === 0) return [];

  const gemeenteCode = municipality.code;
  const fromRecord = (r: CbsAreaRecord, parentCode: string | null) => {
    const before = nodes.get(r.code);
    nodes.set(r.code, {
      code: r.code,
      kind: r.kind,
      name: r.name,
      parentCode,
      boundary: r.geometry,
      attributes: r.attributes,
      source: cbsSource,
      row: before?.row,
      oldParentCode: before?.oldParentCode ?? null,
      inFile: true,
    });
  };
  const derived = (code: string, kind: AreaKind, name: string, parentCode: string | null): Node => ({
    code,
    kind,
    name,
    parentCode,
    boundary: null,
    attributes: {},
    source: derivedSource,
    row: undefined,
    oldParentCode: null,
    inFile: false,
  });
  const byKind = (kind: AreaKind) => records.filter((r) => r.kind === kind);

  for (const r of byKind('gemeente')) fromRecord(r, null);
  if (!nodes.has(gemeenteCode))
    nodes.set(gemeenteCode, derived(gemeenteCode, 'gemeente', municipality.name, null));

  // A wijk placed under a gebied by hand stays there; otherwise it hangs under the gemeente.
  const wijkParent = (code: string) => {
    const parent = nodes.get(nodes.get(code)?.parentCode ?? '');
    return parent && parent.kind === 'gebied' ? parent.code : gemeenteCode;
  };
  for (const r of byKind('wijk')) fromRecord(r, wijkParent(r.code));
  for (const r of byKind('buurt')) {
    const wijkCode = r.parentCode as string;
    const wijk = nodes.get(wijkCode);
    const fileName = wijkNames.get(wijkCode);
    if (!wijk) {
      nodes.set(wijkCode, derived(wijkCode, 'wijk', fileName ?? `Wijk ${wijkCode}`, gemeenteCode));
    } else {
      if (wijk.source === derivedSource && fileName) wijk.name = fileName;
      if (!wijk.parentCode || !nodes.has(wijk.parentCode)) wijk.parentCode = gemeenteCode;
    }
    fromRecord(r, wijkCode);
  }

  const paths = pathsOf(nodes);
  recomputeDerivedBoundaries(nodes, paths);

  const planned: PlannedArea[] = [];
  for (const node of nodes.values()) {
    const path = paths.get(node.code) as string;
    const changes = node.row ? changesOf(node, path) : [];
    const outcome: ImportOutcome = !node.row ? 'created' : changes.length ? 'updated' : 'unchanged';
    // Stored areas the file does not mention are only reported when they change (a new path).
    const mentioned =
      node.inFile || (node.source === derivedSource && isDerivedFor(node, records, gemeenteCode));
    if (mentioned || outcome !== 'unchanged') planned.push({ node, path, outcome, changes });
  }
  return planned;
}

// A derived area belongs to this import when it is the gemeente or the wijk of a buurt in the file.
function isDerivedFor(node: Node, records: CbsAreaRecord[], gemeenteCode: string): boolean {
  return node.code === gemeenteCode || records.some((r) => r.parentCode === node.code);
}

function pathsOf(nodes: Map<string, Node>): Map<string, string> {
  const paths = new Map<string, string>();
  const visiting = new Set<string>();
  const pathOf = (code: string): string => {
    const known = paths.get(code);
    if (known) return known;
    if (visiting.has(code)) throw new Error(`area ${code} is its own ancestor`);
    visiting.add(code);
    const parentCode = nodes.get(code)?.parentCode ?? null;
    const path = childPath(parentCode && nodes.has(parentCode) ? pathOf(parentCode) : null, code);
    paths.set(code, path);
    return path;
  };
  for (const code of nodes.keys()) pathOf(code);
  return paths;
}

// Derived boundaries are unions of their children, recomputed (deepest first) only when the area
// is new or one of its children changed shape or moved in or out.
function recomputeDerivedBoundaries(nodes: Map<string, Node>, paths: Map<string, string>): void {
  const dirtyParents = new Set<string>();
  const markChanged = (node: Node) => {
    if (node.parentCode) dirtyParents.add(node.parentCode);
    if (node.oldParentCode) dirtyParents.add(node.oldParentCode);
  };
  for (const node of nodes.values()) {
    if (node.source === derivedSource) continue;
    if (!node.row || node.parentCode !== node.oldParentCode || !sameJson(node.row.boundary, node.boundary))
      markChanged(node);
  }
  const children = new Map<string, Node[]>();
  for (const node of nodes.values()) {
    if (!node.parentCode) continue;
    children.set(node.parentCode, [...(children.get(node.parentCode) ?? []), node]);
  }
  const derived = [...nodes.values()]
    .filter((n) => n.source === derivedSource)
    .sort((a, b) => depthOf(paths.get(b.code) ?? '') - depthOf(paths.get(a.code) ?? ''));
  for (const node of derived) {
    if (node.row && !dirtyParents.has(node.code) && node.parentCode === node.oldParentCode) continue;
    const parts = (children.get(node.code) ?? [])
      .filter((c) => c.boundary !== null)
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((c) => c.boundary as Boundary);
    if (parts.length > 0) node.boundary = unionOf(parts);
    if (!node.row || node.parentCode !== node.oldParentCode || !sameJson(node.row.boundary, node.boundary))
      markChanged(node);
  }
}

function changesOf(node: Node, path: string): string[] {
  const row = node.row as AreaRow;
  const changes: string[] = [];
  if (row.name !== node.name) changes.push('name');
  if (node.oldParentCode !== node.parentCode) changes.push('parent');
  if (row.path !== path) changes.push('path');
  if (!sameJson(row.boundary, node.boundary)) changes.push('boundary');
  if (!sameJson(row.attributes ?? {}, node.attributes)) changes.push('attributes');
  if (row.source !== node.source) changes.push('source');
  return changes;
}

// jsonb does not keep key order, so compare with sorted keys.
function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}

function rawFeatures(json: unknown): unknown[] {
  const features = (json as { features?: unknown } | null)?.features;
  return Array.isArray(features) ? features : [];
}

function featureCount(json: unknown): number {
  return rawFeatures(json).length;
}

function rawProperties(feature: unknown): Map<string, unknown> {
  const properties = (feature as { properties?: unknown } | null)?.properties;
  if (!properties || typeof properties !== 'object') return new Map();
  return new Map(Object.entries(properties).map(([k, v]) => [k.toLowerCase(), v]));
}

// Buurt rows may carry their wijk's name (wijknaam / WK_NAAM); the parser keeps only codes.
function wijkNamesIn(json: unknown): Map<string, string> {
  const names = new Map<string, string>();
  for (const feature of rawFeatures(json)) {
    const p = rawProperties(feature);
    const code = p.get('wijkcode') ?? p.get('wk_code');
    const name = p.get('wijknaam') ?? p.get('wk_naam');
    if (typeof code === 'string' && typeof name === 'string' && name.trim())
      names.set(code.trim(), name.trim());
  }
  return names;
}

// Records do not carry their position in the file; find it by the feature's own (most specific) code.
function featureIndexByCode(json: unknown): Map<string, number> {
  const indexes = new Map<string, number>();
  rawFeatures(json).forEach((feature, index) => {
    const p = rawProperties(feature);
    const own = [
      p.get('buurtcode'),
      p.get('bu_code'),
      p.get('wijkcode'),
      p.get('wk_code'),
      p.get('gemeentecode'),
      p.get('gm_code'),
    ].find((v) => typeof v === 'string' && v.trim() !== '');
    if (typeof own === 'string' && !indexes.has(own.trim())) indexes.set(own.trim(), index);
  });
  return indexes;
}
