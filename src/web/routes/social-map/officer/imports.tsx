import { Form, Link, redirect } from 'react-router';
import { ValidationError } from '../../../../core/errors.ts';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { formatDateTime, translate } from '../../../../core/i18n/i18n.ts';
import { listImportJobs } from '../../../../modules/social-map/imports/get-import-job.ts';
import { importFormats } from '../../../../modules/social-map/imports/import-job.ts';
import { maxUploadBytes, type UploadedFile } from '../../../../modules/social-map/imports/import-source.ts';
import { createImportJob } from '../../../../modules/social-map/imports/run-import-job.ts';
import '../../../../modules/social-map/overview/officer-i18n.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { fieldId, SubmitButton } from '../../../components/form-field.tsx';
import {
  type FormFailure,
  formFailure,
  formString,
  throwAsRouteError,
} from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/imports.ts';

// Upload a source to import into the social map: HSDS 3.0 JSON, the HSDS tabular CSV files, or
// a CSV with its own columns (mapped on the next page). The upload starts a dry run; the job's
// page shows its progress and report. Coordinators and administrators.

const maxMb = maxUploadBytes / 1024 / 1024;

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  try {
    const jobs = await listImportJobs(rc.app.db, rc.actor);
    return {
      title: translate(rc.locale, 'sm.officer.import.title'),
      formats: [...importFormats],
      maxMb,
      jobs: jobs.map((j) => ({
        id: j.id,
        fileName: j.fileName,
        format: translate(rc.locale, `sm.officer.import.format.${j.format}`),
        state: translate(rc.locale, `sm.officer.import.state.${j.state}`),
        by: j.createdByLabel,
        when: formatDateTime(rc.locale, j.createdAt),
      })),
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, request }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const tooLarge = new ValidationError([
    { field: 'file', key: 'sm.officer.import.error.tooLarge', params: { max: maxMb } },
  ]);
  // Refused before the body is read.
  if (Number(request.headers.get('content-length') ?? 0) > maxUploadBytes + 512 * 1024)
    return formFailure(tooLarge, rc.locale);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return formFailure(new ValidationError([{ field: 'file', key: 'validation.required' }]), rc.locale);
  }
  const format = formString(form, 'format');
  const files: UploadedFile[] = [];
  for (const v of form.getAll('file')) {
    if (typeof v === 'string' || (v.size === 0 && !v.name)) continue;
    files.push({ name: v.name, text: await v.text() });
  }
  try {
    const job = await createImportJob(serviceContext(rc), { format: format as never, dryRun: true }, files);
    return redirect(`/sociale-kaart/importeren/${job.id}`);
  } catch (error) {
    return formFailure(error, rc.locale, { format });
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function ImportsPage({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const failure = actionData as FormFailure | undefined;
  const chosen = failure?.values?.format || 'hsds_json';
  const fileError = failure?.fieldErrors?.file;
  return (
    <>
      <Breadcrumb items={[{ href: '/sociale-kaart', label: t('socialMap.title') }]} current={d.title} />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      <p className="utrecht-paragraph">{t('sm.officer.import.intro')}</p>
      <ErrorSummary
        message={failure?.message}
        errors={failure?.fieldErrors}
        labels={{ file: t('sm.officer.import.file'), format: t('sm.officer.import.format') }}
      />
      <Form method="post" encType="multipart/form-data" noValidate className="wijkwerk-form">
        <CsrfField />
        <fieldset className="utrecht-form-fieldset" id={fieldId('format')}>
          <legend className="utrecht-form-fieldset__legend">{t('sm.officer.import.format')}</legend>
          {d.formats.map((f) => (
            <div key={f} className="utrecht-form-field utrecht-form-field--radio">
              <input
                type="radio"
                className="utrecht-radio-button"
                id={`format-${f}`}
                name="format"
                value={f}
                defaultChecked={f === chosen}
              />{' '}
              <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`format-${f}`}>
                {t(`sm.officer.import.format.${f}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <div className={`utrecht-form-field${fileError ? ' utrecht-form-field--invalid' : ''}`}>
          <p className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor={fieldId('file')}>
              {t('sm.officer.import.file')}
            </label>
          </p>
          <div className="utrecht-form-field-description" id="file-description">
            {t('sm.officer.import.fileHint', { max: d.maxMb })}
          </div>
          {fileError ? (
            <div className="utrecht-form-field-error-message" id="file-error">
              {fileError}
            </div>
          ) : null}
          <p className="utrecht-form-field__input">
            <input
              id={fieldId('file')}
              type="file"
              name="file"
              multiple
              accept=".json,.csv,application/json,text/csv"
              aria-describedby={fileError ? 'file-description file-error' : 'file-description'}
              aria-invalid={fileError ? true : undefined}
            />
          </p>
        </div>
        <div className="utrecht-button-group wijkwerk-form__actions">
          <SubmitButton>{t('sm.officer.import.upload')}</SubmitButton>
        </div>
      </Form>

      <h2 className="utrecht-heading-2" id="recent">
        {t('sm.officer.import.recent')}
      </h2>
      <DataTable
        labelledBy="recent"
        rows={d.jobs}
        rowKey={(j) => j.id}
        empty={t('sm.officer.import.none')}
        columns={[
          {
            header: t('sm.officer.import.file'),
            cell: (j) => (
              <Link className="utrecht-link" to={`/sociale-kaart/importeren/${j.id}`}>
                {j.fileName}
              </Link>
            ),
          },
          { header: t('sm.officer.import.format'), cell: (j) => j.format },
          { header: t('sm.officer.import.state'), cell: (j) => j.state },
          { header: t('sm.officer.import.by'), cell: (j) => j.by },
          { header: t('sm.officer.import.started'), cell: (j) => j.when },
        ]}
      />
    </>
  );
}
