import { type Locale, registerMessages, translate } from '../../../core/i18n/i18n.ts';
import { budgetEn } from './budget-messages.en.ts';
import { budgetNl } from './budget-messages.nl.ts';
import { formatEuro } from './money.ts';

// The budget part's texts join the central catalogue when this file is imported (every service,
// the API and the pages of the part import it).
registerMessages(budgetNl, budgetEn);

export type BudgetMessageKey = keyof typeof budgetNl;

export function budgetText(
  locale: Locale,
  key: BudgetMessageKey,
  params: Record<string, string | number> = {},
) {
  return translate(locale, key, params);
}

/**
 * An amount as a message parameter in both languages: `{name}` in the Dutch text, `{nameEn}` in
 * the English one (errors are made before anyone knows the reader's language).
 */
export function euroParams(name: string, cents: number): Record<string, string> {
  return { [name]: formatEuro(cents, 'nl'), [`${name}En`]: formatEuro(cents, 'en') };
}
