import type { Db } from '../../../core/db/database.ts';
import {
  formatResidentDate,
  type ResidentEvent,
  type ResidentMessageParams,
  residentMessage,
} from '../config/resident-message.ts';
import type { InitiativesTx, ItemRow } from '../initiatives.tables.ts';
import type { InitiativesApp } from '../initiatives-app.ts';
import { absoluteUrl, initiativesPaths } from '../initiatives-paths.ts';
import './handling-i18n.ts';
import { organisationNames } from './handling.repository.ts';

// Telling the resident: the text for the event (the municipality's own template, else the
// built-in one, both from the config part) is filled in, mailed when the resident left an e-mail
// address, and returned so the caller stores it as the event's public_text — the resident's page
// shows the same words as the mail. The mail is written inside the caller's transaction, so a step
// that rolls back sends nothing (with the outbox; with SMTP it goes out at once, see decision 028).

export type { ResidentEvent, ResidentMessageParams };

/**
 * The row must be the item as it is after the step (its owner, its deadline). Params the caller
 * does not give are filled in: reference, title, owner (the organisation's name), deadline. The
 * returned (stored) text links to the start page; a caller holding the resident's private link
 * (the resident acting by it) passes `link`, and only the mail carries it.
 */
export async function notifyResident(
  app: InitiativesApp,
  tx: InitiativesTx,
  row: ItemRow,
  event: ResidentEvent,
  params: ResidentMessageParams = {},
): Promise<string> {
  const owner =
    params.owner ??
    (await organisationNames(tx, row.municipality_id, [row.owner_organisation_id])).get(
      row.owner_organisation_id,
    ) ??
    '';
  const filled: ResidentMessageParams = {
    reference: row.reference,
    title: row.title,
    owner,
    deadline: formatResidentDate(row.locale, row.deadline_on),
    answer: row.answer ?? '',
    question: '',
    reason: '',
    ...Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)),
    // The text kept in the history is read by staff too: it never carries a caller's link
    // (a resident's private follow link is their key to the item); only the mail does.
    link: absoluteUrl(app.publicUrl, initiativesPaths.start()),
  };
  const shown = await residentMessage(tx, row.municipality_id, event, row.locale, filled);
  if (row.contact_email) {
    const mailed =
      params.link === undefined
        ? shown
        : await residentMessage(tx, row.municipality_id, event, row.locale, { ...filled, link: params.link });
    await app.mailer.send(tx as unknown as Db, {
      municipalityId: row.municipality_id,
      to: row.contact_email,
      subject: mailed.subject,
      text: mailed.body,
      purpose: 'initiatives-resident-update',
    });
  }
  return shown.body;
}
