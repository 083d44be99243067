import { randomInt } from 'node:crypto';
import { findAreaRowByCode } from '../../../core/areas/areas.repository.ts';
import { runWrite } from '../../../core/audit/write.ts';
import { randomToken, sha256 } from '../../../core/auth/tokens.ts';
import type { Db } from '../../../core/db/database.ts';
import { systemActor } from '../../../core/permissions/actor.ts';
import { type ItemStatus, initiativesTx } from '../initiatives.tables.ts';
import { createInitiativesFixture, type InitiativesFixture } from '../testing.ts';

// Test helpers of the budget part (not a test file): the shared configuration fixture, and items
// written straight into the tables (so these tests do not depend on the intake part), each with
// its private follow token.

export interface TestItem {
  id: string;
  reference: string;
  /** The private follow token (only its hash is stored). */
  token: string;
}

export async function createBudgetFixture(db: Db): Promise<InitiativesFixture> {
  return createInitiativesFixture(db);
}

export async function insertTestItem(
  db: Db,
  f: InitiativesFixture,
  options: {
    title: string;
    /** A buurt or wijk code of the demo municipality; BU99990202 (in Noordhoek) by default. */
    areaCode?: string;
    kind?: 'initiative' | 'idea';
    status?: ItemStatus;
    contactEmail?: string | null;
    requestedCents?: number | null;
    locale?: 'nl' | 'en';
  },
): Promise<TestItem> {
  const m = f.municipalityId;
  const area = await findAreaRowByCode(db, m, options.areaCode ?? 'BU99990202');
  if (!area) throw new Error(`no area ${options.areaCode}`);
  const token = randomToken();
  const kind = options.kind ?? 'initiative';
  const reference = `M-2026-${String(randomInt(100000, 999999))}`;
  const id = await runWrite({ db, actor: systemActor(m, 'test'), meta: {} }, async (wtx, audit) => {
    const row = await initiativesTx(wtx)
      .insertInto('initiative_items')
      .values({
        municipality_id: m,
        reference,
        kind_id: f.kinds[kind],
        category_id: kind === 'initiative' ? f.categories.neighbourhoodInitiative : f.categories.smallIdea,
        title: options.title,
        description: `${options.title}: een beschrijving van het initiatief voor de buurt.`,
        area_id: area.id,
        area_path: area.path,
        status: options.status ?? 'in_progress',
        owner_organisation_id: f.organisations.wijkzaken,
        contact_email:
          options.contactEmail === undefined ? 'initiatiefnemer@example.org' : options.contactEmail,
        contact_name: 'Initiatiefnemer',
        locale: options.locale ?? 'nl',
        follow_token_hash: sha256(token),
        requested_cents: options.requestedCents ?? null,
        attribute_values: '{}',
        deadline_on: '2026-12-31',
        escalate_on: '2027-01-08',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    audit({ action: 'initiatives.test.item', resourceType: 'initiative_item', resourceId: row.id });
    return row.id;
  });
  return { id, reference, token };
}
