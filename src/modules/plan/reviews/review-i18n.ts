import { type Locale, registerMessages } from '../../../core/i18n/i18n.ts';
import { reviewMessagesEn } from './review-messages.en.ts';
import { reviewMessagesNl } from './review-messages.nl.ts';

// The texts of review moments and versions join the catalogue when this file is imported (the
// services, the job and every page of the part import it).
registerMessages(reviewMessagesNl, reviewMessagesEn);

export type ReviewMessageKey = keyof typeof reviewMessagesNl;

/** A calendar day ('YYYY-MM-DD') written out: "10 maart 2026" / "10 March 2026". */
export function formatDay(locale: Locale, day: string): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}
