import type { Db } from '../../../core/db/database.ts';
import type { InitiativesTx, ItemRow } from '../initiatives.tables.ts';
import type { InitiativesApp } from '../initiatives-app.ts';
import { absoluteUrl, initiativesPaths } from '../initiatives-paths.ts';
import { type BudgetMessageKey, budgetText } from './budget-i18n.ts';

// What the resident hears about their grant beyond the decision itself (which goes through
// handling's notifyResident and the municipality's templates): a withdrawal, a payment, the
// review of their accounting. The text goes on their page (the event's public_text) and, when
// they left an address, into a mail written in the same transaction as the step.

export type BudgetResidentEvent =
  | 'accounting_submitted'
  | 'grant_withdrawn'
  | 'payment_recorded'
  | 'accounting_approved'
  | 'accounting_needs_more';

export async function tellResident(
  app: InitiativesApp,
  tx: InitiativesTx,
  row: ItemRow,
  event: BudgetResidentEvent,
  params: Record<string, string>,
): Promise<string> {
  const all = {
    reference: row.reference,
    title: row.title,
    link: absoluteUrl(app.publicUrl, initiativesPaths.start()),
    ...params,
  };
  const body = budgetText(row.locale, `initiatives.budget.resident.${event}.body` as BudgetMessageKey, all);
  if (row.contact_email) {
    await app.mailer.send(tx as unknown as Db, {
      municipalityId: row.municipality_id,
      to: row.contact_email,
      subject: budgetText(
        row.locale,
        `initiatives.budget.resident.${event}.subject` as BudgetMessageKey,
        all,
      ),
      text: body,
      purpose: 'initiatives-resident-update',
    });
  }
  return body;
}
