import { Form } from 'react-router';
import '../../../../modules/social-map/feeds/i18n.ts';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { CheckboxGroup, SelectField, SubmitButton, TextField } from '../../../components/form-field.tsx';
import type { FormFailure } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import type { FeedFormChoices } from './feeds.server.ts';

// Pieces of the feed pages: the state badge (words, not only colour) and the feed form.

const badgeClass: Record<string, string> = {
  new: 'utrecht-status-badge--neutral',
  ok: 'utrecht-status-badge--success',
  not_modified: 'utrecht-status-badge--success',
  error: 'utrecht-status-badge--danger',
  bad_source: 'utrecht-status-badge--danger',
};

export function FeedStateBadge({ state, run = false }: { state: string; run?: boolean }) {
  const { t } = useShell();
  return (
    <span className={`utrecht-status-badge ${badgeClass[state] ?? 'utrecht-status-badge--neutral'}`}>
      {t(run ? `sm.feeds.run.${state}` : `sm.feeds.state.${state}`)}
    </span>
  );
}

export const intervalChoices = [60, 360, 1440];

export function intervalLabel(
  t: (key: string, p?: Record<string, string | number>) => string,
  minutes: number,
) {
  return intervalChoices.includes(minutes)
    ? t(`sm.feeds.interval.${minutes}`)
    : t('sm.feeds.interval.minutes', { minutes });
}

export function feedFieldLabels(t: (key: string) => string): Record<string, string> {
  return {
    name: t('sm.feeds.field.name'),
    url: t('sm.feeds.field.url'),
    organisationId: t('sm.feeds.field.owner'),
    areaCode: t('sm.feeds.field.area'),
    themes: t('sm.feeds.field.themes'),
    targetGroups: t('sm.feeds.field.targetGroups'),
    intervalMinutes: t('sm.feeds.field.interval'),
  };
}

export interface FeedFormDefaults {
  name: string;
  url: string;
  organisationId: string;
  areaCode: string;
  themes: string[];
  targetGroups: string[];
  intervalMinutes: number;
}

/** Field errors of repeated fields ('themes.0') under the field's own name. */
function errorOf(errors: Record<string, string> | undefined, name: string): string | undefined {
  if (!errors) return undefined;
  return errors[name] ?? Object.entries(errors).find(([k]) => k.startsWith(`${name}.`))?.[1];
}

export function FeedForm({
  choices,
  values,
  failure,
  withOwner,
  intent,
  submitLabel,
}: {
  choices: FeedFormChoices;
  values: FeedFormDefaults | null;
  failure: FormFailure | undefined;
  /** The owner is chosen once, at registration. */
  withOwner: boolean;
  intent?: string;
  submitLabel: string;
}) {
  const { t } = useShell();
  const e = failure?.fieldErrors;
  const sent = failure?.values;
  const v = {
    name: sent?.name ?? values?.name ?? '',
    url: sent?.url ?? values?.url ?? '',
    organisationId: sent?.organisationId ?? values?.organisationId ?? '',
    areaCode: sent?.areaCode ?? values?.areaCode ?? '',
    themes: sent ? (sent.themes?.split(',').filter(Boolean) ?? []) : (values?.themes ?? []),
    targetGroups: sent ? (sent.targetGroups?.split(',').filter(Boolean) ?? []) : (values?.targetGroups ?? []),
    intervalMinutes: sent?.intervalMinutes ?? String(values?.intervalMinutes ?? 360),
  };
  const intervals = [...new Set([...intervalChoices, Number(v.intervalMinutes) || 360])].sort(
    (a, b) => a - b,
  );
  return (
    <Form method="post" noValidate className="wijkwerk-form">
      <CsrfField />
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      <TextField
        name="name"
        label={t('sm.feeds.field.name')}
        description={t('sm.feeds.field.nameHint')}
        required
        defaultValue={v.name}
        error={e?.name}
      />
      <TextField
        name="url"
        type="url"
        label={t('sm.feeds.field.url')}
        description={t('sm.feeds.field.urlHint')}
        required
        defaultValue={v.url}
        error={e?.url}
        spellCheck={false}
        autoComplete="off"
      />
      {withOwner ? (
        <SelectField
          name="organisationId"
          label={t('sm.feeds.field.owner')}
          options={choices.organisations}
          emptyLabel={t('sm.feeds.field.ownerSelf')}
          defaultValue={v.organisationId}
          error={e?.organisationId}
        />
      ) : null}
      <SelectField
        name="areaCode"
        label={t('sm.feeds.field.area')}
        options={choices.areas}
        defaultValue={v.areaCode}
        error={e?.areaCode}
      />
      <CheckboxGroup
        name="themes"
        legend={`${t('sm.feeds.field.themes')} (${t('common.optional')})`}
        options={choices.themes}
        defaultChecked={v.themes}
        error={errorOf(e, 'themes')}
      />
      <CheckboxGroup
        name="targetGroups"
        legend={`${t('sm.feeds.field.targetGroups')} (${t('common.optional')})`}
        options={choices.targetGroups}
        defaultChecked={v.targetGroups}
        error={errorOf(e, 'targetGroups')}
      />
      <SelectField
        name="intervalMinutes"
        label={t('sm.feeds.field.interval')}
        options={intervals.map((m) => ({ value: String(m), label: intervalLabel(t, m) }))}
        defaultValue={v.intervalMinutes}
        error={e?.intervalMinutes}
      />
      <SubmitButton>{submitLabel}</SubmitButton>
    </Form>
  );
}
