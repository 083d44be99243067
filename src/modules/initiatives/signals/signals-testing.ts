import { randomUUID } from 'node:crypto';
import { runWrite } from '../../../core/audit/write.ts';
import { sha256 } from '../../../core/auth/tokens.ts';
import type { Db } from '../../../core/db/database.ts';
import { systemActor } from '../../../core/permissions/actor.ts';
import { type ItemStatus, initiativesTx } from '../initiatives.tables.ts';

// Test helper of the signals part (not a test file): items written straight into
// initiative_items (with the categories of createInitiativesFixture), so the figures, the map and
// wijksignalen can be tested without the intake and handling parts.

export interface TestItem {
  areaCode: string;
  categoryId: string;
  status?: ItemStatus;
  /** ISO instant; default now. */
  receivedAt?: string;
  deadlineOn?: string;
  escalated?: boolean;
  lon?: number | null;
  lat?: number | null;
  title?: string;
  description?: string;
  email?: string | null;
  public?: boolean;
}

let counter = 0;

export async function insertTestItems(db: Db, municipalityId: string, items: TestItem[]): Promise<string[]> {
  return runWrite({ db, actor: systemActor(municipalityId, 'test'), meta: {} }, async (wtx, audit) => {
    const tx = initiativesTx(wtx);
    const ids: string[] = [];
    for (const it of items) {
      const area = await tx
        .selectFrom('areas')
        .select(['id', 'path'])
        .where('municipality_id', '=', municipalityId)
        .where('code', '=', it.areaCode)
        .executeTakeFirstOrThrow();
      const category = await tx
        .selectFrom('initiative_categories')
        .select(['kind_id', 'owner_organisation_id'])
        .where('id', '=', it.categoryId)
        .executeTakeFirstOrThrow();
      counter += 1;
      const deadline = it.deadlineOn ?? '2099-12-31';
      const { id } = await tx
        .insertInto('initiative_items')
        .values({
          municipality_id: municipalityId,
          reference: `T-${Date.now().toString(36)}-${counter}`,
          kind_id: category.kind_id,
          category_id: it.categoryId,
          title: it.title ?? `Testmelding ${counter}`,
          description: it.description ?? `Beschrijving van testmelding ${counter}`,
          area_id: area.id,
          area_path: area.path,
          lon: it.lon ?? null,
          lat: it.lat ?? null,
          address: it.lon != null ? 'Geheimstraat 12' : null,
          status: it.status ?? 'received',
          owner_organisation_id: category.owner_organisation_id,
          contact_email: it.email ?? null,
          follow_token_hash: sha256(randomUUID()),
          received_at: it.receivedAt ?? new Date().toISOString(),
          deadline_on: deadline,
          escalate_on: deadline,
          escalated_at: it.escalated ? new Date().toISOString() : null,
          public: it.public ?? true,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(id);
    }
    audit({ action: 'initiatives.test.items', resourceType: 'initiative_item' });
    return ids;
  });
}

export async function setPublicMap(db: Db, municipalityId: string, on: boolean): Promise<void> {
  await runWrite({ db, actor: systemActor(municipalityId, 'test'), meta: {} }, async (wtx, audit) => {
    await initiativesTx(wtx)
      .insertInto('initiative_settings')
      .values({ municipality_id: municipalityId, public_map: on })
      .onConflict((oc) => oc.column('municipality_id').doUpdateSet({ public_map: on }))
      .execute();
    audit({ action: 'initiatives.test.settings', resourceType: 'initiative_config' });
  });
}
