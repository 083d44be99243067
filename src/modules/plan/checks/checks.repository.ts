import { sql } from 'kysely';
import type { Db } from '../../../core/db/database.ts';
import { pathWithin } from '../../../core/permissions/actor.ts';
import { type CycleTx, cycleDb } from '../cycles/cycles.tables.ts';
import { type CheckAreaAnswer, type CheckVerdict, checkStatus, type NeighbourhoodCheck } from './check.ts';

// The Kysely queries of neighbourhood_checks and neighbourhood_check_areas. Nothing else queries them.

function checkRows(db: Db, municipalityId: string) {
  return cycleDb(db)
    .selectFrom('neighbourhood_checks as c')
    .leftJoin('organisations as o', (j) =>
      j
        .onRef('o.id', '=', 'c.requesting_organisation_id')
        .onRef('o.municipality_id', '=', 'c.municipality_id'),
    )
    .leftJoin('people as p', (j) =>
      j.onRef('p.id', '=', 'c.requested_by').onRef('p.municipality_id', '=', 'c.municipality_id'),
    )
    .leftJoin('plans as pl', (j) =>
      j.onRef('pl.id', '=', 'c.plan_id').onRef('pl.municipality_id', '=', 'c.municipality_id'),
    )
    .where('c.municipality_id', '=', municipalityId)
    .select([
      'c.id',
      'c.title',
      'c.proposal',
      'c.question',
      'c.requesting_organisation_id',
      'c.requested_by',
      'c.plan_id',
      'c.answer_by',
      'c.closed_at',
      'c.version',
      'c.created_at',
      'c.updated_at',
      'o.name as organisation_name',
      'p.name as person_name',
      'pl.title as plan_title',
    ]);
}

type CheckRow = Awaited<ReturnType<ReturnType<typeof checkRows>['execute']>>[number];

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

async function withAreas(db: Db, municipalityId: string, rows: CheckRow[], today: string) {
  if (rows.length === 0) return [];
  const answers = await cycleDb(db)
    .selectFrom('neighbourhood_check_areas as ca')
    .innerJoin('areas as a', 'a.id', 'ca.area_id')
    .leftJoin('people as p', (j) =>
      j.onRef('p.id', '=', 'ca.answered_by').onRef('p.municipality_id', '=', 'ca.municipality_id'),
    )
    .where('ca.municipality_id', '=', municipalityId)
    .where(
      'ca.check_id',
      'in',
      rows.map((r) => r.id),
    )
    .select([
      'ca.check_id',
      'a.id as area_id',
      'a.code',
      'a.name as area_name',
      'a.path',
      'ca.verdict',
      'ca.answer',
      'ca.answered_by',
      'ca.answered_at',
      'p.name as person_name',
    ])
    .orderBy('a.path')
    .execute();
  const byCheck = new Map<string, CheckAreaAnswer[]>();
  for (const a of answers) {
    const list = byCheck.get(a.check_id) ?? [];
    list.push({
      area: { id: a.area_id, code: a.code, name: a.area_name, path: a.path },
      verdict: a.verdict,
      answer: a.answer,
      answeredBy: a.answered_by && a.person_name ? { id: a.answered_by, name: a.person_name } : null,
      answeredAt: iso(a.answered_at),
    });
    byCheck.set(a.check_id, list);
  }
  return rows.map((r): NeighbourhoodCheck => {
    const areas = byCheck.get(r.id) ?? [];
    const closedAt = iso(r.closed_at);
    return {
      id: r.id,
      title: r.title,
      proposal: r.proposal,
      question: r.question,
      requestingOrganisation:
        r.requesting_organisation_id && r.organisation_name
          ? { id: r.requesting_organisation_id, name: r.organisation_name }
          : null,
      requestedBy: r.requested_by && r.person_name ? { id: r.requested_by, name: r.person_name } : null,
      plan: r.plan_id && r.plan_title ? { id: r.plan_id, title: r.plan_title } : null,
      answerBy: r.answer_by,
      closedAt,
      createdAt: iso(r.created_at) as string,
      updatedAt: iso(r.updated_at) as string,
      version: r.version,
      status: checkStatus({ closedAt, answerBy: r.answer_by, areas }, today),
      areas,
    };
  });
}

export async function findCheck(
  db: Db,
  municipalityId: string,
  id: string,
  today: string,
): Promise<NeighbourhoodCheck | null> {
  const row = await checkRows(db, municipalityId).where('c.id', '=', id).executeTakeFirst();
  return row ? ((await withAreas(db, municipalityId, [row], today))[0] ?? null) : null;
}

export interface CheckFilter {
  /** Checks that asked this area, an area inside it, or an area it lies in. */
  areaPath?: string | undefined;
  planId?: string | undefined;
  after?: { createdAt: string; id: string } | undefined;
  limit: number;
}

/** Newest first. */
export async function listCheckRows(
  db: Db,
  municipalityId: string,
  filter: CheckFilter,
  today: string,
): Promise<NeighbourhoodCheck[]> {
  let q = checkRows(db, municipalityId);
  const { areaPath, planId, after } = filter;
  if (areaPath !== undefined || planId !== undefined) {
    q = q.where((eb) => {
      const parts = [];
      if (planId !== undefined) parts.push(eb('c.plan_id', '=', planId));
      if (areaPath !== undefined) {
        const ancestors = areaPath.split('/').map((_, i, all) => all.slice(0, i + 1).join('/'));
        parts.push(
          eb.exists(
            eb
              .selectFrom('neighbourhood_check_areas as ca')
              .innerJoin('areas as a', 'a.id', 'ca.area_id')
              .whereRef('ca.check_id', '=', 'c.id')
              .where((e) =>
                e.or([
                  e('a.path', '=', areaPath),
                  e('a.path', 'like', `${areaPath}/%`),
                  e('a.path', 'in', ancestors),
                ]),
              )
              .select('ca.check_id'),
          ),
        );
      }
      return eb.or(parts);
    });
  }
  // Cursors carry milliseconds; the column has microseconds: compare and order at the cursor's precision.
  const createdMs = sql<Date>`date_trunc('milliseconds', c.created_at)`;
  if (after) {
    const at = new Date(after.createdAt);
    q = q.where((eb) =>
      eb.or([eb(createdMs, '<', at), eb.and([eb(createdMs, '=', at), eb('c.id', '<', after.id)])]),
    );
  }
  const rows = await q.orderBy(createdMs, 'desc').orderBy('c.id', 'desc').limit(filter.limit).execute();
  return withAreas(db, municipalityId, rows, today);
}

export async function areasByCode(
  db: Db,
  municipalityId: string,
  codes: string[],
): Promise<Array<{ id: string; code: string; name: string; path: string }>> {
  if (codes.length === 0) return [];
  return db
    .selectFrom('areas')
    .select(['id', 'code', 'name', 'path'])
    .where('municipality_id', '=', municipalityId)
    .where('code', 'in', codes)
    .execute();
}

export async function insertCheck(
  tx: CycleTx,
  municipalityId: string,
  values: {
    title: string;
    proposal: string;
    question: string;
    requestingOrganisationId: string | null;
    requestedBy: string | null;
    planId: string | null;
    answerBy: string;
    areaIds: string[];
  },
): Promise<string> {
  const row = await tx
    .insertInto('neighbourhood_checks')
    .values({
      municipality_id: municipalityId,
      title: values.title,
      proposal: values.proposal,
      question: values.question,
      requesting_organisation_id: values.requestingOrganisationId,
      requested_by: values.requestedBy,
      plan_id: values.planId,
      answer_by: values.answerBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('neighbourhood_check_areas')
    .values(
      values.areaIds.map((areaId) => ({
        municipality_id: municipalityId,
        check_id: row.id,
        area_id: areaId,
      })),
    )
    .execute();
  return row.id;
}

export async function saveAnswer(
  tx: CycleTx,
  municipalityId: string,
  checkId: string,
  areaId: string,
  values: { verdict: CheckVerdict; answer: string; answeredBy: string | null },
): Promise<void> {
  await tx
    .updateTable('neighbourhood_check_areas')
    .set({
      verdict: values.verdict,
      answer: values.answer,
      answered_by: values.answeredBy,
      answered_at: new Date(),
    })
    .where('municipality_id', '=', municipalityId)
    .where('check_id', '=', checkId)
    .where('area_id', '=', areaId)
    .execute();
  await touchCheck(tx, municipalityId, checkId, {});
}

export async function touchCheck(
  tx: CycleTx,
  municipalityId: string,
  checkId: string,
  values: { closedAt?: Date },
): Promise<void> {
  await tx
    .updateTable('neighbourhood_checks')
    .set((eb) => ({
      ...(values.closedAt ? { closed_at: values.closedAt } : {}),
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', checkId)
    .execute();
}

export async function planOfMunicipality(db: Db, municipalityId: string, planId: string): Promise<boolean> {
  const row = await cycleDb(db)
    .selectFrom('plans')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', planId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Does the answer's area lie in (or contain) the given area? For filtering in memory. */
export function touchesArea(answer: { area: { path: string } }, areaPath: string): boolean {
  return pathWithin(answer.area.path, areaPath) || pathWithin(areaPath, answer.area.path);
}
