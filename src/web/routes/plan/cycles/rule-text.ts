import type { Locale, Translate } from '../../../../core/i18n/i18n.ts';
import type { CycleDeadline } from '../../../../modules/plan/cycles/cycle.ts';
import { formatDay } from '../../../components/plan/timeline-format.ts';

/** A deadline's recurrence in words: "elk jaar op 15 november", "elk kwartaal, vanaf 31 januari". */
export function ruleText(t: Translate, locale: Locale, d: CycleDeadline): string {
  const month = t(`plan.cycle.month.${d.month}`);
  const base =
    d.everyMonths === 12
      ? t('plan.cycle.rule.yearly', { day: d.day, month })
      : t('plan.cycle.rule.repeating', { every: t(`plan.cycle.every.${d.everyMonths}`), day: d.day, month });
  const from = d.startsOn
    ? ` ${t('plan.cycle.rule.validFrom', { date: formatDay(locale, d.startsOn) })}`
    : '';
  const until = d.endsOn ? ` ${t('plan.cycle.rule.validUntil', { date: formatDay(locale, d.endsOn) })}` : '';
  return `${base}${from}${until}`;
}
