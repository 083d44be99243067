import { data, Link } from 'react-router';
import { getAreaBoundary } from '../../../../core/areas/get-area.ts';
import { getRequestContext } from '../../../../core/http/request-context.ts';
import { type Locale, translate } from '../../../../core/i18n/i18n.ts';
import { can } from '../../../../core/permissions/can.ts';
import type { Asset, ContactChannel } from '../../../../modules/social-map/asset.ts';
import { isUuid } from '../../../../modules/social-map/assets.repository.ts';
import { dutchDate } from '../../../../modules/social-map/freshness.ts';
import { getAsset } from '../../../../modules/social-map/get-asset.ts';
import { listNearbyAssets } from '../../../../modules/social-map/nearby/list-nearby-assets.ts';
import { expandSchedule } from '../../../../modules/social-map/schedule/expand-schedule.ts';
import { listTaxonomy } from '../../../../modules/social-map/taxonomy.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { ClusterMap } from '../../../components/social-map/cluster-map.tsx';
import { mapPicture } from '../../../components/social-map/cluster-points.ts';
import '../../../components/social-map/public-i18n.ts';
import type { HitView } from '../../../components/social-map/public-view-data.ts';
import {
  clockTime,
  dateLabel,
  dayLabel,
  scheduleText,
} from '../../../components/social-map/schedule-text.ts';
import socialMapCss from '../../../components/social-map/social-map-public.css?url';
import { viewPaths } from '../../../components/social-map/view-tabs.tsx';
import type { Route } from './+types/item.ts';
import { labelsFor } from './public.server.ts';

// One item of the social map for residents: what, where, when, for whom, how to get in touch,
// what belongs with it and what else is nearby; "Meld een fout" for everyone, "Bewerken" for
// those who may.

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: socialMapCss }];

const upcomingCount = 5;
const upcomingWeeks = 8;

function contactHref(c: ContactChannel): string | null {
  if (c.type === 'email') return `mailto:${c.value}`;
  if (c.type === 'phone') return `tel:${c.value.replace(/[^+\d]/g, '')}`;
  if (c.type === 'whatsapp') return `https://wa.me/${c.value.replace(/[^\d]/g, '')}`;
  return /^https?:\/\//i.test(c.value) ? c.value : null;
}

function languageName(locale: Locale, code: string): string {
  try {
    return (
      new Intl.DisplayNames([locale === 'nl' ? 'nl-NL' : 'en-GB'], { type: 'language' }).of(code) ?? code
    );
  } catch {
    return code;
  }
}

function upcoming(locale: Locale, asset: Asset, now: Date) {
  const to = new Date(now.getTime() + upcomingWeeks * 7 * 86_400_000);
  return asset.schedules
    .flatMap((s) => expandSchedule(s, now, to, upcomingCount))
    .sort((a, b) => a.start.getTime() - b.start.getTime())
    .slice(0, upcomingCount)
    .map((o) => ({
      key: `${o.recurrenceId}-${o.start.toISOString()}`,
      datetime: o.start.toISOString(),
      text: o.allDay
        ? `${dayLabel(locale, o.localStart.slice(0, 10))}, ${translate(locale, 'sm.public.agenda.allDay')}`
        : `${dayLabel(locale, o.localStart.slice(0, 10))}, ${translate(locale, 'sm.public.agenda.time', {
            start: clockTime(o.start),
            end: clockTime(o.end),
          })}`,
      note: o.note ?? null,
    }));
}

export async function loader({ context, params }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  if (!isUuid(params.id)) throw data(null, { status: 404 });
  const { db } = rc.app;
  const now = new Date();
  try {
    const asset = await getAsset(db, rc.actor, params.id, now);
    const [terms, neighbours, area] = await Promise.all([
      listTaxonomy(db, rc.actor.municipalityId),
      listNearbyAssets(db, rc.actor, asset, 6, now),
      asset.point ? getAreaBoundary(db, rc.actor, asset.area.code) : Promise.resolve(null),
    ]);
    const l = labelsFor(rc.locale, terms);
    const t = (key: string, p: Record<string, string | number> = {}) => translate(rc.locale, key, p);
    const canEdit = can(rc.actor, 'update', {
      type: 'asset',
      municipalityId: rc.actor.municipalityId,
      areaPath: asset.area.path,
      kind: asset.kind,
      ownerPersonId: asset.ownerPersonId,
      ownerOrganisationId: asset.ownerOrganisationId,
      publiclyVisible: asset.publiclyVisible,
    });
    const neighbourLabel = (n: { kind: Asset['kind']; areaName: string }) =>
      `${l.kind(n.kind)} · ${n.areaName}`;
    return {
      item: {
        id: asset.id,
        title: asset.title,
        kind: l.kind(asset.kind),
        isActivity: asset.kind === 'activity',
        formality: l.formality(asset.formality),
        summary: asset.summary,
        description: asset.description,
        themes: asset.themes.map(l.theme),
        targetGroups: asset.targetGroups.map(l.targetGroup),
        address: asset.address,
        area: { code: asset.area.code, name: asset.area.name },
        onlineUrl: asset.onlineUrl && /^https?:\/\//i.test(asset.onlineUrl) ? asset.onlineUrl : null,
        schedules: asset.schedules.map((s) => scheduleText(t, rc.locale, s)),
        scheduleNote: asset.scheduleNote,
        upcoming: upcoming(rc.locale, asset, now),
        cost: asset.costFree ? t('socialMap.cost.free') : asset.costText,
        languages: asset.languages.map((c) => languageName(rc.locale, c)),
        accessibility: asset.accessibility.map((a) => t(`socialMap.accessibility.${a}`)),
        contact: asset.contact.map((c) => ({
          label: t(`socialMap.contactType.${c.type}`),
          value: c.value,
          href: contactHref(c),
        })),
        organisation: asset.ownerOrganisationName,
        possiblyOutdated: asset.freshness === 'possibly_outdated' || asset.freshness === 'hidden_stale',
        lastVerified: dateLabel(rc.locale, dutchDate(asset.lastVerifiedAt)),
        validUntil: asset.validUntil ? dateLabel(rc.locale, asset.validUntil) : null,
        photo:
          asset.photoUrl && /^https:\/\//i.test(asset.photoUrl)
            ? { url: asset.photoUrl, alt: asset.photoAlt ?? '' }
            : null,
      },
      related: neighbours.related.map((n) => ({
        id: n.id,
        title: n.title,
        relation: t(`socialMap.linkRelation.${n.relation}`),
        meta: neighbourLabel(n),
      })),
      nearby: neighbours.nearby.map((n) => ({ id: n.id, title: n.title, meta: neighbourLabel(n) })),
      picture: asset.point ? mapPicture(area?.boundary ?? null, [{ ...asset.point, number: 1 }], 1) : null,
      canEdit,
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.item.title ?? ''} | Wijkwerk` }];
}

export default function SocialMapItem({ loaderData }: Route.ComponentProps) {
  const { t } = useShell();
  const { item, related, nearby, picture, canEdit } = loaderData;
  const markerHit: HitView = {
    id: item.id,
    number: 1,
    title: item.title,
    summary: '',
    kindLabel: item.kind,
    formalityLabel: item.formality,
    areaName: item.area.name,
    distance: null,
    costFree: false,
    accessible: false,
    online: false,
    point: null,
  };
  const fact = (key: string, label: string, value: React.ReactNode) => (
    <div key={key} className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{label}</dt>
      <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{value}</dd>
    </div>
  );
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/', label: t('nav.home') },
          { href: viewPaths.list, label: t('sm.public.nav.socialMap') },
          { href: `${viewPaths.list}?gebied=${item.area.code}`, label: item.area.name },
        ]}
        current={item.title}
      />
      <div className="wijkwerk-heading-group">
        <h1 className="utrecht-heading-1">{item.title}</h1>
        <p className="utrecht-paragraph wijkwerk-area-kind">
          {item.kind} · {item.formality}
        </p>
      </div>
      {item.possiblyOutdated ? (
        <Alert type="warning">
          <p className="utrecht-paragraph">{t('sm.public.item.possiblyOutdated')}</p>
        </Alert>
      ) : null}
      {item.summary ? <p className="utrecht-paragraph utrecht-paragraph--lead">{item.summary}</p> : null}
      {item.description
        ? item.description.split(/\n{2,}/).map((para, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text never move
            <p key={i} className="utrecht-paragraph">
              {para}
            </p>
          ))
        : null}
      {item.photo ? (
        <img className="wijkwerk-sm-item__photo" src={item.photo.url} alt={item.photo.alt} />
      ) : null}

      <div className="wijkwerk-split">
        <section aria-labelledby="sm-item-details" className="wijkwerk-sm-item__facts">
          <h2 id="sm-item-details" className="utrecht-heading-2">
            {t('sm.public.item.details')}
          </h2>
          <dl className="utrecht-data-list utrecht-data-list--rows wijkwerk-data-list">
            {item.schedules.length > 0 || item.scheduleNote
              ? fact(
                  'when',
                  t('sm.public.item.when'),
                  <>
                    {item.schedules.length > 0 ? (
                      <ul>
                        {item.schedules.map((s) => (
                          <li key={s}>{s}</li>
                        ))}
                      </ul>
                    ) : null}
                    {item.scheduleNote ? <p className="utrecht-paragraph">{item.scheduleNote}</p> : null}
                  </>,
                )
              : null}
            {item.address || item.onlineUrl
              ? fact(
                  'where',
                  t('sm.public.item.where'),
                  <>
                    {item.address ? (
                      <span>
                        {item.address.street}
                        {item.address.postalCode || item.address.city
                          ? `, ${[item.address.postalCode, item.address.city].filter(Boolean).join(' ')}`
                          : null}
                      </span>
                    ) : null}
                    {item.onlineUrl ? (
                      <>
                        {item.address ? <br /> : null}
                        <a
                          className="utrecht-link utrecht-link--html-a"
                          href={item.onlineUrl}
                          rel="noopener noreferrer"
                        >
                          {t('sm.public.item.online')}
                        </a>
                      </>
                    ) : null}
                  </>,
                )
              : null}
            {fact(
              'area',
              t('sm.public.item.area'),
              <Link
                className="utrecht-link utrecht-link--html-a"
                to={`${viewPaths.list}?gebied=${item.area.code}`}
              >
                {item.area.name}
              </Link>,
            )}
            {item.themes.length > 0
              ? fact('themes', t('sm.public.item.themes'), item.themes.join(', '))
              : null}
            {item.targetGroups.length > 0
              ? fact('targetGroups', t('sm.public.item.targetGroups'), item.targetGroups.join(', '))
              : null}
            {fact('cost', t('sm.public.item.cost'), item.cost ?? t('sm.public.item.costUnknown'))}
            {item.languages.length > 0
              ? fact('languages', t('sm.public.item.languages'), item.languages.join(', '))
              : null}
            {item.accessibility.length > 0
              ? fact(
                  'accessibility',
                  t('sm.public.item.accessibility'),
                  <ul>
                    {item.accessibility.map((a) => (
                      <li key={a}>{a}</li>
                    ))}
                  </ul>,
                )
              : null}
            {item.organisation
              ? fact('organisation', t('sm.public.item.organisation'), item.organisation)
              : null}
            {item.contact.length > 0
              ? fact(
                  'contact',
                  t('sm.public.item.contact'),
                  <ul>
                    {item.contact.map((c) => (
                      <li key={`${c.label}-${c.value}`}>
                        {c.label}:{' '}
                        {c.href ? (
                          <a
                            className="utrecht-link utrecht-link--html-a"
                            href={c.href}
                            rel="noopener noreferrer"
                          >
                            {c.value}
                          </a>
                        ) : (
                          c.value
                        )}
                      </li>
                    ))}
                  </ul>,
                )
              : null}
          </dl>
          {item.validUntil ? (
            <p className="utrecht-paragraph">{t('sm.public.item.validUntil', { date: item.validUntil })}</p>
          ) : null}
          <p className="utrecht-paragraph utrecht-paragraph--small">
            {t('sm.public.item.lastVerified', { date: item.lastVerified })}
          </p>
          <ul className="utrecht-unordered-list wijkwerk-sm-item__actions">
            <li>
              <Link className="utrecht-link utrecht-link--html-a" to={`/sociale-kaart/${item.id}/melden`}>
                {t('sm.public.item.report')}
              </Link>
            </li>
            {item.schedules.length > 0 ? (
              <li>
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={`/api/v1/social-map/calendars/areas/${item.area.code}.ics`}
                >
                  {t('sm.public.item.areaIcal', { area: item.area.name })}
                </a>
              </li>
            ) : null}
            {canEdit ? (
              <li>
                <Link className="utrecht-link utrecht-link--html-a" to={`/sociale-kaart/${item.id}/bewerken`}>
                  {t('sm.public.item.edit')}
                </Link>
              </li>
            ) : null}
          </ul>
        </section>
        {picture ? (
          <section aria-labelledby="sm-item-map">
            <h2 id="sm-item-map" className="utrecht-heading-2">
              {t('sm.public.item.where')}
            </h2>
            <ClusterMap
              picture={picture}
              hits={[markerHit]}
              title={t('sm.public.item.mapTitle', { title: item.title, area: item.area.name })}
              caption={t('sm.public.item.mapCaption', { title: item.title, area: item.area.name })}
            />
          </section>
        ) : null}
      </div>

      {item.schedules.length > 0 ? (
        <section aria-labelledby="sm-item-next">
          <h2 id="sm-item-next" className="utrecht-heading-2">
            {t('sm.public.item.nextTimes')}
          </h2>
          {item.upcoming.length > 0 ? (
            <ul className="utrecht-unordered-list">
              {item.upcoming.map((o) => (
                <li key={o.key}>
                  <time dateTime={o.datetime}>{o.text}</time>
                  {o.note ? ` (${o.note})` : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="utrecht-paragraph">{t('sm.public.item.noNextTimes')}</p>
          )}
        </section>
      ) : null}

      {related.length > 0 ? (
        <section aria-labelledby="sm-item-related">
          <h2 id="sm-item-related" className="utrecht-heading-2">
            {t('sm.public.item.related')}
          </h2>
          <ul className="utrecht-unordered-list">
            {related.map((r) => (
              <li key={r.id}>
                {r.relation}:{' '}
                <Link className="utrecht-link utrecht-link--html-a" to={`/sociale-kaart/${r.id}`}>
                  {r.title}
                </Link>{' '}
                <span className="wijkwerk-card__meta">({r.meta})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {nearby.length > 0 ? (
        <section aria-labelledby="sm-item-nearby">
          <h2 id="sm-item-nearby" className="utrecht-heading-2">
            {t('sm.public.item.nearby')}
          </h2>
          <ul className="utrecht-unordered-list">
            {nearby.map((n) => (
              <li key={n.id}>
                <Link className="utrecht-link utrecht-link--html-a" to={`/sociale-kaart/${n.id}`}>
                  {n.title}
                </Link>{' '}
                <span className="wijkwerk-card__meta">({n.meta})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to={viewPaths.list}>
          {t('sm.public.item.backToList')}
        </Link>
      </p>
    </>
  );
}
