import type { AppContext } from '../../../core/app-context.ts';
import { runWrite } from '../../../core/audit/write.ts';
import { translate } from '../../../core/i18n/i18n.ts';
import { systemActor } from '../../../core/permissions/actor.ts';
import { addDays, isReminderDue, reminderRecipients } from './reminders.ts';
import { formatDay } from './review-i18n.ts';
import { markReminded, reminderItemRows, reviewsAwaitingReminder } from './reviews.repository.ts';
import { reviewsDb, reviewsTx } from './reviews.tables.ts';

export interface ReviewRemindersResult {
  reviews: number;
  messages: number;
  /** Items whose owner could not be reached (no contact person, no organisation address). */
  unreachableItems: number;
}

/**
 * The daily run: for each review moment whose remind day has come, one mail to every contact
 * person (or owner organisation) with the items they answer for, asking to bring them up to date
 * before the review. reminder_sent_at is set in the same transaction as the audit entry and
 * before the mail goes, so running twice never sends twice.
 */
export async function runReviewRemindersJob(
  app: Pick<AppContext, 'db' | 'mailer' | 'publicUrl'>,
  now = new Date(),
): Promise<ReviewRemindersResult> {
  const result: ReviewRemindersResult = { reviews: 0, messages: 0, unreachableItems: 0 };
  const today = now.toISOString().slice(0, 10);
  const db = reviewsDb(app.db);
  const due = (await reviewsAwaitingReminder(db, today, addDays(today, 90))).filter((r) =>
    isReminderDue(
      {
        state: r.state,
        scheduledOn: r.scheduled_on,
        remindDaysBefore: r.remind_days_before,
        reminderSentAt: r.reminder_sent_at,
      },
      today,
    ),
  );
  for (const review of due) {
    const rows = await reminderItemRows(db, review.municipality_id, review.plan_id);
    const { recipients, unreachable } = reminderRecipients(
      rows.map((r) => ({
        id: r.id,
        title: r.title,
        status: r.status,
        contact:
          r.contact_email && r.contact_name
            ? { name: r.contact_name, email: r.contact_email, locale: r.contact_locale ?? 'nl' }
            : null,
        owner: r.owner_name ? { name: r.owner_name, email: r.owner_email } : null,
      })),
    );
    const actor = systemActor(review.municipality_id, 'review reminders job');
    await runWrite({ db: app.db, actor, meta: {} }, async (wtx, audit) => {
      await markReminded(reviewsTx(wtx), review.municipality_id, review.id, now);
      audit({
        action: 'plan.review.remind',
        resourceType: 'plan_review',
        resourceId: review.id,
        changes: { recipients: recipients.length, unreachableItems: unreachable.length },
      });
    });
    for (const to of recipients) {
      const params = {
        name: to.name,
        plan: review.plan_title,
        review: review.title,
        date: formatDay(to.locale, review.scheduled_on),
        items: to.items
          .map(
            (i) =>
              `- ${i.title}\n  ${app.publicUrl}/wijkplannen/${review.plan_id}/onderdelen/${i.id}/bewerken`,
          )
          .join('\n'),
        planLink: `${app.publicUrl}/wijkplannen/${review.plan_id}`,
      };
      await app.mailer.send(app.db, {
        municipalityId: review.municipality_id,
        to: to.email,
        subject: translate(to.locale, 'plan.review.mail.reminder.subject', params),
        text: translate(to.locale, 'plan.review.mail.reminder.body', params),
        purpose: 'plan-review-reminder',
      });
      result.messages++;
    }
    result.reviews++;
    result.unreachableItems += unreachable.length;
  }
  return result;
}
