import { sql } from 'kysely';
import type {
  CriterionRow,
  DecisionKind,
  IdeaRow,
  IdeaStatus,
  ProgrammeDb,
  ProgrammeTx,
  RuleOutcome,
  Score,
} from './programme.tables.ts';
import type { Assessment, Criterion, Decision, ProjectIdea } from './programme.ts';

// The only place that queries the programme tables (migrations/0011_programme.sql).

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

// ---- framework ----

export async function findSettings(db: ProgrammeDb, municipalityId: string) {
  return db
    .selectFrom('programme_settings')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
}

export async function criteriaRows(db: ProgrammeDb, municipalityId: string): Promise<CriterionRow[]> {
  return db
    .selectFrom('programme_criteria')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .orderBy('kind')
    .orderBy('position')
    .orderBy('created_at')
    .execute();
}

export function toCriterion(r: CriterionRow): Criterion {
  return {
    id: r.id,
    kind: r.kind,
    code: r.code,
    name: r.name,
    description: r.description,
    minScore: r.min_score,
    position: r.position,
    active: r.active,
  };
}

export async function peopleNames(db: ProgrammeDb, municipalityId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('people')
    .select(['id', 'name'])
    .where('municipality_id', '=', municipalityId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Creates the settings row when missing; false when another request made it first. */
export async function insertSettings(tx: ProgrammeTx, municipalityId: string, minSubstantial: number) {
  const r = await tx
    .insertInto('programme_settings')
    .values({ municipality_id: municipalityId, min_substantial: minSubstantial, updated_at: new Date() })
    .onConflict((oc) => oc.column('municipality_id').doNothing())
    .returning('municipality_id')
    .executeTakeFirst();
  return r !== undefined;
}

/** Saves the settings when the version is still the one the editor started from. */
export async function updateSettings(
  tx: ProgrammeTx,
  municipalityId: string,
  v: { version: number; minSubstantial: number; assessorIds: string[] },
): Promise<boolean> {
  const r = await tx
    .updateTable('programme_settings')
    .set({
      min_substantial: v.minSubstantial,
      assessor_ids: v.assessorIds,
      version: sql`version + 1`,
      updated_at: new Date(),
    })
    .where('municipality_id', '=', municipalityId)
    .where('version', '=', v.version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export interface CriterionValues {
  kind: 'effect' | 'criterion';
  code: string;
  name: string;
  description: string;
  minScore: 'some' | 'substantial' | null;
  position: number;
  active: boolean;
}

export async function insertCriterion(tx: ProgrammeTx, municipalityId: string, v: CriterionValues) {
  await tx
    .insertInto('programme_criteria')
    .values({
      municipality_id: municipalityId,
      kind: v.kind,
      code: v.code,
      name: v.name,
      description: v.description,
      min_score: v.minScore,
      position: v.position,
      active: v.active,
    })
    .execute();
}

export async function updateCriterion(
  tx: ProgrammeTx,
  municipalityId: string,
  id: string,
  v: Pick<CriterionValues, 'name' | 'description' | 'minScore' | 'position' | 'active'>,
) {
  await tx
    .updateTable('programme_criteria')
    .set({
      name: v.name,
      description: v.description,
      min_score: v.minScore,
      position: v.position,
      active: v.active,
    })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .execute();
}

// ---- ideas ----

export type IdeaRowWithArea = IdeaRow & { area_code: string; area_name: string; area_path: string };

function ideaQuery(db: ProgrammeDb, municipalityId: string) {
  return db
    .selectFrom('project_ideas as i')
    .innerJoin('areas as a', 'a.id', 'i.area_id')
    .selectAll('i')
    .select(['a.code as area_code', 'a.name as area_name', 'a.path as area_path'])
    .where('i.municipality_id', '=', municipalityId);
}

export async function findIdeaRow(db: ProgrammeDb, municipalityId: string, id: string) {
  return ideaQuery(db, municipalityId).where('i.id', '=', id).executeTakeFirst() as Promise<
    IdeaRowWithArea | undefined
  >;
}

export async function findIdeaByIdempotencyKey(db: ProgrammeDb, municipalityId: string, key: string) {
  return db
    .selectFrom('project_ideas')
    .select(['id'])
    .where('municipality_id', '=', municipalityId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

export interface IdeaFilter {
  statuses: IdeaStatus[];
  /** Only ideas in these area subtrees (area officers); undefined: all. */
  areaPaths?: string[] | undefined;
  /** An area filter (its subtree). */
  areaPath?: string | undefined;
  after?: { createdAt: string; id: string } | undefined;
  limit: number;
}

export async function listIdeaRows(db: ProgrammeDb, municipalityId: string, f: IdeaFilter) {
  let q = ideaQuery(db, municipalityId).where('i.status', 'in', f.statuses);
  if (f.areaPath) {
    const p = f.areaPath;
    q = q.where((eb) => eb.or([eb('a.path', '=', p), eb('a.path', 'like', `${p}/%`)]));
  }
  if (f.areaPaths) {
    const paths = f.areaPaths;
    if (paths.length === 0) return [];
    q = q.where((eb) => eb.or(paths.flatMap((p) => [eb('a.path', '=', p), eb('a.path', 'like', `${p}/%`)])));
  }
  if (f.after) {
    const a = f.after;
    q = q.where((eb) =>
      eb.or([
        eb('i.created_at', '<', new Date(a.createdAt)),
        eb.and([eb('i.created_at', '=', new Date(a.createdAt)), eb('i.id', '<', a.id)]),
      ]),
    );
  }
  return q.orderBy('i.created_at', 'desc').orderBy('i.id', 'desc').limit(f.limit).execute() as Promise<
    IdeaRowWithArea[]
  >;
}

export interface NewIdea {
  areaId: string;
  title: string;
  summary: string;
  description: string;
  durability: string;
  partners: string;
  budgetCents: number | null;
  aimedEffectIds: string[];
  submitterKind: 'resident' | 'partner' | 'staff';
  submitterName: string | null;
  submitterEmail: string;
  submitterPersonId: string | null;
  locale: 'nl' | 'en';
  status: IdeaStatus;
  confirmExpiresAt: Date | null;
  idempotencyKey: string | null;
}

export async function insertIdea(tx: ProgrammeTx, municipalityId: string, v: NewIdea): Promise<string> {
  const now = new Date();
  const row = await tx
    .insertInto('project_ideas')
    .values({
      municipality_id: municipalityId,
      area_id: v.areaId,
      title: v.title,
      summary: v.summary,
      description: v.description,
      durability: v.durability,
      partners: v.partners,
      budget_cents: v.budgetCents,
      aimed_effect_ids: v.aimedEffectIds,
      submitter_kind: v.submitterKind,
      submitter_name: v.submitterName,
      submitter_email: v.submitterEmail,
      submitter_person_id: v.submitterPersonId,
      locale: v.locale,
      status: v.status,
      confirm_expires_at: v.confirmExpiresAt,
      idempotency_key: v.idempotencyKey,
      confirmed_at: v.status === 'submitted' ? now : null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Moves an idea from one status to another; false when it was no longer in `from`. */
export async function moveIdea(
  tx: ProgrammeTx,
  municipalityId: string,
  id: string,
  from: IdeaStatus[],
  to: IdeaStatus,
  extra: {
    confirmedAt?: Date;
    decidedAt?: Date;
    planId?: string | null;
    planItemId?: string | null;
    version?: number;
  } = {},
): Promise<boolean> {
  let q = tx
    .updateTable('project_ideas')
    .set({
      status: to,
      version: sql`version + 1`,
      updated_at: new Date(),
      ...(extra.confirmedAt ? { confirmed_at: extra.confirmedAt, confirm_expires_at: null } : {}),
      ...(extra.decidedAt ? { decided_at: extra.decidedAt } : {}),
      ...(extra.planId !== undefined ? { plan_id: extra.planId } : {}),
      ...(extra.planItemId !== undefined ? { plan_item_id: extra.planItemId } : {}),
    })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .where('status', 'in', from);
  if (extra.version !== undefined) q = q.where('version', '=', extra.version);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function reviseIdeaRow(
  tx: ProgrammeTx,
  municipalityId: string,
  id: string,
  v: Pick<
    NewIdea,
    'title' | 'summary' | 'description' | 'durability' | 'partners' | 'budgetCents' | 'aimedEffectIds'
  >,
): Promise<boolean> {
  const r = await tx
    .updateTable('project_ideas')
    .set({
      title: v.title,
      summary: v.summary,
      description: v.description,
      durability: v.durability,
      partners: v.partners,
      budget_cents: v.budgetCents,
      aimed_effect_ids: v.aimedEffectIds,
      status: 'submitted',
      version: sql`version + 1`,
      updated_at: new Date(),
    })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .where('status', '=', 'revise')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export function toIdea(r: IdeaRowWithArea, goalIds: string[]): ProjectIdea {
  return {
    id: r.id,
    area: { id: r.area_id, code: r.area_code, name: r.area_name },
    title: r.title,
    summary: r.summary,
    description: r.description,
    durability: r.durability,
    partners: r.partners,
    budgetCents: r.budget_cents === null ? null : Number(r.budget_cents),
    aimedEffectIds: r.aimed_effect_ids,
    submitterKind: r.submitter_kind,
    submitterName: r.submitter_name,
    submitterEmail: r.submitter_email,
    status: r.status,
    planId: r.plan_id,
    planItemId: r.plan_item_id,
    goalIds,
    version: r.version,
    createdAt: iso(r.created_at),
    decidedAt: r.decided_at ? iso(r.decided_at) : null,
  };
}

// ---- goals ----

export async function goalIdsOf(db: ProgrammeDb, municipalityId: string, ideaIds: readonly string[]) {
  const out = new Map<string, string[]>(ideaIds.map((id) => [id, []]));
  if (ideaIds.length === 0) return out;
  const rows = await db
    .selectFrom('project_idea_goals')
    .select(['idea_id', 'goal_item_id'])
    .where('municipality_id', '=', municipalityId)
    .where('idea_id', 'in', ideaIds)
    .execute();
  for (const r of rows) out.get(r.idea_id)?.push(r.goal_item_id);
  return out;
}

export async function replaceIdeaGoals(
  tx: ProgrammeTx,
  municipalityId: string,
  ideaId: string,
  goalIds: string[],
) {
  await tx
    .deleteFrom('project_idea_goals')
    .where('municipality_id', '=', municipalityId)
    .where('idea_id', '=', ideaId)
    .execute();
  if (goalIds.length === 0) return;
  await tx
    .insertInto('project_idea_goals')
    .values(goalIds.map((g) => ({ municipality_id: municipalityId, idea_id: ideaId, goal_item_id: g })))
    .execute();
}

export async function addIdeaGoal(tx: ProgrammeTx, municipalityId: string, ideaId: string, goalId: string) {
  await tx
    .insertInto('project_idea_goals')
    .values({ municipality_id: municipalityId, idea_id: ideaId, goal_item_id: goalId })
    .onConflict((oc) => oc.columns(['idea_id', 'goal_item_id']).doNothing())
    .execute();
}

// ---- assessments and decisions ----

export async function assessmentsOf(db: ProgrammeDb, municipalityId: string, ideaIds: readonly string[]) {
  if (ideaIds.length === 0) return [];
  return db
    .selectFrom('project_assessments as s')
    .innerJoin('people as p', 'p.id', 's.assessor_id')
    .select([
      's.idea_id',
      's.criterion_id',
      's.assessor_id',
      'p.name as assessor_name',
      's.score',
      's.motivation',
      's.updated_at',
    ])
    .where('s.municipality_id', '=', municipalityId)
    .where('s.idea_id', 'in', ideaIds)
    .orderBy('p.name')
    .execute();
}

export function toAssessment(r: Awaited<ReturnType<typeof assessmentsOf>>[number]): Assessment {
  return {
    criterionId: r.criterion_id,
    assessor: { id: r.assessor_id, name: r.assessor_name },
    score: r.score,
    motivation: r.motivation,
    updatedAt: iso(r.updated_at),
  };
}

export async function upsertAssessment(
  tx: ProgrammeTx,
  municipalityId: string,
  v: { ideaId: string; criterionId: string; assessorId: string; score: Score; motivation: string },
) {
  await tx
    .insertInto('project_assessments')
    .values({
      municipality_id: municipalityId,
      idea_id: v.ideaId,
      criterion_id: v.criterionId,
      assessor_id: v.assessorId,
      score: v.score,
      motivation: v.motivation,
      updated_at: new Date(),
    })
    .onConflict((oc) =>
      oc.columns(['idea_id', 'criterion_id', 'assessor_id']).doUpdateSet({
        score: v.score,
        motivation: v.motivation,
        updated_at: new Date(),
      }),
    )
    .execute();
}

export async function decisionsOf(
  db: ProgrammeDb,
  municipalityId: string,
  ideaId: string,
): Promise<Decision[]> {
  const rows = await db
    .selectFrom('project_decisions as d')
    .leftJoin('people as p', 'p.id', 'd.decided_by')
    .select(['d.id', 'd.decision', 'd.reason', 'd.rule_outcome', 'p.name as decided_by_name', 'd.decided_at'])
    .where('d.municipality_id', '=', municipalityId)
    .where('d.idea_id', '=', ideaId)
    .orderBy('d.decided_at')
    .orderBy('d.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    decision: r.decision,
    reason: r.reason,
    ruleOutcome: r.rule_outcome,
    decidedBy: r.decided_by_name,
    decidedAt: iso(r.decided_at),
  }));
}

export async function insertDecision(
  tx: ProgrammeTx,
  municipalityId: string,
  v: {
    ideaId: string;
    decision: DecisionKind;
    reason: string;
    ruleOutcome: RuleOutcome;
    decidedBy: string | null;
  },
) {
  const row = await tx
    .insertInto('project_decisions')
    .values({
      municipality_id: municipalityId,
      idea_id: v.ideaId,
      decision: v.decision,
      reason: v.reason,
      rule_outcome: v.ruleOutcome,
      decided_by: v.decidedBy,
      decided_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

// ---- over many ideas ----

/** Ideas of an area subtree that are in play (confirmed, not rejected), oldest first. */
export async function activeIdeaRowsIn(db: ProgrammeDb, municipalityId: string, areaPath: string) {
  return ideaQuery(db, municipalityId)
    .where('i.status', 'in', ['submitted', 'in_assessment', 'revise', 'accepted'])
    .where((eb) => eb.or([eb('a.path', '=', areaPath), eb('a.path', 'like', `${areaPath}/%`)]))
    .orderBy('i.created_at')
    .orderBy('i.id')
    .execute() as Promise<IdeaRowWithArea[]>;
}

/** Accepted ideas that became interventions of these plans, with every score given. */
export async function acceptedIdeaScores(
  db: ProgrammeDb,
  municipalityId: string,
  planIds: readonly string[],
) {
  if (planIds.length === 0) return [];
  return db
    .selectFrom('project_ideas as i')
    .leftJoin('project_assessments as s', 's.idea_id', 'i.id')
    .select(['i.id as idea_id', 's.criterion_id', 's.score'])
    .where('i.municipality_id', '=', municipalityId)
    .where('i.status', '=', 'accepted')
    .where('i.plan_id', 'in', planIds)
    .execute();
}

// ---- plan items the programme refers to (read only; the plans part writes them) ----

/** An item of a plan in the municipality: its plan, level and parent. */
export async function planItemRef(db: ProgrammeDb, municipalityId: string, id: string) {
  return db
    .selectFrom('plan_items')
    .select(['id', 'plan_id', 'level', 'parent_id', 'title'])
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}
