import { Form, Link } from 'react-router';
import { getAreaBoundary } from '../../../../core/areas/get-area.ts';
import { NotFoundError } from '../../../../core/errors.ts';
import { getRequestContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import '../../../../modules/initiatives/i18n.ts';
import { getPublicSignals } from '../../../../modules/initiatives/signals/get-public-signals.ts';
import '../../../../modules/initiatives/signals/signals-i18n.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { SelectField, SubmitButton } from '../../../components/form-field.tsx';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { mapPicture } from '../../../components/social-map/cluster-points.ts';
import type { Route } from './+types/public-map.ts';
import { SignalMap } from './signal-map.tsx';
import { monthLabel } from './signals-format.ts';

// The public map of signals (opt-in per municipality and per category): rounded places with the
// number of reports, category, status and month — never what a resident wrote. Without the
// municipality's opt-in the page says so and shows nothing. The table is the list without JS.

const periods = [1, 3, 6, 12] as const;

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  const url = new URL(request.url);
  const category = url.searchParams.get('categorie') ?? '';
  const monthsParam = Number(url.searchParams.get('maanden') ?? '3');
  const months = (periods as readonly number[]).includes(monthsParam) ? monthsParam : 3;
  const t = (key: string, p?: Record<string, string | number>) => translate(rc.locale, key, p);
  try {
    const p = await getPublicSignals(
      rc.app.db,
      rc.actor,
      { months, category: /^[a-z][a-z0-9-]{1,59}$/.test(category) ? category : undefined },
      rc.locale,
    );
    let boundary = null;
    if (p.enabled && p.signals.length > 0) {
      try {
        boundary = (await getAreaBoundary(rc.app.db, rc.actor, rc.municipality.code)).boundary;
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
      }
    }
    const picture =
      p.signals.length > 0
        ? mapPicture(
            boundary,
            p.signals.map((s, i) => ({ lon: s.lon, lat: s.lat, number: i + 1 })),
          )
        : null;
    const status = (s: string) => t(`initiatives.status.${s}`);
    const clusterCounts =
      picture?.clusters.map((c) => {
        const members = c.numbers.map((n) => p.signals[n - 1]).filter((s) => s !== undefined);
        const count = members.reduce((n, s) => n + s.count, 0);
        const byCategory = new Map<string, number>();
        for (const s of members) byCategory.set(s.category, (byCategory.get(s.category) ?? 0) + s.count);
        const label = [...byCategory.entries()]
          .map(([category, n]) => t('initiatives.signals.map.marker', { count: n, category }))
          .join(', ');
        return { count, label };
      }) ?? [];
    return {
      title: t('initiatives.signals.map.title'),
      enabled: p.enabled,
      months,
      category,
      truncated: p.truncated,
      categories: p.categories.map((c) => ({ value: c.code, label: c.name })),
      total: p.signals.reduce((n, s) => n + s.count, 0),
      picture,
      clusterCounts,
      points: p.signals.map((s) => ({
        lon: s.lon,
        lat: s.lat,
        count: s.count,
        label: `${t('initiatives.signals.map.marker', { count: s.count, category: s.category })} (${status(s.status)}, ${monthLabel(rc.locale, s.month)})`,
      })),
      rows: summarise(p.signals).map((r) => ({
        ...r,
        statusLabel: status(r.status),
        monthText: monthLabel(rc.locale, r.month, 'long'),
      })),
      geojson: `/api/v1/initiatives/public-signals?months=${months}${category ? `&category=${encodeURIComponent(category)}` : ''}`,
      mapStyleUrl: rc.app.config.mapStyleUrl ?? null,
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

/** The list beside the map: reports per buurt, category, status and month (points summed). */
function summarise(
  signals: Array<{
    areaCode: string;
    areaName: string;
    category: string;
    status: string;
    month: string;
    count: number;
  }>,
) {
  const rows = new Map<
    string,
    { key: string; areaName: string; category: string; status: string; month: string; count: number }
  >();
  for (const s of signals) {
    const key = `${s.areaCode}|${s.category}|${s.status}|${s.month}`;
    const row = rows.get(key) ?? {
      key,
      areaName: s.areaName,
      category: s.category,
      status: s.status,
      month: s.month,
      count: 0,
    };
    row.count += s.count;
    rows.set(key, row);
  }
  return [...rows.values()].sort(
    (a, b) =>
      a.areaName.localeCompare(b.areaName, 'nl') ||
      a.category.localeCompare(b.category, 'nl') ||
      b.month.localeCompare(a.month),
  );
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function PublicMapPage({ loaderData: d }: Route.ComponentProps) {
  const { t } = useShell();
  return (
    <>
      <Breadcrumb
        items={[{ href: initiativesPaths.start(), label: t('initiatives.title') }]}
        current={d.title}
      />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      {!d.enabled ? (
        <>
          <p className="utrecht-paragraph">{t('initiatives.signals.map.off')}</p>
          <p className="utrecht-paragraph">
            <Link className="utrecht-link utrecht-link--html-a" to={initiativesPaths.start()}>
              {t('initiatives.signals.map.report')}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="utrecht-paragraph">{t('initiatives.signals.map.intro', { months: d.months })}</p>
          <Form method="get" className="wijkwerk-form wijkwerk-filter">
            <SelectField
              name="categorie"
              label={t('initiatives.signals.map.category')}
              options={d.categories}
              emptyLabel={t('initiatives.signals.map.allCategories')}
              defaultValue={d.category}
            />
            <SelectField
              name="maanden"
              label={t('initiatives.signals.map.period')}
              options={periods.map((n) => ({
                value: String(n),
                label:
                  n === 1
                    ? t('initiatives.signals.map.month1')
                    : t('initiatives.signals.map.months', { months: n }),
              }))}
              defaultValue={String(d.months)}
            />
            <div className="utrecht-button-group wijkwerk-form__actions">
              <SubmitButton variant="secondary">{t('initiatives.signals.map.show')}</SubmitButton>
            </div>
          </Form>
          {d.truncated ? <p className="utrecht-paragraph">{t('initiatives.signals.map.truncated')}</p> : null}
          {d.picture ? (
            <SignalMap
              picture={d.picture}
              points={d.points}
              clusterCounts={d.clusterCounts}
              title={t('initiatives.signals.map.mapTitle', { count: d.total })}
              caption={t('initiatives.signals.map.caption')}
              mapStyleUrl={d.mapStyleUrl}
            />
          ) : null}
          <section aria-labelledby="signal-list">
            <h2 className="utrecht-heading-2" id="signal-list">
              {t('initiatives.signals.map.list')}
            </h2>
            <DataTable
              caption={t('initiatives.signals.map.listCaption')}
              rows={d.rows}
              rowKey={(r) => r.key}
              empty={t('initiatives.signals.map.empty')}
              columns={[
                { header: t('initiatives.signals.map.buurt'), cell: (r) => r.areaName },
                { header: t('initiatives.signals.map.category'), cell: (r) => r.category },
                { header: t('initiatives.signals.map.status'), cell: (r) => r.statusLabel },
                { header: t('initiatives.signals.map.month'), cell: (r) => r.monthText },
                { header: t('initiatives.signals.map.count'), cell: (r) => r.count, numeric: true },
              ]}
            />
          </section>
          <p className="utrecht-paragraph">
            <a className="utrecht-link utrecht-link--html-a" href={d.geojson} type="application/geo+json">
              {t('initiatives.signals.map.geojson')}
            </a>{' '}
            ·{' '}
            <Link className="utrecht-link utrecht-link--html-a" to={initiativesPaths.start()}>
              {t('initiatives.signals.map.report')}
            </Link>
          </p>
        </>
      )}
    </>
  );
}
