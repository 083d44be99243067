import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
// The part's texts, registered in the page bundle too (the components translate in the browser).
import '../../../../modules/initiatives/config/config-i18n.ts';
import { initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { fieldId } from '../../../components/form-field.tsx';
import { useShell } from '../../../components/shell.ts';

// Pieces the configuration pages share: the way back (breadcrumb), the section's own menu, and a
// single checkbox with its label and description.

export const configSections = [
  { key: 'settings', href: initiativesPaths.settings() },
  { key: 'kinds', href: initiativesPaths.kinds() },
  { key: 'categories', href: initiativesPaths.categories() },
  { key: 'routing', href: initiativesPaths.routingRules() },
  { key: 'templates', href: initiativesPaths.templates() },
] as const;

/** Beheer › Meldingen en initiatieven instellen › (section) › current. */
export function ConfigBreadcrumb({
  current,
  section,
}: {
  current: string;
  section?: (typeof configSections)[number]['key'];
}) {
  const { t } = useShell();
  const items = [
    { href: '/beheer', label: t('admin.title') },
    { href: initiativesPaths.configStart(), label: t('initiatives.config.title') },
  ];
  const s = configSections.find((c) => c.key === section);
  if (s) items.push({ href: s.href, label: t(`initiatives.config.nav.${s.key}`) });
  return <Breadcrumb items={items} current={current} />;
}

/** The section's menu, with the current page marked (aria-current by NavLink). */
export function ConfigNav() {
  const { t } = useShell();
  return (
    <nav aria-label={t('initiatives.config.title')} className="wijkwerk-section">
      <ul className="utrecht-unordered-list">
        {configSections.map((s) => (
          <li key={s.key} className="utrecht-unordered-list__item">
            <NavLink className="utrecht-link utrecht-link--html-a" to={s.href}>
              {t(`initiatives.config.nav.${s.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** One checkbox with its label; an optional description tied to it. */
export function CheckboxField(p: {
  name: string;
  label: ReactNode;
  description?: ReactNode;
  defaultChecked?: boolean;
  error?: string | undefined;
  id?: string;
}) {
  const id = p.id ?? fieldId(p.name);
  const descriptionId = p.description ? `${id}-description` : undefined;
  const errorId = p.error ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox">
      <p className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
          <input
            id={id}
            type="checkbox"
            name={p.name}
            value="true"
            defaultChecked={p.defaultChecked}
            className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
            aria-describedby={describedBy}
            aria-invalid={p.error ? true : undefined}
          />
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
    </div>
  );
}

export function yesNo(t: (key: string) => string, value: boolean): string {
  return t(value ? 'initiatives.config.yes' : 'initiatives.config.no');
}
