import type { ReactNode } from 'react';

// Form controls with NL Design System (Utrecht) markup. Every control has a visible label; the
// description and the error are tied to it with aria-describedby, and an error sets aria-invalid.
// Required fields carry aria-required instead of `required`, so the server's messages (in the
// user's language, in the error summary) are what people see, not the browser's.

export function fieldId(name: string): string {
  return `field-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

export interface TextFieldProps {
  name: string;
  label: ReactNode;
  type?: 'text' | 'email' | 'password' | 'url' | 'tel' | 'number' | 'search';
  description?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  autoComplete?: string;
  defaultValue?: string | number | undefined;
  id?: string;
  inputMode?: 'text' | 'email' | 'numeric' | 'decimal' | 'tel' | 'url' | 'search';
  spellCheck?: boolean;
}

interface FrameProps {
  kind: 'text' | 'select' | 'textarea';
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  /** Renders the control with the ids it must point at. */
  children: (aria: { describedBy: string | undefined; invalid: true | undefined }) => ReactNode;
}

/** What every single control shares: the label, then description and error, then the control. */
function FieldFrame(p: FrameProps) {
  const descriptionId = p.description ? `${p.id}-description` : undefined;
  const errorId = p.error ? `${p.id}-error` : undefined;
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--${p.kind}${p.error ? ' utrecht-form-field--invalid' : ''}`}
    >
      <p className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={p.id}>
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
        {p.children({
          describedBy: describedBy(descriptionId, errorId),
          invalid: p.error ? true : undefined,
        })}
      </p>
    </div>
  );
}

export function TextField(p: TextFieldProps) {
  const id = p.id ?? fieldId(p.name);
  return (
    <FieldFrame kind="text" id={id} label={p.label} description={p.description} error={p.error}>
      {(aria) => (
        <input
          id={id}
          name={p.name}
          type={p.type ?? 'text'}
          className={`utrecht-textbox utrecht-textbox--html-input${p.error ? ' utrecht-textbox--invalid' : ''}`}
          defaultValue={p.defaultValue}
          autoComplete={p.autoComplete}
          inputMode={p.inputMode}
          spellCheck={p.spellCheck}
          aria-required={p.required ? true : undefined}
          aria-invalid={aria.invalid}
          aria-describedby={aria.describedBy}
        />
      )}
    </FieldFrame>
  );
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
  /** When two forms on a page have a field of the same name. */
  id?: string;
}) {
  const id = p.id ?? fieldId(p.name);
  return (
    <FieldFrame kind="select" id={id} label={p.label} description={p.description} error={p.error}>
      {(aria) => (
        <select
          id={id}
          name={p.name}
          className={`utrecht-select utrecht-select--html-select${p.error ? ' utrecht-select--invalid' : ''}`}
          defaultValue={p.defaultValue ?? ''}
          aria-required={p.required ? true : undefined}
          aria-invalid={aria.invalid}
          aria-describedby={aria.describedBy}
        >
          {p.emptyLabel !== undefined ? <option value="">{p.emptyLabel}</option> : null}
          {p.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
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
  return (
    <FieldFrame kind="textarea" id={id} label={p.label} description={p.description} error={p.error}>
      {(aria) => (
        <textarea
          id={id}
          name={p.name}
          rows={p.rows ?? 5}
          className={`utrecht-textarea utrecht-textarea--html-textarea${p.error ? ' utrecht-textarea--invalid' : ''}`}
          defaultValue={p.defaultValue}
          aria-invalid={aria.invalid}
          aria-describedby={aria.describedBy}
        />
      )}
    </FieldFrame>
  );
}

export interface CheckboxOption {
  value: string;
  label: ReactNode;
}

/** A group of checkboxes in a fieldset; the legend names the group. */
export function CheckboxGroup(p: {
  name: string;
  legend: ReactNode;
  options: CheckboxOption[];
  defaultChecked?: string[];
  error?: string | undefined;
  description?: ReactNode;
}) {
  const base = fieldId(p.name);
  const descriptionId = p.description ? `${base}-description` : undefined;
  const errorId = p.error ? `${base}-error` : undefined;
  return (
    <fieldset
      id={base}
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${p.error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={describedBy(descriptionId, errorId)}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {p.legend}
      </legend>
      {p.description ? (
        <div className="utrecht-form-field-description" id={descriptionId}>
          {p.description}
        </div>
      ) : null}
      {p.error ? (
        <div className="utrecht-form-field-error-message" id={errorId}>
          {p.error}
        </div>
      ) : null}
      {p.options.map((o) => {
        const id = `${base}-${o.value}`;
        return (
          <div key={o.value} className="utrecht-form-field utrecht-form-field--checkbox">
            <p className="utrecht-form-field__label utrecht-form-field__label--checkbox">
              <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
                <input
                  id={id}
                  type="checkbox"
                  name={p.name}
                  value={o.value}
                  defaultChecked={p.defaultChecked?.includes(o.value)}
                  className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
                  aria-invalid={p.error ? true : undefined}
                />
                {o.label}
              </label>
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}

export function SubmitButton({
  children,
  variant = 'primary',
  name,
  value,
}: {
  children: ReactNode;
  variant?: 'primary' | 'secondary' | 'subtle';
  name?: string;
  value?: string;
}) {
  return (
    <button
      type="submit"
      name={name}
      value={value}
      className={`utrecht-button utrecht-button--${variant}-action`}
    >
      {children}
    </button>
  );
}
