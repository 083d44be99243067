import { formatNumber, type Locale } from '../../../core/i18n/i18n.ts';

// How the public plan pages write dates and measured values.

function intlLocale(locale: Locale): string {
  return locale === 'nl' ? 'nl-NL' : 'en-GB';
}

/** "3 maart 2026" for a 'YYYY-MM-DD' date. */
export function planDate(locale: Locale, date: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date.slice(0, 10)}T12:00:00Z`));
}

/** "maart 2026": for periods, where the day says little. */
export function planMonth(locale: Locale, date: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date.slice(0, 10)}T12:00:00Z`));
}

/** A measured value with its unit: "65%", "120 woningen". */
export function planValue(locale: Locale, value: number, unit: string): string {
  const n = formatNumber(locale, value);
  if (!unit) return n;
  return unit === '%' ? `${n}%` : `${n} ${unit}`;
}
