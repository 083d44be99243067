import { Form, Link, redirect } from 'react-router';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { formatDateTime, translate } from '../../../../core/i18n/i18n.ts';
import { csvFields } from '../../../../modules/social-map/hsds/import-csv.ts';
import { duplicateChoices, type ImportReport } from '../../../../modules/social-map/hsds/import-records.ts';
import { getImportJob } from '../../../../modules/social-map/imports/get-import-job.ts';
import { isBusy, mayImport, progressPercent } from '../../../../modules/social-map/imports/import-job.ts';
import { guessMapping } from '../../../../modules/social-map/imports/import-source.ts';
import { checkImportJob, runImportJob } from '../../../../modules/social-map/imports/run-import-job.ts';
import '../../../../modules/social-map/overview/officer-i18n.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { SelectField, SubmitButton } from '../../../components/form-field.tsx';
import {
  type FormFailure,
  formFailure,
  formString,
  throwAsRouteError,
} from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/import-job.ts';

// One import job: the column mapping (CSV), the dry run's report with the choice for possible
// duplicates and the button to import, and while a run is busy its progress. The page refreshes
// itself with <meta http-equiv="refresh"> while the job runs, so it works without JavaScript.

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  try {
    const job = await getImportJob(rc.app.db, rc.actor, params.id);
    const t = (key: string, p?: Record<string, string | number>) => translate(rc.locale, key, p);
    const mapping: Record<string, string> = {
      ...guessMapping(job.columns),
      ...((job.mapping as Record<string, string> | null) ?? {}),
    };
    return {
      title: t('sm.officer.import.jobTitle', { name: job.fileName }),
      id: job.id,
      format: job.format,
      formatLabel: t(`sm.officer.import.format.${job.format}`),
      state: job.state,
      stateLabel: t(`sm.officer.import.state.${job.state}`),
      busy: isBusy(job.state),
      progress: {
        ...job.progress,
        percent: progressPercent(job.progress),
        phase: job.progress.phase ? t(`sm.officer.import.phase.${job.progress.phase}`) : null,
      },
      columns: job.columns,
      fields: [...csvFields],
      mapping,
      showMapping: job.format === 'csv' && !isBusy(job.state) && job.state !== 'imported',
      mayImport: mayImport(job),
      mergeDuplicates: job.mergeDuplicates,
      dryRunReport: job.dryRunReport,
      report: job.report,
      error: job.error,
      by: job.createdByLabel,
      when: formatDateTime(rc.locale, job.createdAt),
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const form = await request.formData();
  const intent = formString(form, 'intent');
  const merge = formString(form, 'mergeDuplicates');
  const mergeDuplicates = duplicateChoices.find((c) => c === merge);
  const values: Record<string, string> = {};
  for (const f of csvFields) values[`map.${f}`] = formString(form, `map.${f}`);
  try {
    if (intent === 'run') {
      await runImportJob(serviceContext(rc), params.id, { mergeDuplicates });
    } else {
      const mapping = Object.fromEntries(csvFields.map((f) => [f, values[`map.${f}`] ?? '']));
      await checkImportJob(serviceContext(rc), params.id, {
        ...(form.has('map.title') ? { mapping } : {}),
        ...(mergeDuplicates ? { mergeDuplicates } : {}),
      });
    }
    return redirect(`/sociale-kaart/importeren/${params.id}`);
  } catch (error) {
    return formFailure(error, rc.locale, values);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [
    { title: `${loaderData?.title ?? ''} | Wijkwerk` },
    ...(loaderData?.busy ? [{ httpEquiv: 'refresh', content: '2' }] : []),
  ];
}

/** Records with the reason they were left out, under their own heading; nothing when there are none. */
function RecordTable({
  id,
  heading,
  records,
}: {
  id: string;
  heading: string;
  records: Array<{ ref: string; reason: string }>;
}) {
  const { t } = useShell();
  if (records.length === 0) return null;
  return (
    <>
      <h3 className="utrecht-heading-3" id={id}>
        {heading}
      </h3>
      <DataTable
        labelledBy={id}
        rows={records.map((r, i) => ({ ...r, key: `${i}` }))}
        rowKey={(r) => r.key}
        columns={[
          { header: t('sm.officer.import.record'), cell: (r) => r.ref },
          { header: t('sm.officer.import.reason'), cell: (r) => r.reason },
        ]}
      />
    </>
  );
}

function ReportView({ report, heading, id }: { report: ImportReport; heading: string; id: string }) {
  const { t } = useShell();
  const counts = {
    total: report.total,
    created: report.created,
    updated: report.updated,
    // Reports stored before merging existed have no count.
    merged: report.merged ?? 0,
    unchanged: report.unchanged,
    skipped: report.skipped.length,
    invalid: report.invalid.length,
  };
  return (
    <section aria-labelledby={id}>
      <h2 className="utrecht-heading-2" id={id}>
        {heading}
      </h2>
      <p className="utrecht-paragraph">
        {t(report.dryRun ? 'sm.officer.import.wouldCounts' : 'sm.officer.import.counts', counts)}
      </p>
      {!report.dryRun ? (
        <p className="utrecht-paragraph">
          <strong>{t(report.written ? 'sm.officer.import.written' : 'sm.officer.import.notWritten')}</strong>
        </p>
      ) : null}
      {report.newOrganisations.length ? (
        <p className="utrecht-paragraph">
          {t('sm.officer.import.newOrganisations', { list: report.newOrganisations.join(', ') })}
        </p>
      ) : null}
      <RecordTable id={`${id}-invalid`} heading={t('sm.officer.import.invalid')} records={report.invalid} />
      {report.duplicates.length ? (
        <>
          <h3 className="utrecht-heading-3" id={`${id}-duplicates`}>
            {t('sm.officer.import.duplicates')}
          </h3>
          <DataTable
            labelledBy={`${id}-duplicates`}
            rows={report.duplicates}
            rowKey={(r) => r.ref}
            columns={[
              { header: t('sm.officer.import.record'), cell: (r) => `${r.title} (${r.ref})` },
              {
                header: t('sm.officer.import.existing'),
                cell: (r) => (
                  <Link className="utrecht-link" to={`/sociale-kaart/${r.existingAssetId}`}>
                    {r.existingTitle}
                  </Link>
                ),
              },
              {
                header: t('sm.officer.import.similarity'),
                cell: (r) => `${Math.round(r.similarity * 100)}%`,
                numeric: true,
              },
            ]}
          />
        </>
      ) : null}
      <RecordTable id={`${id}-skipped`} heading={t('sm.officer.import.skipped')} records={report.skipped} />
    </section>
  );
}

export default function ImportJobPage({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const failure = actionData as FormFailure | undefined;
  const fieldLabels = Object.fromEntries(
    d.fields.map((f) => [`map.${f}`, t(`sm.officer.import.field.${f}`)]),
  );
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/sociale-kaart', label: t('socialMap.title') },
          { href: '/sociale-kaart/importeren', label: t('sm.officer.import.title') },
        ]}
        current={d.title}
      />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      <p className="utrecht-paragraph">
        {d.formatLabel} · {t('sm.officer.import.by')} {d.by} · {d.when}
      </p>
      <p className="utrecht-paragraph" role="status">
        {t('sm.officer.import.state')}: <strong>{d.stateLabel}</strong>
      </p>
      {d.error ? (
        <p className="utrecht-paragraph">{t('sm.officer.import.errorText', { message: d.error })}</p>
      ) : null}
      <ErrorSummary message={failure?.message} errors={failure?.fieldErrors} labels={fieldLabels} />

      {d.busy ? (
        <section aria-labelledby="progress">
          <h2 className="utrecht-heading-2" id="progress">
            {t('sm.officer.import.progress')}
          </h2>
          <p className="utrecht-paragraph">
            <progress id="progress-bar" max={100} value={d.progress.percent} aria-labelledby="progress">
              {d.progress.percent}%
            </progress>
          </p>
          <p className="utrecht-paragraph">
            {d.progress.phase ? `${d.progress.phase}: ` : ''}
            {t('sm.officer.import.progressText', {
              done: d.progress.done,
              total: d.progress.total,
              percent: d.progress.percent,
            })}
          </p>
          <p className="utrecht-paragraph">{t('sm.officer.import.refreshing')}</p>
        </section>
      ) : null}

      {d.report ? <ReportView report={d.report} heading={t('sm.officer.import.report')} id="report" /> : null}
      {d.dryRunReport && !d.report ? (
        <ReportView report={d.dryRunReport} heading={t('sm.officer.import.dryRunReport')} id="dry-run" />
      ) : null}

      {d.mayImport ? (
        <Form method="post" className="wijkwerk-form">
          <CsrfField />
          <input type="hidden" name="intent" value="run" />
          {d.dryRunReport?.duplicates.length ? (
            <SelectField
              name="mergeDuplicates"
              label={t('sm.officer.import.merge')}
              defaultValue={d.mergeDuplicates}
              options={[
                { value: 'skip', label: t('sm.officer.import.merge.skip') },
                { value: 'merge', label: t('sm.officer.import.merge.merge') },
                { value: 'create', label: t('sm.officer.import.merge.create') },
              ]}
            />
          ) : null}
          <div className="utrecht-button-group wijkwerk-form__actions">
            <SubmitButton>{t('sm.officer.import.run')}</SubmitButton>
          </div>
        </Form>
      ) : d.dryRunReport && !d.report && !d.busy ? (
        <p className="utrecht-paragraph">
          {d.dryRunReport.invalid.length
            ? t('sm.officer.import.blocked')
            : t('sm.officer.import.nothingToImport')}
        </p>
      ) : null}

      {d.showMapping ? (
        <section aria-labelledby="mapping">
          <h2 className="utrecht-heading-2" id="mapping">
            {t('sm.officer.import.mapping')}
          </h2>
          <p className="utrecht-paragraph">{t('sm.officer.import.mappingIntro')}</p>
          <Form method="post" noValidate className="wijkwerk-form">
            <CsrfField />
            <input type="hidden" name="intent" value="check" />
            {d.fields.map((f) => (
              <SelectField
                key={f}
                name={`map.${f}`}
                label={t(`sm.officer.import.field.${f}`)}
                required={f === 'title'}
                emptyLabel={t('sm.officer.import.noColumn')}
                options={d.columns.map((c) => ({ value: c, label: c }))}
                defaultValue={failure?.values?.[`map.${f}`] ?? d.mapping[f] ?? ''}
                error={failure?.fieldErrors?.[`map.${f}`]}
              />
            ))}
            <div className="utrecht-button-group wijkwerk-form__actions">
              <SubmitButton>{t('sm.officer.import.check')}</SubmitButton>
            </div>
          </Form>
        </section>
      ) : !d.busy && d.state !== 'imported' && d.format !== 'csv' && !d.mayImport ? (
        <Form method="post">
          <CsrfField />
          <input type="hidden" name="intent" value="check" />
          <SubmitButton variant="secondary">{t('sm.officer.import.again')}</SubmitButton>
        </Form>
      ) : null}

      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/sociale-kaart/importeren">
          {t('sm.officer.import.back')}
        </Link>
      </p>
    </>
  );
}
