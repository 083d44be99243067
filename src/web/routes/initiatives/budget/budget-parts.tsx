import type { ReactNode } from 'react';

// Small pieces the budget pages share: a list of facts (NL Design System data list) and text
// with paragraphs kept.

export function Facts({ items }: { items: Array<[label: string, value: ReactNode]> }) {
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows wijkwerk-data-list">
      {items.map(([label, value]) => (
        <div className="utrecht-data-list__item" key={label}>
          <dt className="utrecht-data-list__item-key">{label}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Paragraphs({ text }: { text: string }) {
  const seen = new Map<string, number>();
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((p) => p.trim() !== '')
        .map((p) => {
          const n = (seen.get(p) ?? 0) + 1;
          seen.set(p, n);
          return (
            <p className="utrecht-paragraph" key={`${n}:${p}`}>
              {p}
            </p>
          );
        })}
    </>
  );
}

/** An instant or a date as people read it: "15 maart 2026". */
export function formatDate(value: string, locale: 'nl' | 'en'): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}
