import { type Locale, registerMessages, translate } from '../../core/i18n/i18n.ts';
import { socialMapEn } from './messages.en.ts';
import { socialMapNl } from './messages.nl.ts';

// The social map's texts join the central catalogue when this file is imported (every service
// of the module imports it through smText).
registerMessages(socialMapNl, socialMapEn);

export type SocialMapMessageKey = keyof typeof socialMapNl;

export function smText(
  locale: Locale,
  key: SocialMapMessageKey,
  params: Record<string, string | number> = {},
): string {
  return translate(locale, key, params);
}
