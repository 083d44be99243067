import { Form, Link } from 'react-router';
import { initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import type { ScopeArea } from '../../../../modules/initiatives/signals/scope.ts';
import { SelectField, SubmitButton } from '../../../components/form-field.tsx';
import { useShell } from '../../../components/shell.ts';

// What the staff pages of the signals part share: links between them, and the filter that
// narrows the figures to one area (a GET form that works without JavaScript).

export function SignalsNav({ current }: { current: 'dashboard' | 'trends' | 'signals' }) {
  const { t } = useShell();
  const links = [
    { key: 'dashboard', href: initiativesPaths.dashboard(), label: t('initiatives.signals.nav.dashboard') },
    { key: 'trends', href: initiativesPaths.trends(), label: t('initiatives.signals.nav.trends') },
    { key: 'signals', href: initiativesPaths.signals(), label: t('initiatives.signals.nav.signals') },
    { key: 'map', href: initiativesPaths.publicMap(), label: t('initiatives.signals.nav.map') },
  ];
  return (
    <nav aria-label={t('initiatives.signals.dashboard.more')}>
      <ul className="utrecht-unordered-list">
        {links.map((l) => (
          <li key={l.key} className="utrecht-unordered-list__item">
            <Link
              className="utrecht-link utrecht-link--html-a"
              to={l.href}
              aria-current={l.key === current ? 'page' : undefined}
            >
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function areaOptions(choices: ScopeArea[]) {
  const top = Math.min(...choices.map((a) => a.depth));
  return choices.map((a) => ({
    value: a.code,
    label: `${'\u00a0\u00a0'.repeat(Math.max(0, a.depth - top))}${a.name}`,
  }));
}

export function ScopeText({ office, area }: { office: boolean; area: ScopeArea | null }) {
  const { t } = useShell();
  return (
    <p className="utrecht-paragraph">
      {area
        ? t('initiatives.signals.scope.one', { name: area.name })
        : office
          ? t('initiatives.signals.scope.office')
          : t('initiatives.signals.scope.officer')}
    </p>
  );
}

export function ScopeFilter({
  action,
  office,
  choices,
  areaCode,
  children,
}: {
  action: string;
  office: boolean;
  choices: ScopeArea[];
  areaCode: string;
  children?: React.ReactNode;
}) {
  const { t } = useShell();
  return (
    <Form method="get" action={action} className="wijkwerk-form wijkwerk-filter">
      <SelectField
        name="gebied"
        label={t('initiatives.signals.scope.area')}
        options={areaOptions(choices)}
        emptyLabel={office ? t('initiatives.signals.scope.all') : t('initiatives.signals.scope.mine')}
        defaultValue={areaCode}
      />
      {children}
      <div className="utrecht-button-group wijkwerk-form__actions">
        <SubmitButton variant="secondary">{t('initiatives.signals.scope.show')}</SubmitButton>
      </div>
    </Form>
  );
}
