import type { ReactNode } from 'react';

export { SelectField, type SelectOption, TextAreaField } from '../../components/form-field.tsx';

// Pieces the administration pages share: details list, role text, confirmation.
// (The select and textarea controls live with the other form controls in src/web/components.)

/** A definition list of label/value rows (a person's or organisation's details). */
export function DetailList({ items }: { items: Array<{ label: string; value: ReactNode }> }) {
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows">
      {items.map((i) => (
        <div key={i.label} className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{i.label}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{i.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export interface RoleView {
  id: string;
  role: string;
  area: { code: string; name: string } | null;
  organisation: { id: string; name: string } | null;
}

/** "Wijkambtenaar — Centrum", "Partner — Woonstichting Voorbeeld, Noordhoek", "Beheerder". */
export function roleText(t: (key: string) => string, r: RoleView): string {
  const scope = [r.organisation?.name, r.area?.name].filter(Boolean).join(', ');
  return scope ? `${t(`role.${r.role}`)} — ${scope}` : t(`role.${r.role}`);
}

/** The confirmation after a successful post (the page was reached with ?saved=…). */
export function SavedNotice({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div className="utrecht-alert utrecht-alert--ok wijkwerk-alert" role="status">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <p className="utrecht-paragraph">{message}</p>
        </div>
      </div>
    </div>
  );
}
