// Who is reminded before a review moment, and when. Pure: the job feeds it rows and sends mail.

/** 'YYYY-MM-DD' plus (or minus) whole days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The day the owners are reminded: the review day minus its remind period. */
export function remindOn(scheduledOn: string, remindDaysBefore: number): string {
  return addDays(scheduledOn, -remindDaysBefore);
}

/**
 * A scheduled review whose reminder has not gone out is due from its remind day up to and
 * including the review day itself; after the day a reminder is of no use any more.
 */
export function isReminderDue(
  r: { state: string; scheduledOn: string; remindDaysBefore: number; reminderSentAt: unknown },
  today: string,
): boolean {
  if (r.state !== 'scheduled' || r.reminderSentAt) return false;
  return today >= remindOn(r.scheduledOn, r.remindDaysBefore) && today <= r.scheduledOn;
}

export interface ReminderItem {
  id: string;
  title: string;
  status: string;
  contact: { name: string; email: string; locale: 'nl' | 'en' } | null;
  owner: { name: string; email: string | null } | null;
}

export interface Recipient {
  email: string;
  name: string;
  locale: 'nl' | 'en';
  items: Array<{ id: string; title: string }>;
}

/**
 * One message per address with all the items it answers for: the item's contact person, else its
 * owner organisation's general address. Finished and stopped items need no update; items nobody
 * can be reached for are returned apart, so the officer can be told.
 */
export function reminderRecipients(items: ReminderItem[]): {
  recipients: Recipient[];
  unreachable: string[];
} {
  const byEmail = new Map<string, Recipient>();
  const unreachable: string[] = [];
  for (const item of items) {
    if (item.status === 'done' || item.status === 'stopped') continue;
    const to = item.contact
      ? { email: item.contact.email, name: item.contact.name, locale: item.contact.locale }
      : item.owner?.email
        ? { email: item.owner.email, name: item.owner.name, locale: 'nl' as const }
        : null;
    if (!to) {
      unreachable.push(item.id);
      continue;
    }
    const key = to.email.toLowerCase();
    const r = byEmail.get(key) ?? { ...to, items: [] };
    r.items.push({ id: item.id, title: item.title });
    byEmail.set(key, r);
  }
  return { recipients: [...byEmail.values()], unreachable };
}
