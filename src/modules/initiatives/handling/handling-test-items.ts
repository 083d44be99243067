import { runWrite } from '../../../core/audit/write.ts';
import { randomToken, sha256 } from '../../../core/auth/tokens.ts';
import type { Db } from '../../../core/db/database.ts';
import { systemActor } from '../../../core/permissions/actor.ts';
import { type ItemStatus, initiativesTx } from '../initiatives.tables.ts';
import type { InitiativesFixture } from '../testing.ts';

// Helpers for the handling part's tests (not a test file itself): items written straight into the
// tables with explicit dates, so a test can put an item anywhere in its life (overdue, closed
// days ago, escalated) without waiting for the clock. Intake's submitItem is tested by intake.

let counter = 0;

export interface TestItem {
  id: string;
  reference: string;
  followToken: string;
}

export async function insertTestItem(
  db: Db,
  f: InitiativesFixture,
  v: {
    category: keyof InitiativesFixture['categories'];
    owner?: string;
    areaCode?: string;
    status?: ItemStatus;
    title?: string;
    email?: string | null;
    receivedAt?: Date;
    deadlineOn?: string;
    escalateOn?: string;
    escalatedAt?: Date | null;
    closedAt?: Date | null;
    decision?: 'granted' | 'rejected' | 'referred' | null;
    answer?: string | null;
    ownerPersonId?: string | null;
  },
): Promise<TestItem> {
  const m = f.municipalityId;
  const categoryId = f.categories[v.category];
  const area = await db
    .selectFrom('areas')
    .select(['id', 'path'])
    .where('municipality_id', '=', m)
    .where('code', '=', v.areaCode ?? 'BU99990101')
    .executeTakeFirstOrThrow();
  const followToken = randomToken();
  counter += 1;
  const reference = `M-2026-${String(900000 + counter)}`;
  return runWrite({ db, actor: systemActor(m, 'test'), meta: {} }, async (wtx, audit) => {
    const tx = initiativesTx(wtx);
    const category = await tx
      .selectFrom('initiative_categories')
      .select(['kind_id', 'owner_organisation_id'])
      .where('id', '=', categoryId)
      .executeTakeFirstOrThrow();
    const row = await tx
      .insertInto('initiative_items')
      .values({
        municipality_id: m,
        reference,
        kind_id: category.kind_id,
        category_id: categoryId,
        title: v.title ?? `Testmelding ${counter}`,
        description: 'Voor het huis ligt een stoeptegel los.',
        area_id: area.id,
        area_path: area.path,
        status: v.status ?? 'received',
        decision: v.decision ?? null,
        answer: v.answer ?? null,
        owner_organisation_id: v.owner ?? category.owner_organisation_id,
        owner_person_id: v.ownerPersonId ?? null,
        channel: 'web',
        contact_email: v.email === undefined ? 'melder@voorbeeld.example' : v.email,
        contact_name: 'Fatima el Amrani',
        locale: 'nl',
        follow_token_hash: sha256(followToken),
        attribute_values: '{}',
        received_at: v.receivedAt ?? new Date(),
        deadline_on: v.deadlineOn ?? '2099-12-31',
        escalate_on: v.escalateOn ?? '2100-01-08',
        escalated_at: v.escalatedAt ?? null,
        closed_at: v.closedAt ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('initiative_events')
      .values({
        municipality_id: m,
        item_id: row.id,
        event: 'received',
        to_status: 'received',
        public_text: 'Wij hebben uw melding ontvangen.',
        actor_label: 'melder',
        created_at: v.receivedAt ?? new Date(),
      })
      .execute();
    audit({ action: 'initiatives.test.item', resourceType: 'initiative_item', resourceId: row.id });
    return { id: row.id, reference, followToken };
  });
}
