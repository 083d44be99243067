import type { Locale } from '../../core/i18n/i18n.ts';
import { socialMapEn } from './messages.en.ts';
import { socialMapNl } from './messages.nl.ts';

// Texts of the social map for mails. The central catalogue includes this module's pair for the
// pages; mails read the pair directly so they never depend on that wiring.

export type SocialMapMessageKey = keyof typeof socialMapNl;

const catalogues: Record<Locale, Record<SocialMapMessageKey, string>> = { nl: socialMapNl, en: socialMapEn };

export function smText(
  locale: Locale,
  key: SocialMapMessageKey,
  params: Record<string, string | number> = {},
): string {
  const text = catalogues[locale][key];
  return text.replace(/\{(\w+)\}/g, (_match: string, name: string) =>
    name in params ? String(params[name]) : `{${name}}`,
  );
}
