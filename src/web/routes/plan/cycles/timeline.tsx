import { Link } from 'react-router';
import { getRequestContext, serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import '../../../../modules/plan/cycles/cycle-i18n.ts';
import { getPlanTimeline } from '../../../../modules/plan/cycles/get-plan-timeline.ts';
import type { DeadlineOccurrence } from '../../../../modules/plan/cycles/timeline.ts';
import { timelineFlags } from '../../../../modules/plan/cycles/timeline.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { NeighbourhoodCheckList } from '../../../components/plan/neighbourhood-check-list.tsx';
import { PlanTimelineChart } from '../../../components/plan/plan-timeline-chart.tsx';
import { formatDay, formatEuros } from '../../../components/plan/timeline-format.ts';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import type { Route } from './+types/timeline.ts';
import { checksOfArea } from './cycles-page.server.ts';

// The plan's timeline: items by owner over time with the owners' planning-cycle deadlines, as an
// SVG that needs no JavaScript, followed by the same facts as tables (the text alternative), what
// needs attention, and the wijktoetsen of the plan's area for staff.

export async function loader({ context, params }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  try {
    const timeline = await getPlanTimeline(serviceContext(rc), params.id);
    const checks = await checksOfArea(rc, timeline.plan.area.code, timeline.plan.id);
    return {
      title: translate(rc.locale, 'plan.cycle.timeline.heading', { plan: timeline.plan.title }),
      timeline,
      checks,
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function PlanTimelinePage({ loaderData }: Route.ComponentProps) {
  const { t, locale } = useShell();
  const { timeline, checks } = loaderData;
  const { plan } = timeline;
  const deadlineText = (d: DeadlineOccurrence | null) =>
    d
      ? t('plan.cycle.timeline.deadlineAt', {
          date: formatDay(locale, d.date),
          title: d.title,
          cycle: d.cycleName,
        })
      : t('plan.cycle.timeline.noDeadline');
  const attention = timelineFlags.filter((f) => timeline.flagCounts[f] > 0);
  const itemCount = timeline.lanes.reduce((n, l) => n + l.entries.length, 0);
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/wijkplannen', label: t('plan.cycle.timeline.plans') },
          { href: `/wijkplannen/${plan.id}`, label: plan.title },
        ]}
        current={t('plan.cycle.timeline.title')}
      />
      <h1 className="utrecht-heading-1">{loaderData.title}</h1>
      <p className="utrecht-paragraph">{t('plan.cycle.timeline.intro')}</p>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={`/wijkplannen/${plan.id}`}>
          {t('plan.cycle.timeline.backToPlan')}
        </Link>{' '}
        ·{' '}
        <Link className="utrecht-link" to="/planningscycli">
          {t('plan.cycle.timeline.cyclesLink')}
        </Link>
      </p>

      {itemCount === 0 ? (
        <p className="utrecht-paragraph">{t('plan.cycle.timeline.noItems')}</p>
      ) : (
        <>
          <section aria-labelledby="timeline-attention">
            <h2 className="utrecht-heading-2" id="timeline-attention">
              {t('plan.cycle.timeline.summary')}
            </h2>
            {attention.length === 0 ? (
              <p className="utrecht-paragraph">{t('plan.cycle.timeline.allGood')}</p>
            ) : (
              <ul className="utrecht-unordered-list">
                {attention.map((f) => (
                  <li key={f} className="utrecht-unordered-list__item">
                    {t(`plan.cycle.timeline.count.${f}`, { count: timeline.flagCounts[f] })}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <PlanTimelineChart id="plan-timeline" timeline={timeline} t={t} locale={locale} />

          <section aria-labelledby="timeline-items">
            <h2 className="utrecht-heading-2" id="timeline-items">
              {t('plan.cycle.timeline.items')}
            </h2>
            {timeline.lanes.map((lane) => (
              <DataTable
                key={lane.owner?.id ?? 'none'}
                caption={t('plan.cycle.timeline.itemsCaption', {
                  owner: lane.owner?.name ?? t('plan.cycle.timeline.noOwnerLane'),
                })}
                rows={lane.entries}
                rowKey={(e) => e.item.id}
                columns={[
                  {
                    header: t('plan.cycle.timeline.col.item'),
                    cell: (e) => (
                      <Link className="utrecht-link" to={`/wijkplannen/${plan.id}/onderdelen/${e.item.id}`}>
                        {e.item.title}
                      </Link>
                    ),
                  },
                  {
                    header: t('plan.cycle.timeline.col.level'),
                    cell: (e) => t(`plan.cycle.timeline.level.${e.item.level}`),
                  },
                  {
                    header: t('plan.cycle.timeline.col.period'),
                    cell: (e) =>
                      e.item.startDate === null && e.item.endDate === null
                        ? t('plan.cycle.timeline.noDate')
                        : `${e.item.startDate ? formatDay(locale, e.item.startDate) : t('plan.cycle.timeline.noDate')} – ${
                            e.item.endDate
                              ? formatDay(locale, e.item.endDate)
                              : t('plan.cycle.timeline.openEnded')
                          }`,
                  },
                  {
                    header: t('plan.cycle.timeline.col.inPlanBy'),
                    cell: (e) => deadlineText(e.timeline.inPlanBy),
                  },
                  {
                    header: t('plan.cycle.timeline.col.inBudgetBy'),
                    cell: (e) => deadlineText(e.timeline.inBudgetBy),
                  },
                  {
                    header: t('plan.cycle.timeline.col.money'),
                    numeric: true,
                    cell: (e) => formatEuros(locale, e.committedCents),
                  },
                  {
                    header: t('plan.cycle.timeline.col.flags'),
                    cell: (e) =>
                      e.timeline.flags.length === 0 ? (
                        '–'
                      ) : (
                        <strong>
                          {e.timeline.flags.map((f) => t(`plan.cycle.timeline.flag.${f}`)).join(', ')}
                        </strong>
                      ),
                  },
                ]}
              />
            ))}
          </section>
        </>
      )}

      <section aria-labelledby="timeline-deadlines">
        <h2 className="utrecht-heading-2" id="timeline-deadlines">
          {t('plan.cycle.timeline.deadlines')}
        </h2>
        <DataTable
          labelledBy="timeline-deadlines"
          rows={timeline.deadlines}
          rowKey={(d) => `${d.deadlineId}-${d.date}`}
          empty={t('plan.cycle.timeline.deadlinesNone')}
          columns={[
            { header: t('plan.cycle.col.date'), cell: (d) => formatDay(locale, d.date) },
            {
              header: t('plan.cycle.col.organisation'),
              cell: (d) => d.organisation?.name ?? t('plan.cycle.municipalShort'),
            },
            { header: t('plan.cycle.col.cycle'), cell: (d) => d.cycleName },
            { header: t('plan.cycle.col.deadline'), cell: (d) => d.title },
            { header: t('plan.cycle.col.purpose'), cell: (d) => t(`plan.cycle.purpose.${d.purpose}`) },
          ]}
        />
      </section>

      {checks ? (
        <section aria-labelledby="timeline-checks">
          <h2 className="utrecht-heading-2" id="timeline-checks">
            {t('plan.cycle.timeline.checks')}
          </h2>
          <NeighbourhoodCheckList checks={checks} />
        </section>
      ) : null}
    </>
  );
}
