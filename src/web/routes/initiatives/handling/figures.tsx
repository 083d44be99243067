import { Form, Link } from 'react-router';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { departmentFigures } from '../../../../modules/initiatives/handling/figures.ts';
import '../../../../modules/initiatives/handling/handling-i18n.ts';
import { initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import { amsterdamDate } from '../../../../modules/initiatives/rules/working-days.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { SubmitButton, TextField } from '../../../components/form-field.tsx';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { BarChart } from '../../../components/social-map/bar-chart.tsx';
import { signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/figures.ts';
import handlingCss from './handling-pages.css?url';
import './handling-pages-i18n.ts';
import { formatDay } from './handling.server.ts';

// How departments are doing: open and overdue items per department or partner (escalated
// counted separately), and residents' satisfaction per department and per category over a
// period. Each chart is SVG drawn on the server with a title and description, and a table with
// the same numbers follows it; the charts differ by pattern as well as colour.

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: handlingCss }];

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

function yearBefore(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC((y ?? 2000) - 1, (m ?? 1) - 1, d ?? 1));
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`);

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  const url = new URL(request.url);
  const today = amsterdamDate(new Date());
  const toParam = url.searchParams.get('tot') ?? '';
  const fromParam = url.searchParams.get('van') ?? '';
  const to = dayPattern.test(toParam) ? toParam : today;
  const from = dayPattern.test(fromParam) ? fromParam : yearBefore(to);
  const badPeriod = from > to;
  try {
    const f = await departmentFigures(serviceContext(rc), badPeriod ? { from: to, to } : { from, to });
    const t = (key: string, p?: Record<string, string | number>) => translate(rc.locale, key, p);
    const satisfaction = (
      rows: Array<{ key: string; name: string; satisfied: number; unsatisfied: number }>,
    ) =>
      rows
        .filter((r) => r.satisfied + r.unsatisfied > 0)
        .map((r) => ({
          ...r,
          ratings: r.satisfied + r.unsatisfied,
          share: percent(r.satisfied, r.satisfied + r.unsatisfied),
        }));
    const open = f.organisations
      .filter((o) => o.open > 0 || o.escalated > 0)
      .map((o) => ({
        key: o.organisationId,
        name: o.name,
        open: o.open,
        overdue: o.overdue,
        within: Math.max(0, o.open - o.overdue),
        escalated: o.escalated,
      }));
    return {
      title: t('initiatives.handlingPages.figures.title'),
      from,
      to,
      badPeriod,
      periodText: t('initiatives.handlingPages.figures.periodText', {
        from: formatDay(rc.locale, from),
        to: formatDay(rc.locale, to),
      }),
      open,
      openTotals: { open: f.totals.open, overdue: f.totals.overdue, escalated: f.totals.escalated },
      handled: f.organisations
        .filter((o) => o.received + o.decidedInTime + o.decidedLate > 0)
        .map((o) => ({
          key: o.organisationId,
          name: o.name,
          received: o.received,
          inTime: o.decidedInTime,
          late: o.decidedLate,
          share: percent(o.decidedInTime, o.decidedInTime + o.decidedLate),
        })),
      handledTotals: {
        received: f.totals.received,
        inTime: f.totals.decidedInTime,
        late: f.totals.decidedLate,
        share: percent(f.totals.decidedInTime, f.totals.decidedInTime + f.totals.decidedLate),
      },
      byOrganisation: satisfaction(
        f.organisations.map((o) => ({
          key: o.organisationId,
          name: o.name,
          satisfied: o.satisfied,
          unsatisfied: o.unsatisfied,
        })),
      ),
      byCategory: satisfaction(
        f.categories.map((c) => ({
          key: c.categoryId,
          name: rc.locale === 'en' && c.nameEn ? c.nameEn : c.name,
          satisfied: c.satisfied,
          unsatisfied: c.unsatisfied,
        })),
      ),
    };
  } catch (error) {
    return throwAsRouteError(error);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

interface SatisfactionRow {
  key: string;
  name: string;
  satisfied: number;
  unsatisfied: number;
  ratings: number;
  share: string;
}

function SatisfactionSection({
  id,
  title,
  dimension,
  dimensionHeader,
  rows,
}: {
  id: string;
  title: string;
  dimension: string;
  dimensionHeader: string;
  rows: SatisfactionRow[];
}) {
  const { t } = useShell();
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 className="utrecht-heading-2" id={`${id}-heading`}>
        {title}
      </h2>
      {rows.length === 0 ? (
        <p className="utrecht-paragraph">{t('initiatives.handlingPages.figures.noRatings')}</p>
      ) : (
        <>
          <BarChart
            id={`chart-${id}`}
            title={title}
            description={t('initiatives.handlingPages.figures.satisfactionChart', { dimension })}
            bars={rows.map((r) => ({
              label: r.name,
              segments: [
                { label: t('initiatives.handlingPages.figures.satisfied'), value: r.satisfied },
                { label: t('initiatives.handlingPages.figures.unsatisfied'), value: r.unsatisfied },
              ],
            }))}
          />
          <DataTable
            caption={title}
            rows={rows}
            rowKey={(r) => r.key}
            columns={[
              { header: dimensionHeader, cell: (r) => r.name },
              {
                header: t('initiatives.handlingPages.figures.ratings'),
                cell: (r) => r.ratings,
                numeric: true,
              },
              {
                header: t('initiatives.handlingPages.figures.satisfied'),
                cell: (r) => r.satisfied,
                numeric: true,
              },
              {
                header: t('initiatives.handlingPages.figures.unsatisfied'),
                cell: (r) => r.unsatisfied,
                numeric: true,
              },
              { header: t('initiatives.handlingPages.figures.share'), cell: (r) => r.share, numeric: true },
            ]}
          />
        </>
      )}
    </section>
  );
}

export default function FiguresPage({ loaderData: d }: Route.ComponentProps) {
  const { t } = useShell();
  const openTitle = t('initiatives.handlingPages.figures.openTitle');
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/', label: t('nav.home') },
          { href: initiativesPaths.inbox(), label: t('initiatives.handlingPages.links.inbox') },
        ]}
        current={d.title}
      />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      <p className="utrecht-paragraph">{t('initiatives.handlingPages.figures.intro')}</p>
      <Form method="get" className="wijkwerk-form wijkwerk-filter" aria-labelledby="period-heading">
        <h2 className="utrecht-heading-2" id="period-heading">
          {t('initiatives.handlingPages.figures.period')}
        </h2>
        {d.badPeriod ? (
          <Alert type="error">
            <p className="utrecht-paragraph">{t('initiatives.handlingPages.figures.badPeriod')}</p>
          </Alert>
        ) : null}
        <TextField
          name="van"
          type="text"
          inputMode="numeric"
          label={t('initiatives.handlingPages.figures.from')}
          description={t('initiatives.handlingPages.figures.dateHint')}
          defaultValue={d.from}
        />
        <TextField
          name="tot"
          type="text"
          inputMode="numeric"
          label={t('initiatives.handlingPages.figures.to')}
          description={t('initiatives.handlingPages.figures.dateHint')}
          defaultValue={d.to}
        />
        <div className="utrecht-button-group wijkwerk-form__actions">
          <SubmitButton variant="secondary">{t('initiatives.handlingPages.figures.show')}</SubmitButton>
        </div>
      </Form>
      <p className="utrecht-paragraph" data-testid="figures-period">
        {d.periodText}
      </p>

      <section aria-labelledby="open-heading">
        <h2 className="utrecht-heading-2" id="open-heading">
          {openTitle}
        </h2>
        {d.open.length === 0 ? (
          <p className="utrecht-paragraph">{t('initiatives.handlingPages.figures.noOpen')}</p>
        ) : (
          <>
            <BarChart
              id="chart-open"
              title={openTitle}
              description={t('initiatives.handlingPages.figures.openChart')}
              bars={d.open.map((o) => ({
                label: o.name,
                segments: [
                  { label: t('initiatives.handlingPages.figures.withinDeadline'), value: o.within },
                  { label: t('initiatives.handlingPages.figures.overdue'), value: o.overdue },
                ],
              }))}
            />
            <DataTable
              caption={openTitle}
              rows={[
                ...d.open,
                {
                  key: 'total',
                  name: t('initiatives.handlingPages.figures.total'),
                  within: d.openTotals.open - d.openTotals.overdue,
                  ...d.openTotals,
                },
              ]}
              rowKey={(o) => o.key}
              columns={[
                { header: t('initiatives.handlingPages.figures.organisation'), cell: (o) => o.name },
                { header: t('initiatives.handlingPages.figures.open'), cell: (o) => o.open, numeric: true },
                {
                  header: t('initiatives.handlingPages.figures.overdue'),
                  cell: (o) => o.overdue,
                  numeric: true,
                },
                {
                  header: t('initiatives.handlingPages.figures.escalated'),
                  cell: (o) => o.escalated,
                  numeric: true,
                },
              ]}
            />
          </>
        )}
      </section>

      <section aria-labelledby="handled-heading">
        <h2 className="utrecht-heading-2" id="handled-heading">
          {t('initiatives.handlingPages.figures.handledTitle')}
        </h2>
        {d.handled.length === 0 ? (
          <p className="utrecht-paragraph">{t('initiatives.handlingPages.figures.noneReceived')}</p>
        ) : (
          <>
            <BarChart
              id="chart-handled"
              title={t('initiatives.handlingPages.figures.handledTitle')}
              description={t('initiatives.handlingPages.figures.handledChart')}
              bars={d.handled.map((o) => ({
                label: o.name,
                segments: [
                  { label: t('initiatives.handlingPages.figures.inTime'), value: o.inTime },
                  { label: t('initiatives.handlingPages.figures.late'), value: o.late },
                ],
              }))}
            />
            <DataTable
              caption={t('initiatives.handlingPages.figures.handledTitle')}
              rows={[
                ...d.handled,
                { key: 'total', name: t('initiatives.handlingPages.figures.total'), ...d.handledTotals },
              ]}
              rowKey={(o) => o.key}
              columns={[
                { header: t('initiatives.handlingPages.figures.organisation'), cell: (o) => o.name },
                {
                  header: t('initiatives.handlingPages.figures.received'),
                  cell: (o) => o.received,
                  numeric: true,
                },
                {
                  header: t('initiatives.handlingPages.figures.inTime'),
                  cell: (o) => o.inTime,
                  numeric: true,
                },
                { header: t('initiatives.handlingPages.figures.late'), cell: (o) => o.late, numeric: true },
                {
                  header: t('initiatives.handlingPages.figures.inTimeShare'),
                  cell: (o) => o.share,
                  numeric: true,
                },
              ]}
            />
          </>
        )}
      </section>

      <SatisfactionSection
        id="satisfaction-organisation"
        title={t('initiatives.handlingPages.figures.satisfactionTitle')}
        dimension={t('initiatives.handlingPages.figures.organisation').toLowerCase()}
        dimensionHeader={t('initiatives.handlingPages.figures.organisation')}
        rows={d.byOrganisation}
      />
      <SatisfactionSection
        id="satisfaction-category"
        title={t('initiatives.handlingPages.figures.satisfactionCategoryTitle')}
        dimension={t('initiatives.handlingPages.figures.category').toLowerCase()}
        dimensionHeader={t('initiatives.handlingPages.figures.category')}
        rows={d.byCategory}
      />
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to={initiativesPaths.inbox()}>
          {t('initiatives.handlingPages.links.inbox')}
        </Link>
      </p>
    </>
  );
}
