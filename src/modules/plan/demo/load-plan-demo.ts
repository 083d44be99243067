import { sql } from 'kysely';
import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { loadActor } from '../../../core/auth/load-actor.ts';
import { randomToken } from '../../../core/auth/tokens.ts';
import type { Db } from '../../../core/db/database.ts';
import { voorbeeld } from '../../../core/demo/voorbeeld-data.ts';
import { findMunicipalityByCode } from '../../../core/municipalities/municipalities.repository.ts';
import { findPersonByEmail } from '../../../core/people/people.repository.ts';
import { anonymous } from '../../../core/permissions/actor.ts';
import { addMember } from '../add-member.ts';
import { createItem } from '../create-item.ts';
import { createPlan } from '../create-plan.ts';
import { createCycle } from '../cycles/create-cycle.ts';
import { createBudgetLine } from '../financing/write-budget-line.ts';
import { getPlanView } from '../get-plan.ts';
import { addIndicator, addIndicatorValue } from '../item-indicators.ts';
import { addMilestone } from '../item-milestones.ts';
import { planDb, planTx } from '../plan.tables.ts';
import type { PlanItem } from '../plan.ts';
import { flattenTree } from '../plan-tree.ts';
import { assessIdea } from '../programme/assess-idea.ts';
import { confirmIdea } from '../programme/confirm-idea.ts';
import { getFramework } from '../programme/framework.ts';
import type { ProgrammeApp } from '../programme/idea-access.ts';
import { programmeTx } from '../programme/programme.tables.ts';
import { readIdeaToken } from '../programme/programme-links.ts';
import { setIdeaGoals } from '../programme/set-idea-goals.ts';
import { submitIdea } from '../programme/submit-idea.ts';
import { addVoice } from '../reports/add-voice.ts';
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
  demoBudgetLines,
  demoCycles,
  demoDate,
  demoProjectIdeas,
  demoVoices,
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

/** The planning cycles of the municipality and its partners, each kept by whoever would. */
async function writeCycles(cast: Cast): Promise<void> {
  for (const c of demoCycles) {
    const keeper = cast.writerFor(c.organisation) ?? 'yusuf';
    await createCycle(cast.ctx(keeper), {
      organisationId: orgId(cast, c.organisation),
      name: c.name,
      description: c.description,
      deadlines: c.deadlines.map((d) => ({
        title: d.title,
        description: d.description,
        purpose: d.purpose,
        month: d.month,
        day: d.day,
      })),
    });
  }
}

/** Budget lines on the interventions, written by whoever may edit the item. */
async function writeBudgetLines(
  cast: Cast,
  planId: string,
  items: Map<string, PlanItem>,
  today: Date,
): Promise<void> {
  const year = today.getUTCFullYear();
  for (const b of demoBudgetLines) {
    const item = items.get(b.item);
    if (!item) throw new Error(`demo item ${b.item} is missing`);
    const owner = [...cast.orgs].find(([, id]) => id === item.ownerOrganisation?.id)?.[0] ?? null;
    const writer = cast.writerFor(owner) ?? 'daan';
    await createBudgetLine(cast.ctx(writer), planId, item.id, {
      sourceKind: b.source,
      sourceOrganisationId: orgId(cast, b.organisation),
      sourceName: b.sourceName ?? '',
      description: b.description,
      year: year + b.year,
      committedCents: b.committed * 100,
      spentCents: b.spent * 100,
    });
  }
}

/** Short quotes for the progress report, added by the people who heard them. */
async function writeVoices(cast: Cast, planId: string, items: Map<string, PlanItem>): Promise<void> {
  for (const v of demoVoices) {
    const itemId = v.item ? items.get(v.item)?.id : null;
    if (v.item && !itemId) throw new Error(`demo item ${v.item} is missing`);
    await addVoice(cast.ctx(v.by), planId, {
      quote: v.quote,
      attribution: v.attribution,
      itemId: itemId ?? null,
      consent: true,
    });
  }
}

/**
 * Project ideas as residents and partners send them: through the public form (no account), then
 * confirmed by the link in the mail; some scored by the coordinator, none decided yet. The demo's
 * mails are not kept: their links would be signed with a secret only this load knows.
 */
async function writeProjectIdeas(
  cast: Cast,
  items: Map<string, PlanItem>,
): Promise<Array<{ id: string; daysAgo: number }>> {
  const mails: string[] = [];
  const app: ProgrammeApp = {
    secret: randomToken(32),
    publicUrl: 'http://voorbeeld.invalid',
    mailer: {
      async send(_db, message) {
        mails.push(message.text);
      },
    },
  };
  const visitor: ServiceContext = {
    db: cast.ctx('daan').db,
    actor: anonymous(cast.municipalityId),
    meta: { ip: 'demo-loader', userAgent: 'demo loader' },
  };
  const coordinator = cast.ctx('yusuf');
  const framework = await getFramework(coordinator.db, cast.municipalityId);
  const criteria = new Map([...framework.effects, ...framework.criteria].map((c) => [c.code, c.id]));
  const goalOf = (actionLineKey: string) => {
    const line = items.get(actionLineKey);
    return line?.parentId ?? null;
  };
  const out: Array<{ id: string; daysAgo: number }> = [];
  for (const idea of demoProjectIdeas) {
    mails.length = 0;
    await submitIdea(app, visitor, {
      areaCode: idea.areaCode,
      title: idea.title,
      summary: idea.summary,
      durability: idea.durability ?? '',
      partners: idea.partners ?? '',
      budgetEuros: idea.requestedBudget,
      aimedEffectIds: Object.entries(idea.assessment?.scores ?? {})
        .filter(([code, s]) => s.score === 'substantial' && code !== 'durability')
        .map(([code]) => criteria.get(code))
        .filter((id): id is string => Boolean(id)),
      submitterName: idea.submitterName,
      submitterEmail: idea.submitterEmail,
      idempotencyKey: `demo-${idea.key}-${cast.municipalityId}`,
    });
    const token = mails.join('\n').match(/\/projecten\/bevestigen\/([A-Za-z0-9_.-]+)/)?.[1];
    if (!token) throw new Error(`no confirmation link for the demo idea ${idea.key}`);
    const followToken = (await confirmIdea(app, visitor, token)).followToken;
    const id = ideaIdFrom(app, followToken, cast.municipalityId);
    out.push({ id, daysAgo: idea.submittedDaysAgo });
    const goal = idea.serves ? goalOf(idea.serves) : null;
    if (goal) await setIdeaGoals(coordinator, id, { goalIds: [goal] });
    if (idea.assessment) {
      await assessIdea(cast.ctx(idea.assessment.by), id, {
        scores: Object.entries(idea.assessment.scores).map(([code, s]) => {
          const criterionId = criteria.get(code);
          if (!criterionId) throw new Error(`no criterion ${code} in the effect framework`);
          return { criterionId, score: s.score, motivation: s.motivation };
        }),
      });
    }
  }
  return out;
}

function ideaIdFrom(app: ProgrammeApp, followToken: string, municipalityId: string): string {
  const id = readIdeaToken(app.secret, followToken, 'idea-follow', municipalityId);
  if (!id) throw new Error('the demo idea has no status link');
  return id;
}

async function backdateIdeas(cast: Cast, ideas: Array<{ id: string; daysAgo: number }>, today: Date) {
  const daan = cast.ctx('daan');
  await runWrite({ ...daan, actor: { ...daan.actor, label: 'demo loader' } }, async (wtx, audit) => {
    const tx = programmeTx(wtx);
    for (const i of ideas) {
      const at = new Date(today.getTime() - i.daysAgo * 86_400_000);
      await tx
        .updateTable('project_ideas')
        .set({ created_at: at, confirmed_at: new Date(at.getTime() + 3_600_000) })
        .where('municipality_id', '=', cast.municipalityId)
        .where('id', '=', i.id)
        .execute();
    }
    audit({ action: 'plan.demo.backdate', resourceType: 'project_idea', changes: { ideas: ideas.length } });
  });
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

  await writeVoices(cast, noordhoek.id, noordhoek.items);
  const programme = await writePlan(cast, programmePlan, 'yusuf', today, new Set());
  log(`programme: ${programme.items.size} items`);
  await writeCycles(cast);
  log(`${demoCycles.length} planning cycles`);
  await writeBudgetLines(cast, noordhoek.id, noordhoek.items, today);
  log(`${demoBudgetLines.length} budget lines`);
  const ideas = await writeProjectIdeas(cast, noordhoek.items);
  log(`${ideas.length} project ideas`);

  await backdate(cast, noordhoek.id, cast.date(noordhoekPlan.adoptedOn), {
    versions: [
      { id: adoptedVersion.id, on: cast.date(noordhoekPlan.adoptedOn) },
      { id: history.pastVersionId, on: history.pastOn },
    ],
    heldReviews: [{ id: history.pastReviewId, on: history.pastOn }],
  });
  await backdate(cast, programme.id, cast.date(programmePlan.adoptedOn), { versions: [], heldReviews: [] });
  await backdateIdeas(cast, ideas, today);
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
