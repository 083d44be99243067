// Co-financing: how much of a project's money comes from other sources than the programme's own
// budget. Den Haag's programme office reports this share to the council (over 40 % there).
// Pure functions over amounts in euro cents (integers); the share is of the committed money,
// because that is what a project can count on; what is spent is shown beside it.

export const budgetSourceKinds = [
  'programme_budget',
  'department',
  'partner',
  'national_programme',
  'fund',
] as const;
export type BudgetSourceKind = (typeof budgetSourceKinds)[number];

/** The share from other sources the programme aims at (seed 002: Den Haag reports over 40 %). */
export const coFinancingTargetPercent = 40;

export interface Amounts {
  committedCents: number;
  spentCents: number;
}

export interface LineAmounts extends Amounts {
  sourceKind: BudgetSourceKind;
}

export interface FinanceSummary extends Amounts {
  /** Committed from the programme's own budget. */
  programmeCents: number;
  /** Committed from every other source. */
  otherSourcesCents: number;
  /** otherSourcesCents as a percentage of committedCents, one decimal; null when nothing is committed. */
  otherSharePercent: number | null;
  /** Per source kind, in the order of budgetSourceKinds; kinds without lines are zero. */
  bySourceKind: Record<BudgetSourceKind, Amounts>;
  /** More spent than committed. */
  overspent: boolean;
}

export function isOtherSource(kind: BudgetSourceKind): boolean {
  return kind !== 'programme_budget';
}

/** A part of a whole as a percentage with one decimal (null when the whole is zero). */
export function sharePercent(partCents: number, wholeCents: number): number | null {
  if (wholeCents <= 0) return null;
  return Math.round((partCents * 1000) / wholeCents) / 10;
}

/** Adds up budget lines: totals, the split by source kind and the share from other sources. */
export function summariseFinances(lines: readonly LineAmounts[]): FinanceSummary {
  const bySourceKind = Object.fromEntries(
    budgetSourceKinds.map((k) => [k, { committedCents: 0, spentCents: 0 }]),
  ) as Record<BudgetSourceKind, Amounts>;
  let committedCents = 0;
  let spentCents = 0;
  for (const line of lines) {
    bySourceKind[line.sourceKind].committedCents += line.committedCents;
    bySourceKind[line.sourceKind].spentCents += line.spentCents;
    committedCents += line.committedCents;
    spentCents += line.spentCents;
  }
  const programmeCents = bySourceKind.programme_budget.committedCents;
  const otherSourcesCents = committedCents - programmeCents;
  return {
    committedCents,
    spentCents,
    programmeCents,
    otherSourcesCents,
    otherSharePercent: sharePercent(otherSourcesCents, committedCents),
    bySourceKind,
    overspent: spentCents > committedCents,
  };
}

/** Whether a share reaches the target; no money committed is not reaching it. */
export function meetsCoFinancingTarget(
  sharePercentValue: number | null,
  targetPercent: number = coFinancingTargetPercent,
): boolean {
  return sharePercentValue !== null && sharePercentValue >= targetPercent;
}

/**
 * Reads an amount in euros as typed in a form ("1.250", "1.250,50", "1250,5", "€ 1 250", and
 * "1,250.50" from English users) into cents. Null when it is not an amount, is negative, has
 * more than two decimals, or is ambiguous ("1,250": a thousand or one and a quarter).
 */
export function parseEuroAmount(text: string): number | null {
  const s = text.replace(/€|eur|\s|\u00a0/gi, '');
  if (s === '' || s.startsWith('-')) return null;
  let whole: string;
  let fraction = '';
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Both: the last one separates the decimals, the other groups thousands.
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [w, f, ...rest] = s.split(decimal);
    if (rest.length > 0 || w === undefined || f === undefined) return null;
    if (!new RegExp(`^\\d{1,3}(\\${group}\\d{3})*$`).test(w)) return null;
    whole = w.split(group).join('');
    fraction = f;
  } else if (lastComma >= 0) {
    const [w, f, ...rest] = s.split(',');
    if (rest.length > 0 || w === undefined || f === undefined) return null;
    if (f.length === 3) return null; // "1,250": ambiguous
    whole = w;
    fraction = f;
  } else if (lastDot >= 0) {
    if (/^\d{1,3}(\.\d{3})+$/.test(s)) {
      whole = s.split('.').join(''); // Dutch thousands: "1.250" is twelve hundred and fifty
    } else {
      const [w, f, ...rest] = s.split('.');
      if (rest.length > 0 || w === undefined || f === undefined) return null;
      whole = w;
      fraction = f;
    }
  } else {
    whole = s;
  }
  if (!/^\d+$/.test(whole) || !/^\d{0,2}$/.test(fraction)) return null;
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0') || '0');
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Cents as a plain amount for a form field ("1250,50" in Dutch, "1250.50" in English). */
export function centsToInput(cents: number, locale: 'nl' | 'en'): string {
  const whole = Math.trunc(cents / 100);
  const fraction = String(cents % 100).padStart(2, '0');
  if (fraction === '00') return String(whole);
  return `${whole}${locale === 'nl' ? ',' : '.'}${fraction}`;
}

/** Cents as euros for reading ("€ 1.250,50" / "€1,250.50"). */
export function formatEuro(cents: number, locale: 'nl' | 'en'): string {
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
}

/** A percentage for reading ("42,5 %" / "42.5%"). */
export function formatPercent(value: number, locale: 'nl' | 'en'): string {
  const n = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }).format(
    value,
  );
  return locale === 'nl' ? `${n} %` : `${n}%`;
}
