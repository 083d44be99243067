import { Link } from 'react-router';
import { formatDateTime, translate } from '../../../../core/i18n/i18n.ts';
import { assetKinds } from '../../../../modules/social-map/asset.ts';
import '../../../../modules/social-map/overview/officer-i18n.ts';
import { getAreaOverview, noneKey } from '../../../../modules/social-map/overview/get-area-overview.ts';
import { termLabel } from '../../../../modules/social-map/taxonomy.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { BarChart } from '../../../components/social-map/bar-chart.tsx';
import { HeatmapTable } from '../../../components/social-map/heatmap-table.tsx';
import { signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/overview.ts';

// The overview of one area's social map for its officer: counts by kind, theme and target group,
// formal versus informal, freshness, the gaps per buurt, the queue, feeds and items going stale.
// Charts are SVG drawn on the server; every chart has a table with the same numbers.

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  try {
    const o = await getAreaOverview(rc.app.db, rc.actor, params.code);
    const t = (key: string, p?: Record<string, string | number>) => translate(rc.locale, key, p);
    const label = (list: typeof o.themes) => (code: string) =>
      code === noneKey
        ? t('sm.officer.overview.noneGiven')
        : termLabel(
            list.find((x) => x.code === code) ?? { vocabulary: 'theme', code, labelNl: code, labelEn: code },
            rc.locale,
          );
    const themeLabel = label(o.themes);
    const groupLabel = label(o.targetGroups);
    const axis = (keys: string[], f: (k: string) => string) => keys.map((key) => ({ key, label: f(key) }));
    const buurtName = new Map(o.buurten.map((b) => [b.code, b.name]));
    return {
      title: t('sm.officer.overview.areaTitle', { name: o.area.name }),
      area: o.area,
      total: o.total,
      byFormality: o.byFormality,
      kinds: assetKinds.map((k) => ({ key: k, label: t(`socialMap.kind.${k}`), ...o.byKind[k] })),
      kindAxis: axis([...assetKinds], (k) => t(`socialMap.kind.${k}`)),
      themeAxis: axis(Object.keys(o.themeByKind), themeLabel),
      groupAxis: axis(Object.keys(o.targetGroupByKind), groupLabel),
      themeCodes: axis(
        o.themes.map((x) => x.code),
        themeLabel,
      ),
      groupCodes: axis(
        o.targetGroups.map((x) => x.code),
        groupLabel,
      ),
      buurtAxis: o.buurten.map((b) => ({ key: b.code, label: b.name })),
      themeByKind: o.themeByKind,
      targetGroupByKind: o.targetGroupByKind,
      themeByTargetGroup: o.themeByTargetGroup,
      buurtByTheme: o.buurtByTheme,
      buurtByTargetGroup: o.buurtByTargetGroup,
      themeGaps: o.themeGaps.map((g) =>
        t('sm.officer.overview.gapSummary', {
          buurt: buurtName.get(g.buurtCode) ?? g.buurtCode,
          list: g.missing.map(themeLabel).join(', '),
        }),
      ),
      missingEverywhere: [
        ...o.themesMissingEverywhere.map(themeLabel),
        ...o.targetGroupsMissingEverywhere.map(groupLabel),
      ],
      freshness: t('sm.officer.overview.freshnessText', {
        verified: o.freshness.verifiedWithinPeriod,
        published: o.freshness.published,
        percent: Math.round(o.freshness.share * 100),
        months: o.freshness.periodMonths,
      }),
      freshnessPercent: Math.round(o.freshness.share * 100),
      queue: t('sm.officer.overview.queueText', {
        revisions: o.queue.revisions,
        reported: o.queue.reportedItems,
      }),
      feeds: o.feedsInError.map((f) => ({
        id: f.id,
        name: f.name,
        state: t(`sm.feeds.state.${f.state}`),
        area: f.area.name,
      })),
      staleText: t('sm.officer.overview.staleText', { count: o.staleTotal }),
      stale: o.stale.map((s) => ({
        id: s.assetId,
        title: s.title,
        kind: t(`socialMap.kind.${s.kind}`),
        state: t(`sm.officer.freshness.${s.freshness}`),
        lastVerified: formatDateTime(rc.locale, s.lastVerifiedAt),
        area: s.area.name,
      })),
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function AreaOverviewPage({ loaderData: d }: Route.ComponentProps) {
  const { t } = useShell();
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/sociale-kaart', label: t('socialMap.title') },
          { href: '/sociale-kaart/overzicht', label: t('sm.officer.overview.title') },
        ]}
        current={d.area.name}
      />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      <p className="utrecht-paragraph">
        {t('sm.officer.overview.total')}: <strong>{d.total}</strong> · {t('sm.officer.overview.formal')}:{' '}
        <strong>{d.byFormality.formal}</strong> · {t('sm.officer.overview.informal')}:{' '}
        <strong>{d.byFormality.informal}</strong>
      </p>

      <section aria-labelledby="kinds">
        <h2 className="utrecht-heading-2" id="kinds">
          {t('sm.officer.overview.kinds')}
        </h2>
        <BarChart
          id="chart-kinds"
          title={t('sm.officer.overview.kinds')}
          description={t('sm.officer.overview.kindsChart')}
          bars={d.kinds.map((k) => ({
            label: k.label,
            segments: [
              { label: t('sm.officer.overview.formal'), value: k.formal },
              { label: t('sm.officer.overview.informal'), value: k.informal },
            ],
          }))}
        />
        <DataTable
          caption={t('sm.officer.overview.formality')}
          rows={d.kinds}
          rowKey={(k) => k.key}
          columns={[
            { header: t('sm.officer.overview.kind'), cell: (k) => k.label },
            { header: t('sm.officer.overview.formal'), cell: (k) => k.formal, numeric: true },
            { header: t('sm.officer.overview.informal'), cell: (k) => k.informal, numeric: true },
            {
              header: t('sm.officer.overview.totalColumn'),
              cell: (k) => k.formal + k.informal,
              numeric: true,
            },
          ]}
        />
      </section>

      <section aria-labelledby="freshness">
        <h2 className="utrecht-heading-2" id="freshness">
          {t('sm.officer.overview.freshness')}
        </h2>
        <p className="utrecht-paragraph">{d.freshness}</p>
        <p className="utrecht-paragraph">
          <progress max={100} value={d.freshnessPercent} aria-labelledby="freshness">
            {d.freshnessPercent}%
          </progress>{' '}
          {d.freshnessPercent}%
        </p>
      </section>

      <section aria-labelledby="themes">
        <h2 className="utrecht-heading-2" id="themes">
          {t('sm.officer.overview.themeByKind')}
        </h2>
        <HeatmapTable
          caption={t('sm.officer.overview.themeByKind')}
          corner={t('sm.officer.overview.theme')}
          rows={d.themeAxis}
          cols={d.kindAxis}
          values={d.themeByKind}
        />
        <HeatmapTable
          caption={t('sm.officer.overview.targetGroupByKind')}
          corner={t('sm.officer.overview.targetGroup')}
          rows={d.groupAxis}
          cols={d.kindAxis}
          values={d.targetGroupByKind}
        />
        <HeatmapTable
          caption={t('sm.officer.overview.themeByTargetGroup')}
          corner={t('sm.officer.overview.theme')}
          rows={d.themeAxis}
          cols={d.groupAxis}
          values={d.themeByTargetGroup}
        />
      </section>

      <section aria-labelledby="gaps">
        <h2 className="utrecht-heading-2" id="gaps">
          {t('sm.officer.overview.gaps')}
        </h2>
        {d.buurtAxis.length === 0 ? (
          <p className="utrecht-paragraph">{t('sm.officer.overview.noBuurten')}</p>
        ) : (
          <>
            <p className="utrecht-paragraph">{t('sm.officer.overview.gapsIntro')}</p>
            {d.missingEverywhere.length > 0 ? (
              <p className="utrecht-paragraph">
                <strong>
                  {t('sm.officer.overview.missingEverywhere', { list: d.missingEverywhere.join(', ') })}
                </strong>
              </p>
            ) : null}
            {d.themeGaps.length > 0 ? (
              <ul className="utrecht-unordered-list">
                {d.themeGaps.map((g) => (
                  <li key={g} className="utrecht-unordered-list__item">
                    {g}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="utrecht-paragraph">{t('sm.officer.overview.noGaps')}</p>
            )}
            <HeatmapTable
              caption={t('sm.officer.overview.buurtByTheme')}
              corner={t('sm.officer.overview.buurt')}
              rows={d.buurtAxis}
              cols={d.themeCodes}
              values={d.buurtByTheme}
              zeroLabel={t('sm.officer.overview.gapCell')}
            />
            <HeatmapTable
              caption={t('sm.officer.overview.buurtByTargetGroup')}
              corner={t('sm.officer.overview.buurt')}
              rows={d.buurtAxis}
              cols={d.groupCodes}
              values={d.buurtByTargetGroup}
              zeroLabel={t('sm.officer.overview.gapCell')}
            />
          </>
        )}
      </section>

      <section aria-labelledby="queue">
        <h2 className="utrecht-heading-2" id="queue">
          {t('sm.officer.overview.queue')}
        </h2>
        <p className="utrecht-paragraph">
          {d.queue}{' '}
          <Link className="utrecht-link" to={`/sociale-kaart/redactie?gebied=${d.area.code}`}>
            {t('sm.officer.overview.queueLink')}
          </Link>
        </p>
      </section>

      <section aria-labelledby="feeds">
        <h2 className="utrecht-heading-2" id="feeds">
          {t('sm.officer.overview.feeds')}
        </h2>
        {d.feeds.length === 0 ? (
          <p className="utrecht-paragraph">{t('sm.officer.overview.feedsNone')}</p>
        ) : (
          <>
            <p className="utrecht-paragraph">
              {t('sm.officer.overview.feedsErrorText', { count: d.feeds.length })}
            </p>
            <ul className="utrecht-unordered-list">
              {d.feeds.map((f) => (
                <li key={f.id} className="utrecht-unordered-list__item">
                  <Link className="utrecht-link" to={`/sociale-kaart/agenda-koppelingen/${f.id}`}>
                    {f.name}
                  </Link>{' '}
                  ({f.area}): {f.state}
                </li>
              ))}
            </ul>
          </>
        )}
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to="/sociale-kaart/agenda-koppelingen">
            {t('sm.officer.overview.feedsLink')}
          </Link>
        </p>
      </section>

      <section aria-labelledby="stale">
        <h2 className="utrecht-heading-2" id="stale">
          {t('sm.officer.overview.stale')}
        </h2>
        {d.stale.length === 0 ? (
          <p className="utrecht-paragraph">{t('sm.officer.overview.staleNone')}</p>
        ) : (
          <>
            <p className="utrecht-paragraph">{d.staleText}</p>
            <DataTable
              labelledBy="stale"
              rows={d.stale}
              rowKey={(s) => s.id}
              columns={[
                {
                  header: t('sm.officer.overview.item'),
                  cell: (s) => (
                    <Link className="utrecht-link" to={`/sociale-kaart/${s.id}`}>
                      {s.title}
                    </Link>
                  ),
                },
                { header: t('sm.officer.overview.kind'), cell: (s) => s.kind },
                { header: t('sm.officer.overview.area'), cell: (s) => s.area },
                { header: t('sm.officer.overview.state'), cell: (s) => s.state },
                { header: t('sm.officer.overview.lastVerified'), cell: (s) => s.lastVerified },
              ]}
            />
          </>
        )}
      </section>
    </>
  );
}
