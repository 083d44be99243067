import { type Locale, registerMessages, translate } from '../../../core/i18n/i18n.ts';
import '../i18n.ts';
import { exportsEn } from './messages.en.ts';
import { exportsNl } from './messages.nl.ts';

registerMessages(exportsNl, exportsEn);

export type ExportsMessageKey = keyof typeof exportsNl;

export function exportsText(
  locale: Locale,
  key: ExportsMessageKey,
  params: Record<string, string | number> = {},
): string {
  return translate(locale, key, params);
}
