import { runWrite } from '../../core/audit/write.ts';
import { loadActor } from '../../core/auth/load-actor.ts';
import type { Db } from '../../core/db/database.ts';
import { findMunicipalityByCode } from '../../core/municipalities/municipalities.repository.ts';
import { findPersonByEmail } from '../../core/people/people.repository.ts';
import { type Actor, systemActor } from '../../core/permissions/actor.ts';
import { seedDefaultTaxonomy } from './taxonomy.ts';

// Helpers for the module's integration tests (not a test file itself).

export async function voorbeeldId(db: Db): Promise<string> {
  const m = await findMunicipalityByCode(db, 'GM9999');
  if (!m) throw new Error('demo municipality missing');
  return m.id;
}

/** Gives the demo municipality its taxonomy (a no-op when the demo loader already did). */
export async function seedTaxonomy(db: Db, municipalityId: string): Promise<void> {
  await runWrite({ db, actor: systemActor(municipalityId), meta: {} }, async (tx, audit) => {
    await seedDefaultTaxonomy(tx, municipalityId);
    audit({ action: 'social_map.taxonomy.seed', resourceType: 'social_map_taxonomy' });
  });
}

export async function demoActor(db: Db, municipalityId: string, email: string): Promise<Actor> {
  const person = await findPersonByEmail(db, municipalityId, email);
  if (!person) throw new Error(`no demo user ${email}`);
  return loadActor(db, municipalityId, person);
}

export async function mailsTo(db: Db, recipient: string, purpose?: string) {
  let q = db
    .selectFrom('outbox_messages')
    .select(['recipient', 'subject', 'body_text', 'purpose', 'created_at'])
    .where('recipient', '=', recipient);
  if (purpose) q = q.where('purpose', '=', purpose);
  return q.orderBy('created_at').execute();
}

/** The token at the end of a link to one of our pages in a mail body. */
export function tokenFrom(body: string, segment: string): string {
  const m = body.match(new RegExp(`/${segment}/([A-Za-z0-9_.-]+)`));
  if (!m?.[1]) throw new Error(`no /${segment}/ link in: ${body}`);
  return m[1];
}
