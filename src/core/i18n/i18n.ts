import { processWide } from '../process-wide.ts';
import { en } from './messages/en.ts';
import { nl } from './messages/nl.ts';

// All user-facing text goes through these catalogues: Dutch first, English second.
// Keys are typed from the Dutch catalogue, so a missing English text fails the type check.

export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];
export type MessageKey = keyof typeof nl;
export type Messages = Record<MessageKey, string>;

const catalogues: Record<Locale, Messages> = { nl, en };

// Modules bring their own catalogue pair and register it here (the core never imports a module).
// One registry per process, shared with the page bundle (see process-wide.ts).
const moduleCatalogues = processWide(
  'moduleMessages',
  (): Record<Locale, Record<string, string>> => ({ nl: {}, en: {} }),
);

/** Adds a module's texts; the English record must have every Dutch key (checked by its type). */
export function registerMessages<K extends string>(
  nlTexts: Record<K, string>,
  enTexts: Record<K, string>,
): void {
  Object.assign(moduleCatalogues.nl, nlTexts);
  Object.assign(moduleCatalogues.en, enTexts);
}

export function isLocale(value: unknown): value is Locale {
  return value === 'nl' || value === 'en';
}

/** Translate a key, filling {name} placeholders. Unknown keys show the key itself. */
export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const text =
    (catalogues[locale] as Record<string, string>)[key] ??
    moduleCatalogues[locale][key] ??
    (nl as Record<string, string>)[key] ??
    moduleCatalogues.nl[key] ??
    key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) =>
    name in params ? String(params[name]) : `{${name}}`,
  );
}

export type Translate = (key: MessageKey | (string & {}), params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}

/**
 * Pick the locale: the visitor's explicit choice (the language switch: ?lang or its cookie), else
 * Dutch. The browser's Accept-Language is not used: these are Dutch government pages, offered in
 * Dutch first with an English switch.
 */
export function negotiateLocale(choice: string | null | undefined): Locale {
  return isLocale(choice) ? choice : 'nl';
}

export function formatDateTime(locale: Locale, date: Date | string): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(date));
}

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB').format(value);
}
