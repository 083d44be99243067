import { randomUUID } from 'node:crypto';
import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import {
  findOrganisationIdByName,
  insertOrganisation,
} from '../../../core/organisations/organisations.repository.ts';
import { ForbiddenError, requireAccess } from '../../../core/permissions/can.ts';
import type { AssetContent } from '../asset.ts';
import { emptyContent, mergeContent, resolveArea, searchTextFor } from '../asset-content.ts';
import { createAssetInput, crossFieldIssues } from '../asset-input.ts';
import { applyContent, linksOf, rowToContent } from '../assets.repository.ts';
import { isEditorFor } from '../policy.ts';
import { insertRevisionRows, type NewRevision } from '../revisions.repository.ts';
import { smDb, smTx } from '../social-map.tables.ts';
import { listTaxonomy } from '../taxonomy.ts';
import { areaIndex } from './area-index.ts';
import { duplicateIndex } from './duplicate-index.ts';
import { inputProblems, type MappedService, type SkippedRecord } from './from-hsds.ts';
import {
  assetRowsByIds,
  assetsBySource,
  duplicateCandidates,
  type ImportedAssetRow,
  insertImportedAssets,
  linkToSource,
  nextRevisionNumbers,
  setCurrentRevisions,
} from './sources.repository.ts';

// The engine of every import (HSDS, CSV): check each record, find what it would create or
// update, flag possible duplicates of items from elsewhere, and (unless a dry run) write it all
// in one transaction with one audit entry. A file with invalid records writes nothing at all,
// and a failure while writing rolls back everything (decision 013).
//
// Fast for large files: the checks make a fixed number of queries (items of this source, their
// links, duplicate candidates, the area boundaries) plus one per distinct organisation name, and
// the writes go in batches of writeBatchSize records: one multi-row insert of items, one of
// revisions and one update of the items' current revision per batch (updates: one revision-number update and one insert per batch, then the
// content of each updated item).

/** Records per multi-row statement: far below PostgreSQL's 65,535 parameters per statement. */
export const writeBatchSize = 500;

export interface ImportProgress {
  phase: 'check' | 'write';
  done: number;
  total: number;
}

/**
 * What to do with a record that looks like an existing item from elsewhere: skip it (the
 * default), create it anyway, or merge it into that item (the item takes the record's fields as a
 * new revision and is linked to the source, so later imports of the source update it).
 */
export const duplicateChoices = ['skip', 'create', 'merge'] as const;
export type DuplicateChoice = (typeof duplicateChoices)[number];

export interface ImportOptions {
  dryRun?: boolean;
  mergeDuplicates?: DuplicateChoice;
  onProgress?: (p: ImportProgress) => void;
}

export interface DuplicateCandidate {
  ref: string;
  title: string;
  existingAssetId: string;
  existingTitle: string;
  similarity: number;
}

export interface ImportReport {
  source: string;
  dryRun: boolean;
  /** True when the records were written (not a dry run, nothing invalid). */
  written: boolean;
  total: number;
  created: number;
  updated: number;
  /** Possible duplicates merged into the existing item (mergeDuplicates 'merge'). */
  merged: number;
  unchanged: number;
  /** Records left out, and why (a possible duplicate, outside the municipality, …). */
  skipped: SkippedRecord[];
  /** Records that break the format's rules; any of them stops the whole import. */
  invalid: SkippedRecord[];
  duplicates: DuplicateCandidate[];
  /** Organisations that are (or would be) added, by name. */
  newOrganisations: string[];
}

const serviceLikeKinds = ['offering', 'activity', 'group'];

/** JSON with sorted keys and no undefined: jsonb does not keep key order. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

type Plan =
  | { op: 'create'; record: MappedService; content: AssetContent; orgName: string | null }
  | {
      op: 'update';
      record: MappedService;
      content: AssetContent;
      orgName: string | null;
      assetId: string;
      baseRevisionId: string | null;
      /** A possible duplicate from elsewhere, merged: the item gets linked to this source. */
      merge?: boolean;
    };

interface PendingMerge {
  record: MappedService;
  data: ReturnType<typeof createAssetInput.parse>;
  orgName: string | null;
  ownerOrganisationId: string | null;
  assetId: string;
  pointGiven: boolean;
  areaId: string;
}

/** Only what the record says: an empty list or text leaves the existing item's value (a merge). */
function filledIn<T extends object>(data: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(data).filter(
      ([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0),
    ),
  ) as Partial<T>;
}

/**
 * Turns the possible duplicates to merge into updates of the existing items (their rows and
 * links in one query each); what a record leaves empty keeps the item's value. Two records that
 * look like the same item: the second is skipped.
 */
async function planMerges(
  ctx: ServiceContext,
  municipalityId: string,
  merges: PendingMerge[],
  plans: Plan[],
  report: ImportReport,
): Promise<void> {
  if (merges.length === 0) return;
  const rows = await assetRowsByIds(ctx.db, municipalityId, [...new Set(merges.map((m) => m.assetId))]);
  const links = await linksOf(smDb(ctx.db), municipalityId, [...rows.keys()]);
  const mergedBy = new Map<string, string>();
  for (const m of merges) {
    const row = rows.get(m.assetId);
    const earlier = mergedBy.get(m.assetId);
    if (!row || earlier) {
      report.skipped.push({
        ref: m.record.sourceId,
        reason: earlier ? `merges into the same item as ${earlier}` : 'the item to merge into is gone',
      });
      continue;
    }
    mergedBy.set(m.assetId, m.record.sourceId);
    const base = rowToContent(row, links.get(row.id) ?? []);
    const content = mergeContent(
      base,
      { ...filledIn(m.data), organisationId: m.orgName ? m.ownerOrganisationId : base.ownerOrganisationId },
      m.pointGiven ? m.areaId : row.area_id,
    );
    const issues = crossFieldIssues(content);
    if (issues.length) {
      report.invalid.push({
        ref: m.record.sourceId,
        reason: issues.map((x) => `${x.field}: ${x.key}`).join('; '),
      });
      continue;
    }
    if (m.orgName && !m.ownerOrganisationId && !report.newOrganisations.includes(m.orgName))
      report.newOrganisations.push(m.orgName);
    plans.push({
      op: 'update',
      record: m.record,
      content,
      orgName: m.orgName,
      assetId: row.id,
      baseRevisionId: row.current_revision_id,
      merge: true,
    });
    report.merged++;
  }
}

export async function importRecords(
  ctx: ServiceContext,
  source: string,
  records: MappedService[],
  invalid: SkippedRecord[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const municipalityId = ctx.actor.municipalityId;
  const root = await resolveArea(ctx.db, ctx.actor, {});
  // Importing is for editors of the whole municipality (it publishes at once, everywhere).
  if (!isEditorFor(ctx.actor, root.path)) throw new ForbiddenError('create', 'asset');
  requireAccess(ctx.actor, 'create', {
    type: 'asset',
    municipalityId,
    kind: 'offering',
    areaPath: root.path,
    ownerOrganisationId: null,
    ownerPersonId: null,
    publiclyVisible: false,
  });
  const report: ImportReport = {
    source,
    dryRun: options.dryRun === true,
    written: false,
    total: records.length + invalid.length,
    created: 0,
    updated: 0,
    merged: 0,
    unchanged: 0,
    skipped: [],
    invalid: [...invalid],
    duplicates: [],
    newOrganisations: [],
  };
  const progress = (phase: ImportProgress['phase'], done: number) =>
    options.onProgress?.({ phase, done, total: records.length });
  const terms = await listTaxonomy(ctx.db, municipalityId);
  const existing = await assetsBySource(ctx.db, municipalityId, source);
  const existingLinks = await linksOf(
    smDb(ctx.db),
    municipalityId,
    [...existing.values()].map((r) => r.id),
  );
  const orgIds = new Map<string, string | null>();
  const orgId = async (name: string) => {
    const key = name.toLowerCase();
    if (!orgIds.has(key))
      orgIds.set(key, (await findOrganisationIdByName(ctx.db, municipalityId, name)) ?? null);
    return orgIds.get(key) ?? null;
  };
  const areas = await areaIndex(ctx.db, municipalityId);
  const duplicates = duplicateIndex(
    await duplicateCandidates(ctx.db, municipalityId, { kinds: serviceLikeKinds, source }),
  );
  const seen = new Set<string>();
  const plans: Plan[] = [];
  const merges: PendingMerge[] = [];

  for (const [i, record] of records.entries()) {
    progress('check', i);
    const skip = (reason: string) => report.skipped.push({ ref: record.sourceId, reason });
    if (seen.has(record.sourceId)) {
      report.invalid.push({ ref: record.sourceId, reason: 'id: appears more than once' });
      continue;
    }
    seen.add(record.sourceId);
    const problems = inputProblems(record);
    if (problems.length) {
      report.invalid.push({ ref: record.sourceId, reason: problems.join('; ') });
      continue;
    }
    const data = createAssetInput.parse(record.input);
    const before = existing.get(record.sourceId);
    const area = data.point ? areas.locate(data.point.lat, data.point.lon) : root;
    if (!area) {
      skip('the location lies outside the municipality');
      continue;
    }
    const orgName = record.organisation?.name ?? null;
    const ownerOrganisationId = orgName ? await orgId(orgName) : null;
    const base = before
      ? rowToContent(before, existingLinks.get(before.id) ?? [])
      : emptyContent(data.kind, area.id);
    const areaId = before && !data.point ? before.area_id : area.id;
    // An item this source was merged into keeps what the record leaves empty.
    const merged = before?.source_merged === true;
    const given = merged ? filledIn(data) : data;
    const owner = merged && !orgName ? undefined : ownerOrganisationId;
    const content = mergeContent(base, { ...given, organisationId: owner }, areaId);
    const issues = crossFieldIssues(content);
    if (issues.length) {
      report.invalid.push({
        ref: record.sourceId,
        reason: issues.map((x) => `${x.field}: ${x.key}`).join('; '),
      });
      continue;
    }
    if (before) {
      if (before.status === 'archived' || before.status === 'rejected') {
        skip(`the item was ${before.status} here`);
      } else if (stableJson(content) === stableJson(base) && (!orgName || ownerOrganisationId)) {
        report.unchanged++;
      } else {
        if (orgName && !ownerOrganisationId && !report.newOrganisations.includes(orgName))
          report.newOrganisations.push(orgName);
        plans.push({
          op: 'update',
          record,
          content,
          orgName,
          assetId: before.id,
          baseRevisionId: before.current_revision_id,
        });
        report.updated++;
      }
      continue;
    }
    const best = duplicates.find(content.title, area.path);
    if (best) {
      report.duplicates.push({
        ref: record.sourceId,
        title: content.title,
        existingAssetId: best.id,
        existingTitle: best.title,
        similarity: Math.round(best.similarity * 100) / 100,
      });
      if (options.mergeDuplicates === 'merge') {
        merges.push({
          record,
          data,
          orgName,
          ownerOrganisationId,
          assetId: best.id,
          pointGiven: !!data.point,
          areaId: area.id,
        });
        continue;
      }
      if (options.mergeDuplicates !== 'create') {
        skip(`possible duplicate of "${best.title}" (${best.id})`);
        continue;
      }
    }
    if (orgName && !ownerOrganisationId && !report.newOrganisations.includes(orgName))
      report.newOrganisations.push(orgName);
    plans.push({ op: 'create', record, content, orgName });
    report.created++;
  }
  await planMerges(ctx, municipalityId, merges, plans, report);
  progress('check', records.length);
  if (report.dryRun || report.invalid.length > 0 || plans.length === 0) return report;

  const now = new Date();
  const author = { personId: ctx.actor.personId, label: ctx.actor.label };
  await runWrite(ctx, async (wtx, audit) => {
    const tx = smTx(wtx);
    const created = new Map<string, string>();
    for (const name of report.newOrganisations) {
      const org = await insertOrganisation(wtx, municipalityId, {
        name,
        kind: 'partner',
        sector: null,
        description: plans.find((p) => p.orgName === name)?.record.organisation?.description ?? '',
        email: null,
        phone: null,
        website: null,
      });
      created.set(name.toLowerCase(), org.id);
    }
    const revision = (plan: Plan, content: AssetContent) =>
      ({
        snapshot: content,
        state: 'approved',
        source: 'editor',
        baseRevisionId: plan.op === 'update' ? plan.baseRevisionId : null,
        authorPersonId: author.personId,
        authorLabel: author.label,
        changeNote: `import ${source} ${plan.record.sourceId}`.slice(0, 500),
        reviewer: author,
        now,
      }) satisfies Omit<NewRevision, 'assetId'>;
    for (let start = 0; start < plans.length; start += writeBatchSize) {
      progress('write', start);
      const batch = plans.slice(start, start + writeBatchSize).map((plan) => {
        const content: AssetContent = {
          ...plan.content,
          ownerOrganisationId:
            plan.content.ownerOrganisationId ??
            (plan.orgName ? (created.get(plan.orgName.toLowerCase()) ?? null) : null),
        };
        return { plan, content, searchText: searchTextFor(content, terms, plan.orgName) };
      });
      // New items: ids made here, so the item and its first revision go in one statement each.
      const creates: ImportedAssetRow[] = [];
      const firstRevisions: Array<NewRevision & { id: string; number: number }> = [];
      for (const { plan, content, searchText } of batch) {
        if (plan.op !== 'create') continue;
        const id = randomUUID();
        const revisionId = randomUUID();
        creates.push({ id, content, searchText, sourceId: plan.record.sourceId });
        firstRevisions.push({ ...revision(plan, content), id: revisionId, assetId: id, number: 1 });
      }
      await insertImportedAssets(wtx, municipalityId, creates, {
        source,
        verifiedBy: author.personId,
        verifiedLabel: author.label,
        now,
      });
      await insertRevisionRows(tx, municipalityId, firstRevisions);
      await setCurrentRevisions(
        wtx,
        municipalityId,
        firstRevisions.map((r) => ({ assetId: r.assetId, revisionId: r.id })),
      );
      // Updated items: the next revision numbers at once, the revisions at once, then each content.
      const updates = batch.filter((b) => b.plan.op === 'update');
      const numbers = await nextRevisionNumbers(
        wtx,
        municipalityId,
        updates.map((u) => (u.plan as Extract<Plan, { op: 'update' }>).assetId),
      );
      const updateRevisions = updates.map(({ plan, content }) => {
        const assetId = (plan as Extract<Plan, { op: 'update' }>).assetId;
        return { ...revision(plan, content), id: randomUUID(), assetId, number: numbers.get(assetId) ?? 1 };
      });
      await insertRevisionRows(tx, municipalityId, updateRevisions);
      await linkToSource(
        wtx,
        municipalityId,
        source,
        updates.flatMap(({ plan }) =>
          plan.op === 'update' && plan.merge
            ? [{ assetId: plan.assetId, sourceId: plan.record.sourceId }]
            : [],
        ),
      );
      for (const [k, { content, searchText }] of updates.entries()) {
        const r = updateRevisions[k] as (typeof updateRevisions)[number];
        await applyContent(tx, municipalityId, r.assetId, content, searchText, {
          status: 'published',
          currentRevisionId: r.id,
          verifiedBy: author,
          now,
        });
      }
    }
    progress('write', plans.length);
    audit({
      action: 'social_map.import',
      resourceType: 'asset_import',
      changes: {
        source,
        created: report.created,
        updated: report.updated,
        merged: report.merged,
        skipped: report.skipped.length,
        newOrganisations: report.newOrganisations.length,
      },
    });
  });
  report.written = true;
  return report;
}
