// Dates as residents read them: '2026-12-14' → "maandag 14 december 2026".

export function formatDay(date: string, locale: 'nl' | 'en'): string {
  const [y, mo, d] = date.split('-').map(Number);
  if (!y || !mo || !d) return date;
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, mo - 1, d)));
}
