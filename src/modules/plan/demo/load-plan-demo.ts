import { sql } from 'kysely';
import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { loadActor } from '../../../core/auth/load-actor.ts';
import type { Db } from '../../../core/db/database.ts';
import { voorbeeld } from '../../../core/demo/voorbeeld-data.ts';
import { findMunicipalityByCode } from '../../../core/municipalities/municipalities.repository.ts';
import { findPersonByEmail } from '../../../core/people/people.repository.ts';
import { addMember } from '../add-member.ts';
import { createItem } from '../create-item.ts';
import { createPlan } from '../create-plan.ts';
import { getPlanView } from '../get-plan.ts';
import { addIndicator, addIndicatorValue } from '../item-indicators.ts';
import { addMilestone } from '../item-milestones.ts';
import { planDb, planTx } from '../plan.tables.ts';
import type { PlanItem } from '../plan.ts';
import { flattenTree } from '../plan-tree.ts';
import { createVersion } from '../reviews/create-version.ts';
import { holdReview } from '../reviews/hold-review.ts';
import { reviewsTx } from '../reviews/reviews.tables.ts';
import { scheduleReview } from '../reviews/schedule-review.ts';
import { updateItem } from '../update-item.ts';
import { updatePlan } from '../update-plan.ts';
import {
  addedAtPastReview,
  asAdopted,
  type DemoDate,
  type DemoItem,
  type DemoPlan,
  demoDate,
  nextReviewInDays,
  noordhoekPlan,
  noordhoekReviews,
  type OrgKey,
  type PersonKey,
  people,
  programmePlan,
  titleWithYears,
} from './plan-demo-data.ts';

// Loads the wijkplan of Noordhoek and the programme of Gemeente Voorbeeld, after the core demo
// (and the social map). Everything goes through the plan module's services, acted out by the demo
// people who would do it in real life (decision 023): Daan Visser manages the plan, co-authors
// write their own interventions, the coordinator runs the programme.

export class PlanDemoAlreadyLoadedError extends Error {}

export interface PlanDemoResult {
  plans: number;
  items: number;
  noordhoekId: string;
  programmeId: string;
}

/** Who does what, by the keys the demo data uses. */
interface Cast {
  municipalityId: string;
  orgs: Map<OrgKey, string>;
  persons: Map<PersonKey, string>;
  ctx: (who: PersonKey) => ServiceContext;
  /** The demo person who writes for an organisation as a co-author, if there is one. */
  writerFor: (org: OrgKey | null) => PersonKey | null;
  date: (d: DemoDate) => string;
}

const writers: Partial<Record<OrgKey, PersonKey>> = {
  woonstichting: 'karin',
  politie: 'jeroen',
  'openbare-ruimte': 'priya',
};

async function castFor(db: Db, today: Date): Promise<Cast> {
  const municipality = await findMunicipalityByCode(db, voorbeeld.code);
  if (!municipality) throw new Error(`load the core demo (${voorbeeld.code}) first`);
  const m = municipality.id;
  const orgRows = await db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('municipality_id', '=', m)
    .execute();
  const orgs = new Map<OrgKey, string>();
  for (const o of voorbeeld.organisations) {
    const row = orgRows.find((r) => r.name === o.name);
    if (row) orgs.set(o.key as OrgKey, row.id);
  }
  const persons = new Map<PersonKey, string>();
  const contexts = new Map<PersonKey, ServiceContext>();
  for (const [key, email] of Object.entries(people) as Array<[PersonKey, string]>) {
    const person = await findPersonByEmail(db, m, email);
    if (!person) throw new Error(`demo person ${email} is missing`);
    persons.set(key, person.id);
    contexts.set(key, { db, actor: await loadActor(db, m, person), meta: { userAgent: 'demo loader' } });
  }
  return {
    municipalityId: m,
    orgs,
    persons,
    ctx: (who) => {
      const c = contexts.get(who);
      if (!c) throw new Error(`no demo person ${who}`);
      return c;
    },
    writerFor: (org) => (org ? (writers[org] ?? null) : null),
    date: (d) => demoDate(today, d),
  };
}

function orgId(cast: Cast, key: OrgKey | null | undefined): string | null {
  if (!key) return null;
  const id = cast.orgs.get(key);
  if (!id) throw new Error(`demo organisation ${key} is missing`);
  return id;
}

function personId(cast: Cast, key: PersonKey | undefined): string | null {
  return key ? (cast.persons.get(key) ?? null) : null;
}

/** The values an item had when the plan was adopted (see asAdopted). */
function adopted(item: DemoItem): DemoItem {
  const a = asAdopted[item.key];
  if (!a) return item;
  return {
    ...item,
    start: a.start ?? item.start,
    end: a.end ?? item.end,
    status: a.status ?? item.status,
    owner: a.owner ?? item.owner,
    ...(a.progress !== undefined ? { progress: a.progress } : {}),
  };
}

/** Writes one item (and its milestones and indicators) as the person who would. */
async function writeItem(
  cast: Cast,
  planId: string,
  manager: PersonKey,
  parentId: string | null,
  item: DemoItem,
  depth: number,
): Promise<PlanItem> {
  // Co-authors add their own interventions; goals and action lines are the managers'.
  const writer = depth === 2 ? (cast.writerFor(item.owner) ?? manager) : manager;
  const ctx = cast.ctx(writer);
  const created = await createItem(ctx, planId, {
    parentId,
    title: item.title,
    description: item.description,
    ownerOrganisationId: orgId(cast, item.owner),
    contactPersonId: personId(cast, item.contact),
    startDate: cast.date(item.start),
    endDate: cast.date(item.end),
    status: item.status,
    themes: item.themes,
    areaCodes: item.areas ?? [],
    weight: item.weight ?? null,
    progress: item.progress ?? null,
  });
  await writeMilestonesAndIndicators(cast, ctx, planId, created.id, item);
  return created;
}

async function writeMilestonesAndIndicators(
  cast: Cast,
  ctx: ServiceContext,
  planId: string,
  itemId: string,
  item: DemoItem,
): Promise<void> {
  for (const ms of item.milestones ?? []) {
    await addMilestone(ctx, planId, itemId, {
      title: ms.title,
      dueDate: cast.date(ms.due),
      doneOn: ms.done ? cast.date(ms.done) : null,
    });
  }
  for (const i of item.indicators ?? []) {
    const indicator = await addIndicator(ctx, planId, itemId, {
      name: i.name,
      unit: i.unit,
      direction: i.direction,
      baseline: i.baseline ?? null,
      baselineOn: i.baselineOn ? cast.date(i.baselineOn) : null,
      target: i.target ?? null,
      targetOn: i.targetOn ? cast.date(i.targetOn) : null,
      sourceKind: i.cbs ? 'cbs' : 'manual',
      cbsKey: i.cbs?.key ?? null,
      cbsAreaCode: i.cbs?.areaCode ?? null,
    });
    for (const v of i.values ?? []) {
      await addIndicatorValue(ctx, planId, itemId, indicator.id, {
        measuredOn: cast.date(v.on),
        value: v.value,
        source: v.source,
        note: v.note ?? '',
      });
    }
  }
}

/** Creates a plan with its members and items as they were at adoption; returns item ids by key. */
async function writePlan(
  cast: Cast,
  plan: DemoPlan,
  manager: PersonKey,
  today: Date,
  skip: ReadonlySet<string>,
): Promise<{ id: string; items: Map<string, PlanItem> }> {
  const ctx = cast.ctx(manager);
  const created = await createPlan(ctx, {
    areaCode: plan.areaCode,
    kind: plan.kind,
    title: titleWithYears(plan, today),
    summary: plan.summary,
    vision: plan.vision,
    periodStart: cast.date(plan.start),
    periodEnd: cast.date(plan.end),
    state: 'draft',
  });
  await writeMembers(cast, ctx, created.id, plan);
  const items = new Map<string, PlanItem>();
  const walk = async (list: DemoItem[], parentId: string | null, depth: number) => {
    for (const i of list) {
      if (skip.has(i.key)) continue;
      const written = await writeItem(cast, created.id, manager, parentId, adopted(i), depth);
      items.set(i.key, written);
      await walk(i.children ?? [], written.id, depth + 1);
    }
  };
  await walk(plan.goals, null, 0);
  await updatePlan(ctx, created.id, {
    version: (await currentPlanVersion(cast, created.id)) ?? 1,
    state: 'adopted',
  });
  return { id: created.id, items };
}

async function writeMembers(cast: Cast, ctx: ServiceContext, planId: string, plan: DemoPlan): Promise<void> {
  const existing = new Set(
    (await getPlanView(ctx, planId)).members.map((m) => m.person?.id ?? m.organisation?.id),
  );
  for (const m of plan.members) {
    const organisationId = orgId(cast, m.organisation);
    const pid = personId(cast, m.person);
    // The maker may already be an owner (createPlan adds one who is not staff-wide).
    if (existing.has(organisationId ?? pid ?? '')) continue;
    await addMember(ctx, planId, { organisationId, personId: pid, role: m.role });
  }
}

async function currentPlanVersion(cast: Cast, planId: string): Promise<number | undefined> {
  const row = await planDb(cast.ctx('daan').db)
    .selectFrom('plans')
    .select('version')
    .where('municipality_id', '=', cast.municipalityId)
    .where('id', '=', planId)
    .executeTakeFirst();
  return row?.version;
}

/** The item as it is now in the demo data, to bring an adopted item up to date at the review. */
function findDemoItem(plan: DemoPlan, key: string): { item: DemoItem; parentKey: string | null } | null {
  const walk = (
    list: DemoItem[],
    parentKey: string | null,
  ): { item: DemoItem; parentKey: string | null } | null => {
    for (const i of list) {
      if (i.key === key) return { item: i, parentKey };
      const found = walk(i.children ?? [], i.key);
      if (found) return found;
    }
    return null;
  };
  return walk(plan.goals, null);
}

/** The changes agreed at the past review: re-timed, re-owned, stopped, and the items added. */
async function applyReviewAdjustments(
  cast: Cast,
  planId: string,
  items: Map<string, PlanItem>,
  manager: PersonKey,
): Promise<void> {
  const ctx = cast.ctx(manager);
  // Milestones and indicators may have moved the items' versions on since they were created.
  const versions = new Map(
    flattenTree((await getPlanView(ctx, planId)).tree).map((n) => [n.item.id, n.item.version]),
  );
  for (const key of Object.keys(asAdopted)) {
    const found = findDemoItem(noordhoekPlan, key);
    const current = items.get(key);
    if (!found || !current) throw new Error(`demo item ${key} is missing`);
    const now = found.item;
    const updated = await updateItem(ctx, planId, current.id, {
      version: versions.get(current.id) ?? current.version,
      startDate: cast.date(now.start),
      endDate: cast.date(now.end),
      status: now.status,
      ownerOrganisationId: orgId(cast, now.owner),
      progress: now.progress ?? null,
    });
    items.set(key, updated);
  }
  for (const key of addedAtPastReview) {
    const found = findDemoItem(noordhoekPlan, key);
    const parent = found?.parentKey ? items.get(found.parentKey) : undefined;
    if (!found || !parent) throw new Error(`demo item ${key} or its parent is missing`);
    items.set(key, await writeItem(cast, planId, manager, parent.id, found.item, 2));
  }
}

/** The past review moment (held, with a verdict on every item) and the next one. */
async function writeReviews(
  cast: Cast,
  planId: string,
  items: Map<string, PlanItem>,
  today: Date,
): Promise<{ pastReviewId: string; pastVersionId: string; pastOn: string }> {
  const ctx = cast.ctx(noordhoekReviews.past.heldBy ?? 'daan');
  const { past, next } = noordhoekReviews;
  const pastOn = cast.date(past.on ?? [-3, 15]);
  const scheduled = await scheduleReview(ctx, planId, { title: past.title, scheduledOn: pastOn });
  const marks = past.marks ?? {};
  const held = await holdReview(ctx, planId, scheduled.id, {
    summary: past.summary ?? '',
    // Every item gets a verdict; those not discussed were on track.
    assessments: [...items].map(([key, item]) => ({
      itemId: item.id,
      verdict: marks[key]?.mark ?? 'on_track',
      note: marks[key]?.note ?? '',
    })),
  });
  if (!held.versionId) throw new Error('holding the demo review saved no version');
  const nextOn = new Date(today.getTime() + nextReviewInDays * 86_400_000).toISOString().slice(0, 10);
  await scheduleReview(cast.ctx('daan'), planId, {
    title: next.title,
    scheduledOn: nextOn,
    remindDaysBefore: 14,
  });
  return { pastReviewId: held.id, pastVersionId: held.versionId, pastOn };
}

export async function hasPlanDemo(db: Db): Promise<boolean> {
  const municipality = await findMunicipalityByCode(db, voorbeeld.code);
  if (!municipality) return false;
  const row = await planDb(db)
    .selectFrom('plans')
    .select('id')
    .where('municipality_id', '=', municipality.id)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function loadPlanDemo(
  db: Db,
  log: (line: string) => void = () => {},
  today: Date = new Date(),
): Promise<PlanDemoResult> {
  if (await hasPlanDemo(db))
    throw new PlanDemoAlreadyLoadedError(`the plans of ${voorbeeld.name} are already loaded`);
  const cast = await castFor(db, today);

  const noordhoek = await writePlan(cast, noordhoekPlan, 'daan', today, new Set(addedAtPastReview));
  log(`wijkplan Noordhoek: ${noordhoek.items.size} items as adopted`);
  const daan = cast.ctx('daan');
  const adoptedVersion = await createVersion(daan, noordhoek.id, { label: 'Vastgesteld wijkplan' });
  await applyReviewAdjustments(cast, noordhoek.id, noordhoek.items, 'daan');
  const history = await writeReviews(cast, noordhoek.id, noordhoek.items, today);
  log('review moments: one held (version 2), one scheduled');

  const programme = await writePlan(cast, programmePlan, 'yusuf', today, new Set());
  log(`programme: ${programme.items.size} items`);

  await backdate(cast, noordhoek.id, cast.date(noordhoekPlan.adoptedOn), {
    versions: [
      { id: adoptedVersion.id, on: cast.date(noordhoekPlan.adoptedOn) },
      { id: history.pastVersionId, on: history.pastOn },
    ],
    heldReviews: [{ id: history.pastReviewId, on: history.pastOn }],
  });
  await backdate(cast, programme.id, cast.date(programmePlan.adoptedOn), { versions: [], heldReviews: [] });
  return {
    plans: 2,
    items: noordhoek.items.size + programme.items.size,
    noordhoekId: noordhoek.id,
    programmeId: programme.id,
  };
}

/**
 * Services stamp now(); the story happened earlier. Moves the history's timestamps (adoption,
 * creation, saved versions, the held review) to their story dates in one audited write: the only
 * direct write of the loader, and only of timestamps (decision 023).
 */
async function backdate(
  cast: Cast,
  planId: string,
  adoptedOn: string,
  history: { versions: Array<{ id: string; on: string }>; heldReviews: Array<{ id: string; on: string }> },
): Promise<void> {
  const daan = cast.ctx('daan');
  const ctx = { ...daan, actor: { ...daan.actor, label: 'demo loader' } };
  const m = cast.municipalityId;
  const at = (day: string) => `${day}T10:00:00Z`;
  await runWrite(ctx, async (wtx, audit) => {
    const tx = planTx(wtx);
    await tx
      .updateTable('plans')
      .set({
        adopted_at: at(adoptedOn),
        created_at: sql<Date>`${at(adoptedOn)}::timestamptz - interval '60 days'`,
      })
      .where('municipality_id', '=', m)
      .where('id', '=', planId)
      .execute();
    const rtx = reviewsTx(wtx);
    for (const v of history.versions)
      await rtx
        .updateTable('plan_versions')
        .set({ created_at: at(v.on) })
        .where('municipality_id', '=', m)
        .where('id', '=', v.id)
        .execute();
    for (const r of history.heldReviews)
      await rtx
        .updateTable('plan_reviews')
        .set({ held_at: at(r.on), created_at: sql<Date>`${at(r.on)}::timestamptz - interval '30 days'` })
        .where('municipality_id', '=', m)
        .where('id', '=', r.id)
        .execute();
    audit({ action: 'plan.demo.backdate', resourceType: 'plan', resourceId: planId, changes: { adoptedOn } });
  });
}
