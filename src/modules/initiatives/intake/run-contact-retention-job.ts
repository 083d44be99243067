import type { AppContext } from '../../../core/app-context.ts';
import { runWrite } from '../../../core/audit/write.ts';
import { systemActor } from '../../../core/permissions/actor.ts';
import { getInitiativeSettings } from '../config/get-settings.ts';
import { initiativesDb, initiativesTx } from '../initiatives.tables.ts';
import { closedStatuses } from '../initiatives.ts';

const day = 86_400_000;
const batch = 500;

/**
 * Contact details serve one purpose: keeping the resident informed about their item. Once an
 * item has been closed (done or cancelled) for the municipality's retention period, its contact
 * details are removed (contact_removed_at set) and the photos sent with it deleted; the item
 * itself, its history and its answer stay, without anything that identifies the resident.
 * Safe to run again: it only touches items not yet cleaned.
 */
export async function runContactRetentionJob(
  app: Pick<AppContext, 'db'>,
  now = new Date(),
): Promise<{ removed: number }> {
  let removed = 0;
  const municipalities = await initiativesDb(app.db)
    .selectFrom('initiative_items')
    .select('municipality_id')
    .where('contact_removed_at', 'is', null)
    .where('closed_at', 'is not', null)
    .distinct()
    .execute();
  for (const { municipality_id: municipalityId } of municipalities) {
    const settings = await getInitiativeSettings(app.db, municipalityId);
    const keepUntil = new Date(now.getTime() - settings.retentionDays * day);
    const ctx = { db: app.db, actor: systemActor(municipalityId, 'retention'), meta: {} };
    for (;;) {
      // A write must leave an audit entry: look first, and write only when there is something to do.
      const ids = (
        await initiativesDb(app.db)
          .selectFrom('initiative_items')
          .select('id')
          .where('municipality_id', '=', municipalityId)
          // Closed, or answered for good (rejected or referred: nothing more happens unless the
          // resident's rating reopens it, which is within days, not the retention period).
          .where((eb) =>
            eb.or([
              eb.and([eb('status', 'in', closedStatuses), eb('closed_at', '<', keepUntil)]),
              eb.and([
                eb('status', '=', 'decided'),
                eb('decision', 'in', ['rejected', 'referred']),
                eb('decided_at', '<', keepUntil),
              ]),
            ]),
          )
          .where('contact_removed_at', 'is', null)
          .orderBy('received_at')
          .limit(batch)
          .execute()
      ).map((r) => r.id);
      if (ids.length === 0) break;
      removed += await runWrite(ctx, async (wtx, audit) => {
        const tx = initiativesTx(wtx);
        const files = await tx
          .deleteFrom('initiative_files')
          .where('municipality_id', '=', municipalityId)
          .where('purpose', '=', 'submission')
          .where('item_id', 'in', ids)
          .executeTakeFirst();
        const items = await tx
          .updateTable('initiative_items')
          .set({
            contact_name: null,
            contact_email: null,
            contact_phone: null,
            contact_removed_at: now,
            updated_at: now,
          })
          .where('municipality_id', '=', municipalityId)
          .where('id', 'in', ids)
          .where('contact_removed_at', 'is', null)
          .executeTakeFirst();
        const counts = { items: Number(items.numUpdatedRows), files: Number(files.numDeletedRows) };
        audit({
          action: 'initiatives.retention',
          resourceType: 'initiative_item',
          changes: { ...counts, retentionDays: settings.retentionDays },
        });
        return counts.items;
      });
      if (ids.length < batch) break;
    }
  }
  return { removed };
}
