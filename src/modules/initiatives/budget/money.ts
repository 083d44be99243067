// Euros as people type them ("1.250,50", "1250.5", "€ 300") into cents, and cents back for
// reading and for form fields. Pure; the pages and the services' tests share them.

/** Cents, or null when the text is not an amount (negative, more than two decimals, letters). */
export function parseEuros(text: string): number | null {
  const s = text.replace(/€|eur(os?)?|\s|\u00a0/gi, '');
  if (!/^\d[0-9.,]*$/.test(s)) return null;
  const group = (digits: string, mark: string) =>
    new RegExp(`^\\d{1,3}(\\${mark}\\d{3})+$`).test(digits) ? digits.split(mark).join('') : null;
  let whole: string | null = s;
  let fraction = '';
  const hasComma = s.includes(',');
  const hasDot = s.includes('.');
  if (hasComma && hasDot) {
    // Both: the last one separates the decimals, the other groups thousands.
    const mark = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const at = s.lastIndexOf(mark);
    whole = group(s.slice(0, at), mark === ',' ? '.' : ',');
    fraction = s.slice(at + 1);
  } else if (hasComma || hasDot) {
    const mark = hasComma ? ',' : '.';
    const parts = s.split(mark);
    const last = parts[parts.length - 1] ?? '';
    if (parts.length > 2 || last.length === 3) {
      // "1.250.000" or "1.250": thousands.
      whole = group(s, mark);
    } else {
      whole = parts[0] ?? '';
      fraction = last;
    }
  }
  if (whole === null || !/^\d+$/.test(whole) || !/^\d{0,2}$/.test(fraction)) return null;
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** For a form field: "1250,5" → "1250,50"; whole euros without decimals. */
export function centsToInput(cents: number, locale: 'nl' | 'en'): string {
  const whole = Math.trunc(cents / 100);
  const fraction = String(cents % 100).padStart(2, '0');
  if (fraction === '00') return String(whole);
  return `${whole}${locale === 'nl' ? ',' : '.'}${fraction}`;
}

/** For reading: "€ 1.250,50" / "€1,250.50". */
export function formatEuro(cents: number, locale: 'nl' | 'en'): string {
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
}

/** The current year in the Netherlands (a budget year). */
export function currentYear(now: Date = new Date()): number {
  return Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(now),
  );
}

/** Today's date in the Netherlands, 'YYYY-MM-DD'. */
export function todayInAmsterdam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}
