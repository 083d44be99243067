import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { fieldId } from '../../components/form-field.tsx';
import { useShell } from '../../components/shell.ts';

// Form controls the administration pages need beyond src/web/components: a select and a
// textarea, with the same NL Design System markup and accessibility as TextField.

function describedBy(...ids: Array<string | undefined>): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

export interface SelectOption {
  value: string;
  label: string;
}

export function SelectField(p: {
  name: string;
  label: ReactNode;
  options: SelectOption[];
  /** A first, empty choice ("— none —"); without it the first option is preselected. */
  emptyLabel?: string;
  defaultValue?: string | undefined;
  description?: ReactNode;
  error?: string | undefined;
  required?: boolean;
}) {
  const id = fieldId(p.name);
  const descriptionId = p.description ? `${id}-description` : undefined;
  const errorId = p.error ? `${id}-error` : undefined;
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--select${p.error ? ' utrecht-form-field--invalid' : ''}`}
    >
      <p className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {p.label}
        </label>
      </p>
      {p.description ? (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={descriptionId}>
          {p.description}
        </div>
      ) : null}
      {p.error ? (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={errorId}>
          {p.error}
        </div>
      ) : null}
      <p className="utrecht-form-field__input">
        <select
          id={id}
          name={p.name}
          className={`utrecht-select utrecht-select--html-select${p.error ? ' utrecht-select--invalid' : ''}`}
          defaultValue={p.defaultValue ?? ''}
          aria-required={p.required ? true : undefined}
          aria-invalid={p.error ? true : undefined}
          aria-describedby={describedBy(descriptionId, errorId)}
        >
          {p.emptyLabel !== undefined ? <option value="">{p.emptyLabel}</option> : null}
          {p.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </p>
    </div>
  );
}

export function TextAreaField(p: {
  name: string;
  label: ReactNode;
  defaultValue?: string | undefined;
  description?: ReactNode;
  error?: string | undefined;
  rows?: number;
}) {
  const id = fieldId(p.name);
  const descriptionId = p.description ? `${id}-description` : undefined;
  const errorId = p.error ? `${id}-error` : undefined;
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--textarea${p.error ? ' utrecht-form-field--invalid' : ''}`}
    >
      <p className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {p.label}
        </label>
      </p>
      {p.description ? (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={descriptionId}>
          {p.description}
        </div>
      ) : null}
      {p.error ? (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={errorId}>
          {p.error}
        </div>
      ) : null}
      <p className="utrecht-form-field__input">
        <textarea
          id={id}
          name={p.name}
          rows={p.rows ?? 5}
          className={`utrecht-textarea utrecht-textarea--html-textarea${p.error ? ' utrecht-textarea--invalid' : ''}`}
          defaultValue={p.defaultValue}
          aria-invalid={p.error ? true : undefined}
          aria-describedby={describedBy(descriptionId, errorId)}
        />
      </p>
    </div>
  );
}

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

/**
 * Paging of a cursor list: the next page, and back to the first (a cursor cannot step back
 * one page, so there is no "previous").
 */
export function ListPaging({ firstHref, nextHref }: { firstHref: string | null; nextHref: string | null }) {
  const { t } = useShell();
  if (!firstHref && !nextHref) return null;
  return (
    <nav aria-label={t('common.morePages')} className="utrecht-pagination wijkwerk-pagination">
      {firstHref ? (
        <Link
          to={firstHref}
          className="utrecht-pagination__relative-link utrecht-pagination__relative-link--prev"
        >
          {t('admin.firstPage')}
        </Link>
      ) : null}
      {nextHref ? (
        <Link
          to={nextHref}
          rel="next"
          className="utrecht-pagination__relative-link utrecht-pagination__relative-link--next"
        >
          {t('common.next')}
        </Link>
      ) : null}
    </nav>
  );
}
