import { type Locale, registerMessages, translate } from '../../core/i18n/i18n.ts';
import { planEn } from './plan-messages.en.ts';
import { planNl } from './plan-messages.nl.ts';

// The wijkplan's core texts join the central catalogue when this file is imported (every
// service of the module imports it, and every page of the plans part).
registerMessages(planNl, planEn);

export type PlanMessageKey = keyof typeof planNl;

export function planText(
  locale: Locale,
  key: PlanMessageKey,
  params: Record<string, string | number> = {},
): string {
  return translate(locale, key, params);
}
