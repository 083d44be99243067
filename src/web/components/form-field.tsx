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

export function TextField(p: TextFieldProps) {
  const id = p.id ?? fieldId(p.name);
  const descriptionId = p.description ? `${id}-description` : undefined;
  const errorId = p.error ? `${id}-error` : undefined;
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--text${p.error ? ' utrecht-form-field--invalid' : ''}`}
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
          aria-invalid={p.error ? true : undefined}
          aria-describedby={describedBy(descriptionId, errorId)}
        />
      </p>
    </div>
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
