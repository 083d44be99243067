import { useEffect, useRef } from 'react';
import { fieldId } from './form-field.tsx';
import { useShell } from './shell.ts';

export type FieldErrors = Record<string, string>;

/**
 * The list of what is wrong at the top of a form, each item a link to its field. With JavaScript
 * it takes focus when it appears, so keyboard and screen reader users land on it.
 */
export function ErrorSummary({
  errors,
  message,
  labels,
  headingLevel = 2,
}: {
  errors?: FieldErrors | undefined;
  message?: string | undefined;
  /** Field labels, so each item says which field it is about. */
  labels?: Record<string, string>;
  headingLevel?: 2 | 3;
}) {
  const { t } = useShell();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors ?? {});
  const show = entries.length > 0 || Boolean(message);
  useEffect(() => {
    if (show) ref.current?.focus();
  }, [show]);
  if (!show) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="utrecht-alert utrecht-alert--error wijkwerk-alert wijkwerk-error-summary"
      role="alert"
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <Heading className={`utrecht-heading-${headingLevel}`}>{message ?? t('common.formErrors')}</Heading>
          {entries.length > 0 ? (
            <ul className="utrecht-unordered-list">
              {entries.map(([field, text]) => (
                <li key={field} className="utrecht-unordered-list__item">
                  <a className="utrecht-link utrecht-link--html-a" href={`#${fieldId(field)}`}>
                    {labels?.[field] ? `${labels[field]}: ${text}` : text}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </div>
  );
}
