import type { Locale, Translate } from '../../../core/i18n/i18n.ts';
import { parseRrule } from '../../../modules/social-map/schedule/rrule.ts';
import type { Schedule } from '../../../modules/social-map/schedule/schedule.ts';

// Schedules and dates in plain words for residents ("Elke dinsdag, 13:30 tot 15:30"). Pure; the
// times are wall-clock Europe/Amsterdam, as schedules store them.

const intlLocale = (locale: Locale) => (locale === 'nl' ? 'nl-NL' : 'en-GB');

/** 'YYYY-MM-DD' as "dinsdag 1 december" (with the year when asked). */
export function dayLabel(locale: Locale, date: string, withYear = false): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}

/** 'YYYY-MM-DD' as "1 december 2026". */
export function dateLabel(locale: Locale, date: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}

/** The clock time of an instant in the Netherlands, "13:30". */
export function clockTime(date: Date): string {
  return new Intl.DateTimeFormat('nl-NL', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}

/** Weekday names for 0 = Monday … 6 = Sunday (1 June 2026 is a Monday). */
function weekdayName(locale: Locale, weekday: number): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, 5, 1 + weekday, 12)),
  );
}

function joinList(t: Translate, items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${t('sm.public.schedule.and')}${items.at(-1)}`;
}

function addMinutes(localStart: string, minutes: number): string {
  const [h = 0, m = 0] = localStart.slice(11, 16).split(':').map(Number);
  const total = (h * 60 + m + minutes) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** How often, in words: "Elke dinsdag", "Om de week op maandag", "Elke eerste woensdag van de maand". */
export function ruleText(t: Translate, locale: Locale, schedule: Schedule): string {
  const startDate = schedule.start.slice(0, 10);
  if (!schedule.rrule) return t('sm.public.schedule.once', { date: dateLabel(locale, startDate) });
  const parsed = parseRrule(schedule.rrule);
  if (!parsed.ok) return t('sm.public.schedule.other');
  const rule = parsed.rule;
  const startWeekday = (new Date(`${startDate}T12:00:00Z`).getUTCDay() + 6) % 7;
  const days = (rule.byDay ?? [{ weekday: startWeekday, nth: 0 }]).map((d) => d);
  if (rule.freq === 'DAILY' && rule.interval === 1 && !rule.byDay) return t('sm.public.schedule.daily');
  if (rule.freq === 'WEEKLY' || (rule.freq === 'DAILY' && rule.byDay)) {
    const names = joinList(
      t,
      days.map((d) => weekdayName(locale, d.weekday)),
    );
    if (rule.interval === 2) return t('sm.public.schedule.everyOtherWeek', { days: names });
    if (rule.interval > 2) return t('sm.public.schedule.everyNWeeks', { days: names, n: rule.interval });
    return t('sm.public.schedule.weekly', { days: names });
  }
  if (rule.freq === 'MONTHLY' && rule.interval === 1) {
    const first = rule.byDay?.[0];
    if (first && rule.byDay?.length === 1 && [1, 2, 3, 4, 5, -1].includes(first.nth)) {
      return t('sm.public.schedule.monthlyNth', {
        nth: t(`sm.public.schedule.nth.${first.nth}`),
        day: weekdayName(locale, first.weekday),
      });
    }
    if (!rule.byDay && (rule.byMonthDay?.length ?? 0) <= 1) {
      return t('sm.public.schedule.monthlyDay', {
        day: rule.byMonthDay?.[0] ?? Number(startDate.slice(8, 10)),
      });
    }
  }
  if (rule.freq === 'YEARLY' && rule.interval === 1 && !rule.byDay) {
    return t('sm.public.schedule.yearly', {
      date: new Intl.DateTimeFormat(intlLocale(locale), {
        day: 'numeric',
        month: 'long',
        timeZone: 'UTC',
      }).format(new Date(`${startDate}T12:00:00Z`)),
    });
  }
  return t('sm.public.schedule.other');
}

/** The whole schedule in words, with its times when it is not all day. */
export function scheduleText(t: Translate, locale: Locale, schedule: Schedule): string {
  const rule = ruleText(t, locale, schedule);
  if (schedule.allDay) return rule;
  return t('sm.public.schedule.times', {
    rule,
    start: schedule.start.slice(11, 16),
    end: addMinutes(schedule.start, schedule.durationMinutes),
  });
}
