import { Form, redirect } from 'react-router';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { getInitiativeSettings } from '../../../../modules/initiatives/config/get-settings.ts';
import { updateInitiativeSettings } from '../../../../modules/initiatives/config/update-settings.ts';
import { initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import { Alert } from '../../../components/alert.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { SubmitButton, TextField } from '../../../components/form-field.tsx';
import { formString } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import type { Route } from './+types/settings.ts';
import { type ConfigFailure, checked, configContext, configFailure, savedFlag } from './config.server.ts';
import { CheckboxField, ConfigBreadcrumb, ConfigNav } from './config-ui.tsx';

// The municipality's settings: Liberation Day, escalation, reopening, retention, public map.

const numberFields = ['escalationWorkingDays', 'reopenDays', 'retentionDays'] as const;

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = configContext(context, request);
  const settings = await getInitiativeSettings(rc.app.db, rc.actor.municipalityId);
  return {
    title: translate(rc.locale, 'initiatives.config.settings.title'),
    settings,
    saved: savedFlag(request) !== null,
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const rc = configContext(context, request);
  const form = await request.formData();
  const values: Record<string, string> = {
    ...Object.fromEntries(numberFields.map((f) => [f, formString(form, f)])),
    liberationDayOff: String(checked(form, 'liberationDayOff')),
    publicMap: String(checked(form, 'publicMap')),
  };
  try {
    await updateInitiativeSettings(serviceContext(rc), {
      escalationWorkingDays: values.escalationWorkingDays,
      reopenDays: values.reopenDays,
      retentionDays: values.retentionDays,
      liberationDayOff: checked(form, 'liberationDayOff'),
      publicMap: checked(form, 'publicMap'),
      version: formString(form, 'version'),
    });
  } catch (error) {
    return configFailure(error, rc, { values });
  }
  return redirect(`${initiativesPaths.settings()}?saved=1`);
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function SettingsPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const { settings } = loaderData;
  const failure = actionData as ConfigFailure | undefined;
  const e = failure?.fieldErrors ?? {};
  const v = failure?.values;
  const label = (f: string) => t(`initiatives.config.settings.${f}`);
  const labels = Object.fromEntries(
    [...numberFields, 'liberationDayOff', 'publicMap'].map((f) => [f, label(f)]),
  );
  return (
    <>
      <ConfigBreadcrumb current={loaderData.title} />
      <h1 className="utrecht-heading-1">{loaderData.title}</h1>
      <ConfigNav />
      {loaderData.saved ? (
        <Alert type="ok" live>
          <p className="utrecht-paragraph">{t('initiatives.config.saved')}</p>
        </Alert>
      ) : null}
      <p className="utrecht-paragraph">{t('initiatives.config.settings.intro')}</p>
      {settings.version === 0 ? (
        <p className="utrecht-paragraph">{t('initiatives.config.settings.defaults')}</p>
      ) : null}
      <ErrorSummary message={failure?.message} errors={e} labels={labels} />
      <Form method="post" noValidate className="wijkwerk-form">
        <CsrfField />
        <input type="hidden" name="version" value={settings.version} />
        <CheckboxField
          name="liberationDayOff"
          label={label('liberationDayOff')}
          description={label('liberationDayOff.description')}
          defaultChecked={v ? v.liberationDayOff === 'true' : settings.liberationDayOff}
        />
        {numberFields.map((f) => (
          <TextField
            key={f}
            name={f}
            type="number"
            inputMode="numeric"
            label={label(f)}
            description={label(`${f}.description`)}
            required
            defaultValue={v?.[f] ?? settings[f]}
            error={e[f]}
          />
        ))}
        <CheckboxField
          name="publicMap"
          label={label('publicMap')}
          description={label('publicMap.description')}
          defaultChecked={v ? v.publicMap === 'true' : settings.publicMap}
        />
        <div className="utrecht-button-group wijkwerk-form__actions">
          <SubmitButton>{t('common.save')}</SubmitButton>
        </div>
      </Form>
    </>
  );
}
