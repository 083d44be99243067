import type { AppContext } from '../../../core/app-context.ts';
import { runWrite } from '../../../core/audit/write.ts';
import type { Db } from '../../../core/db/database.ts';
import { translate } from '../../../core/i18n/i18n.ts';
import { systemActor } from '../../../core/permissions/actor.ts';
import { formatResidentDate } from '../config/resident-message.ts';
import { initiativesDb, initiativesTx } from '../initiatives.tables.ts';
import { absoluteUrl, initiativesPaths } from '../initiatives-paths.ts';
import { insertEvent } from '../items.repository.ts';
import { isEscalationDue } from '../rules/deadline.ts';
import { amsterdamDate } from '../rules/working-days.ts';
import './handling-i18n.ts';
import {
  coordinators,
  lockEscalationRows,
  markEscalated,
  municipalitiesWithEscalations,
} from './handling.repository.ts';

export interface EscalationResult {
  escalated: number;
  /** Mails to coordinators (one per coordinator per municipality per run). */
  mailed: number;
}

/**
 * Items still open past their escalation date (the deadline plus the municipality's escalation
 * working days) go to the coordinators: escalated_at is set, the history says so, and every
 * coordinator gets one mail listing them — all in one transaction per municipality, so a second
 * run finds nothing new and mails nobody again. Without coordinators the administrators are told.
 */
export async function runEscalationJob(
  app: Pick<AppContext, 'db' | 'mailer' | 'publicUrl'>,
  now: Date = new Date(),
): Promise<EscalationResult> {
  const result: EscalationResult = { escalated: 0, mailed: 0 };
  const today = amsterdamDate(now);
  const db = initiativesDb(app.db);
  for (const municipalityId of await municipalitiesWithEscalations(db, today)) {
    const actor = systemActor(municipalityId, 'escalatie');
    const done = await runWrite({ db: app.db, actor, meta: {} }, async (wtx, audit) => {
      const tx = initiativesTx(wtx);
      const due = (await lockEscalationRows(tx, municipalityId, today)).filter((r) =>
        isEscalationDue({ status: r.status, escalateOn: r.escalate_on, escalatedAt: r.escalated_at }, today),
      );
      if (due.length === 0) {
        audit({ action: 'initiatives.escalation.none', resourceType: 'initiative_item' });
        return { escalated: 0, mailed: 0 };
      }
      await markEscalated(
        tx,
        municipalityId,
        due.map((r) => r.id),
        now,
      );
      for (const r of due)
        await insertEvent(tx, actor, municipalityId, r.id, {
          event: 'escalated',
          internalNote: `${r.deadline_on} → ${r.escalate_on}`,
        });
      let recipients = await coordinators(tx, municipalityId);
      if (recipients.length === 0)
        recipients = await tx
          .selectFrom('people')
          .innerJoin('role_assignments', 'role_assignments.person_id', 'people.id')
          .select(['people.id', 'people.name', 'people.email', 'people.locale'])
          .distinct()
          .where('people.municipality_id', '=', municipalityId)
          .where('people.status', '=', 'active')
          .where('role_assignments.role', '=', 'administrator')
          .execute();
      const municipality = await tx
        .selectFrom('municipalities')
        .select('name')
        .where('id', '=', municipalityId)
        .executeTakeFirst();
      for (const to of recipients) {
        const locale = to.locale;
        const items = due
          .map((r) =>
            translate(locale, 'initiatives.handling.mail.escalation.item', {
              reference: r.reference,
              title: r.title,
              deadline: formatResidentDate(locale, r.deadline_on),
              owner: r.owner_name,
              link: absoluteUrl(app.publicUrl, initiativesPaths.item(r.id)),
            }),
          )
          .join('\n');
        const params = {
          name: to.name,
          count: due.length,
          municipality: municipality?.name ?? '',
          items,
          link: absoluteUrl(app.publicUrl, initiativesPaths.inbox()),
        };
        // Inside the transaction: with the outbox the mail and the escalation stand or fall together.
        await app.mailer.send(wtx as unknown as Db, {
          municipalityId,
          to: to.email,
          subject: translate(locale, 'initiatives.handling.mail.escalation.subject', params),
          text: translate(locale, 'initiatives.handling.mail.escalation.body', params),
          purpose: 'initiatives-escalation',
        });
      }
      audit({
        action: 'initiatives.escalation',
        resourceType: 'initiative_item',
        changes: { items: due.map((r) => r.reference), recipients: recipients.length },
      });
      return { escalated: due.length, mailed: recipients.length };
    });
    result.escalated += done.escalated;
    result.mailed += done.mailed;
  }
  return result;
}
