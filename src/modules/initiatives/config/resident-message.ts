import '../policy.ts';
import { findTemplate, type Queryable } from './config.repository.ts';
import {
  type ResidentEvent,
  type ResidentMessageParams,
  type ResidentText,
  residentPlaceholders,
} from './resident-events.ts';
import { residentMessagesEn } from './resident-messages.en.ts';
import { residentMessagesNl } from './resident-messages.nl.ts';

export { isResidentEvent, residentEvents, residentPlaceholders } from './resident-events.ts';
export type { ResidentEvent, ResidentMessageParams, ResidentText };

/** The built-in text of an event in a language (before placeholders are filled). */
export function builtInResidentText(event: ResidentEvent, locale: 'nl' | 'en'): ResidentText {
  return (locale === 'en' ? residentMessagesEn : residentMessagesNl)[event];
}

/**
 * The text the resident gets for an event, in their language: the municipality's own text for
 * that event and language when it has one, else the built-in text; placeholders filled from
 * params (missing ones become empty). Pass the open transaction when rendering inside a write.
 */
export async function residentMessage(
  db: Queryable,
  municipalityId: string,
  event: ResidentEvent,
  locale: 'nl' | 'en',
  params: ResidentMessageParams,
): Promise<ResidentText> {
  const override = await findTemplate(db, municipalityId, event, locale);
  const text = override
    ? { subject: override.subject, body: override.body }
    : builtInResidentText(event, locale);
  return renderResidentText(text, params);
}

const placeholderPattern = /\{(\w+)\}/g;

/** Fills {placeholders}; unknown names stay as they are (templates are checked on saving). */
export function renderResidentText(text: ResidentText, params: ResidentMessageParams): ResidentText {
  const fill = (s: string) =>
    s.replace(placeholderPattern, (whole, name: string) =>
      (residentPlaceholders as readonly string[]).includes(name)
        ? (params[name as keyof ResidentMessageParams] ?? '')
        : whole,
    );
  // A subject is one line: a placeholder with a newline in it must not break the mail header.
  return {
    subject: fill(text.subject)
      .replace(/\s*\n\s*/g, ' ')
      .trim(),
    body: fill(text.body),
  };
}

/** Placeholder names used in a text that do not exist (for validating a municipality's text). */
export function unknownPlaceholders(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(placeholderPattern)) {
    const name = m[1] ?? '';
    if (!(residentPlaceholders as readonly string[]).includes(name)) out.add(name);
  }
  return [...out];
}

/** A 'YYYY-MM-DD' date for the {deadline} placeholder, in the reader's language (e.g. 12 maart 2026). */
export function formatResidentDate(locale: 'nl' | 'en', date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}
