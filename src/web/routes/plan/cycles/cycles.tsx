import { Form, Link } from 'react-router';
import { getRequestContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { listOrganisations } from '../../../../core/organisations/list-organisations.ts';
import '../../../../modules/plan/cycles/cycle-i18n.ts';
import { mayKeepCycle, mayKeepSomeCycle } from '../../../../modules/plan/cycles/cycles-policy.ts';
import { addDays, firstOnOrAfter } from '../../../../modules/plan/cycles/deadlines.ts';
import { listCycles, occurrencesOf } from '../../../../modules/plan/cycles/list-cycles.ts';
import { Alert } from '../../../components/alert.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { SelectField, SubmitButton } from '../../../components/form-field.tsx';
import { formatDay } from '../../../components/plan/timeline-format.ts';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import type { Route } from './+types/cycles.ts';
import { ruleText } from './rule-text.ts';

// The organisations' planning cycles side by side (public: the dates of a planning and control
// cycle are no secret), with the deadlines of the coming twelve months. Who keeps a cycle sees
// the links to change it.

const savedFlags = ['created', 'updated', 'deleted'] as const;

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  const url = new URL(request.url);
  const organisation = url.searchParams.get('organisatie') ?? '';
  try {
    const [cycles, organisations] = await Promise.all([
      listCycles(rc.app.db, rc.actor, {
        organisationIds: /^[0-9a-f-]{36}$/i.test(organisation) ? [organisation] : undefined,
        limit: 1000,
      }),
      listOrganisations(rc.app.db, rc.actor, { limit: 5000 }),
    ]);
    const today = new Date().toISOString().slice(0, 10);
    const until = addDays(today, 365);
    const saved = url.searchParams.get('saved');
    return {
      title: translate(rc.locale, 'plan.cycle.title'),
      organisation,
      organisations: organisations.items.map((o) => ({ value: o.id, label: o.name })),
      today,
      until,
      saved: savedFlags.find((f) => f === saved) ?? null,
      mayCreate: mayKeepSomeCycle(rc.actor),
      cycles: cycles.items.map((c) => ({
        ...c,
        editable: mayKeepCycle(rc.actor, c.organisation?.id ?? null),
        next: Object.fromEntries(c.deadlines.map((d) => [d.id, firstOnOrAfter(d, today)])),
      })),
      upcoming: occurrencesOf(cycles.items, today, until),
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function PlanningCycles({ loaderData }: Route.ComponentProps) {
  const { t, locale } = useShell();
  const d = loaderData;
  return (
    <>
      <h1 className="utrecht-heading-1">{d.title}</h1>
      {d.saved ? (
        <Alert type="ok" live>
          {t(`plan.cycle.saved.${d.saved}`)}
        </Alert>
      ) : null}
      <p className="utrecht-paragraph">{t('plan.cycle.intro')}</p>
      {d.mayCreate ? (
        <p className="utrecht-paragraph">
          <Link
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
            to="/planningscycli/nieuw"
          >
            {t('plan.cycle.new')}
          </Link>
        </p>
      ) : null}
      <Form method="get" className="wijkwerk-filter-form">
        <SelectField
          name="organisatie"
          label={t('plan.cycle.filter')}
          options={d.organisations}
          emptyLabel={t('plan.cycle.filter.all')}
          defaultValue={d.organisation}
        />
        <SubmitButton variant="secondary">{t('plan.cycle.filter.submit')}</SubmitButton>
      </Form>

      <section aria-labelledby="upcoming">
        <h2 className="utrecht-heading-2" id="upcoming">
          {t('plan.cycle.upcoming')}
        </h2>
        <DataTable
          caption={t('plan.cycle.upcoming.caption', {
            from: formatDay(locale, d.today),
            to: formatDay(locale, d.until),
          })}
          rows={d.upcoming}
          rowKey={(o) => `${o.deadline.id}-${o.date}`}
          empty={t('plan.cycle.upcoming.none')}
          columns={[
            { header: t('plan.cycle.col.date'), cell: (o) => formatDay(locale, o.date) },
            {
              header: t('plan.cycle.col.organisation'),
              cell: (o) => o.cycle.organisation?.name ?? t('plan.cycle.municipalShort'),
            },
            { header: t('plan.cycle.col.cycle'), cell: (o) => o.cycle.name },
            { header: t('plan.cycle.col.deadline'), cell: (o) => o.deadline.title },
            {
              header: t('plan.cycle.col.purpose'),
              cell: (o) => t(`plan.cycle.purpose.${o.deadline.purpose}`),
            },
          ]}
        />
      </section>

      {d.cycles.length === 0 ? <p className="utrecht-paragraph">{t('plan.cycle.none')}</p> : null}
      {d.cycles.map((c) => (
        <section key={c.id} aria-labelledby={`cycle-${c.id}`}>
          <h2 className="utrecht-heading-2" id={`cycle-${c.id}`}>
            {`${c.organisation?.name ?? t('plan.cycle.municipalShort')}: ${c.name}`}
          </h2>
          {c.description ? <p className="utrecht-paragraph">{c.description}</p> : null}
          <DataTable
            caption={t('plan.cycle.cyclesCaption', { name: c.name })}
            rows={c.deadlines}
            rowKey={(dl) => dl.id}
            empty={t('plan.cycle.noDeadlines')}
            columns={[
              { header: t('plan.cycle.col.deadline'), cell: (dl) => dl.title },
              { header: t('plan.cycle.col.purpose'), cell: (dl) => t(`plan.cycle.purpose.${dl.purpose}`) },
              { header: t('plan.cycle.col.rule'), cell: (dl) => ruleText(t, locale, dl) },
              {
                header: t('plan.cycle.col.next'),
                cell: (dl) => {
                  const next = c.next[dl.id];
                  return next ? formatDay(locale, next) : '–';
                },
              },
            ]}
          />
          {c.editable ? (
            <p className="utrecht-paragraph">
              <Link className="utrecht-link" to={`/planningscycli/${c.id}`}>
                {t('plan.cycle.edit')}
                <span className="wijkwerk-visually-hidden">: {c.name}</span>
              </Link>
            </p>
          ) : null}
        </section>
      ))}
    </>
  );
}
