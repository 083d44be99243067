import { type Locale, registerMessages, translate } from '../../../core/i18n/i18n.ts';
import { financeEn } from './finance-messages.en.ts';
import { financeNl } from './finance-messages.nl.ts';

// Financing's texts join the central catalogue when this file is imported (every service and
// page of the part imports it).
registerMessages(financeNl, financeEn);

export type FinanceMessageKey = keyof typeof financeNl;

export function financeText(
  locale: Locale,
  key: FinanceMessageKey,
  params: Record<string, string | number> = {},
): string {
  return translate(locale, key, params);
}
