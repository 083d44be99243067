import type { ServiceContext } from '../../core/audit/write.ts';
import { loadActor } from '../../core/auth/load-actor.ts';
import type { Db } from '../../core/db/database.ts';
import { findMunicipalityByCode } from '../../core/municipalities/municipalities.repository.ts';
import { findPersonByEmail } from '../../core/people/people.repository.ts';
import { type Actor, systemActor } from '../../core/permissions/actor.ts';
import { addMember } from './add-member.ts';
import { createItem } from './create-item.ts';
import { createPlan } from './create-plan.ts';
import { planDb } from './plan.tables.ts';
import type { Plan, PlanItem } from './plan.ts';

// Helpers for the plan module's tests (not a test file itself). Parts add their helpers at the end.

export async function voorbeeldId(db: Db): Promise<string> {
  const m = await findMunicipalityByCode(db, 'GM9999');
  if (!m) throw new Error('demo municipality missing');
  return m.id;
}

export async function actorFor(db: Db, email: string): Promise<Actor> {
  const municipalityId = await voorbeeldId(db);
  const person = await findPersonByEmail(db, municipalityId, email);
  if (!person) throw new Error(`no demo user ${email}`);
  return loadActor(db, municipalityId, person);
}

/** A service context acting as a demo user, or as the system when no e-mail is given. */
export async function ctxFor(db: Db, email?: string): Promise<ServiceContext> {
  const actor = email ? await actorFor(db, email) : systemActor(await voorbeeldId(db));
  return { db, actor, meta: {} };
}

export async function organisationId(db: Db, name: string): Promise<string> {
  const row = await planDb(db)
    .selectFrom('organisations')
    .select('id')
    .where('municipality_id', '=', await voorbeeldId(db))
    .where('name', '=', name)
    .executeTakeFirst();
  if (!row) throw new Error(`no demo organisation ${name}`);
  return row.id;
}

export async function personId(db: Db, email: string): Promise<string> {
  const person = await findPersonByEmail(db, await voorbeeldId(db), email);
  if (!person) throw new Error(`no demo user ${email}`);
  return person.id;
}

export const demoEmails = {
  admin: 'beheerder@voorbeeld.example',
  coordinator: 'coordinator@voorbeeld.example',
  officerCentrum: 'wijkambtenaar.centrum@voorbeeld.example',
  /** Daan Visser: Noordhoek (WK999902) and Oosterpark. */
  officerNoordhoek: 'wijkambtenaar.noordoost@voorbeeld.example',
  /** Karin de Boer, Woonstichting Voorbeeld. */
  corporation: 'k.deboer@woonstichting.voorbeeld.example',
  police: 'wijkagent@politie.voorbeeld.example',
  department: 'openbareruimte.medewerker@voorbeeld.example',
  resident: 'bewoner@voorbeeld.example',
} as const;

export interface SmallPlan {
  plan: Plan;
  goal: PlanItem;
  actionLine: PlanItem;
  /** Owned by Woonstichting Voorbeeld (Karin de Boer co-authors). */
  corporationIntervention: PlanItem;
  /** Owned by Welzijn Voorbeeld. */
  welfareIntervention: PlanItem;
}

/**
 * A small plan for Noordhoek made by Daan Visser, with Woonstichting Voorbeeld as co-author and
 * Welzijn Voorbeeld as reader: one goal, one action line, two interventions.
 */
export async function createSmallPlan(
  db: Db,
  options: { state?: Plan['state']; title?: string; areaCode?: string } = {},
): Promise<SmallPlan> {
  const ctx = await ctxFor(db, demoEmails.officerNoordhoek);
  const corporation = await organisationId(db, 'Woonstichting Voorbeeld');
  const welfare = await organisationId(db, 'Welzijn Voorbeeld');
  const plan = await createPlan(ctx, {
    areaCode: options.areaCode ?? 'WK999902',
    title: options.title ?? 'Wijkplan Noordhoek 2026–2029',
    summary: 'Samen werken aan een veilige en groene wijk waar mensen elkaar kennen.',
    vision: 'In 2029 kennen buren elkaar, zijn de portieken schoon en heel, en doet iedereen mee.',
    periodStart: '2026-01-01',
    periodEnd: '2029-12-31',
    state: options.state ?? 'adopted',
  });
  await addMember(ctx, plan.id, { organisationId: corporation, role: 'co_author' });
  await addMember(ctx, plan.id, { organisationId: welfare, role: 'reader' });
  const goal = await createItem(ctx, plan.id, { title: 'Buren kennen elkaar', weight: 2 });
  const actionLine = await createItem(ctx, plan.id, {
    parentId: goal.id,
    title: 'Portieken als ontmoetingsplek',
  });
  const corporationIntervention = await createItem(ctx, plan.id, {
    parentId: actionLine.id,
    title: 'Portiekgesprekken Molenveld',
    ownerOrganisationId: corporation,
    contactPersonId: await personId(db, demoEmails.corporation),
    startDate: '2026-03-01',
    endDate: '2026-10-31',
    status: 'running',
    progress: 30,
    areaCodes: ['BU99990201'],
  });
  const welfareIntervention = await createItem(ctx, plan.id, {
    parentId: actionLine.id,
    title: 'Burendag in de Vogelbuurt',
    ownerOrganisationId: welfare,
    startDate: '2026-09-26',
    endDate: '2026-09-26',
    status: 'planned',
  });
  return { plan, goal, actionLine, corporationIntervention, welfareIntervention };
}
