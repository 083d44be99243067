import { data, Link } from 'react-router';
import type { AreaKind } from '../../core/areas/area.ts';
import { isAreaCode } from '../../core/areas/area.ts';
import { getAreaOverview } from '../../core/areas/get-area-overview.ts';
import { getRequestContext } from '../../core/http/request-context.ts';
import { formatNumber, type Locale, translate } from '../../core/i18n/i18n.ts';
import { organisationsServingArea } from '../../core/organisations/organisations-serving-area.ts';
import { countAreaAssets } from '../../modules/social-map/nearby/count-area-assets.ts';
import { AreaMap } from '../components/area-map.tsx';
import { Breadcrumb } from '../components/breadcrumb.tsx';
import { areaFeatures } from '../components/map-geometry.ts';
import { AreaPlansSection } from '../components/plan/area-plans-section.tsx';
import planCss from '../components/plan/plan-public.css?url';
import { throwAsRouteError } from '../components/route-errors.ts';
import { useShell } from '../components/shell.ts';
import '../components/social-map/public-i18n.ts';
import type { Route } from './+types/area.ts';
import { areaPlans } from './plan/public/plan-public.server.ts';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: planCss }];

// The public page of any area (gemeente, gebied, wijk, buurt): where it lies, what it consists
// of, a few key figures and who works there.

/** CBS key figures we show, in this order; others in `attributes` are left out. */
const figureKeys = [
  'aantal_inwoners',
  'aantal_huishoudens',
  'gemiddelde_huishoudensgrootte',
  'percentage_personen_0_tot_15_jaar',
  'percentage_personen_65_jaar_en_ouder',
] as const;

function figureValue(locale: Locale, key: string, value: unknown): string | null {
  if (value === null) return translate(locale, 'area.figure.suppressed');
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  if (key.startsWith('percentage_')) return `${formatNumber(locale, value)}%`;
  return formatNumber(locale, value);
}

export async function loader({ context, params }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  const { db } = rc.app;
  const code = params.code.toUpperCase();
  if (!isAreaCode(code)) throw data(null, { status: 404 });
  try {
    const { area, boundary, children, parentBoundary } = await getAreaOverview(db, rc.actor, code);
    const [organisations, socialMap, plans] = await Promise.all([
      organisationsServingArea(db, rc.actor, area),
      countAreaAssets(db, rc.actor, area.path),
      areaPlans(rc, area.code),
    ]);
    const figures = figureKeys
      .filter((k) => k in area.attributes)
      .map((k) => ({
        key: k,
        label: translate(rc.locale, `area.figure.${k}`),
        value: figureValue(rc.locale, k, area.attributes[k]),
      }))
      .filter(
        (f): f is { key: (typeof figureKeys)[number]; label: string; value: string } => f.value !== null,
      );
    const map = areaFeatures({
      context: area.parent
        ? [{ code: area.parent.code, name: area.parent.name, boundary: parentBoundary }]
        : [],
      focus: [{ code: area.code, name: area.name, boundary }],
      child: children.map((c) => ({ code: c.summary.code, name: c.summary.name, boundary: c.boundary })),
    });
    return {
      area: {
        code: area.code,
        name: area.name,
        kind: area.kind,
        description: area.description,
        parent: area.parent
          ? { code: area.parent.code, name: area.parent.name, kind: area.parent.kind }
          : null,
        ancestors: area.ancestors.map((a) => ({ code: a.code, name: a.name })),
      },
      children: children
        .map((c) => ({
          code: c.summary.code,
          name: c.summary.name,
          kind: c.summary.kind,
          childCount: c.childCount,
        }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
      figures,
      organisations,
      socialMap,
      plans,
      map: map.features.length > 0 ? map : null,
      mapStyleUrl: rc.app.config.mapStyleUrl ?? null,
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.area.name ?? ''} | Wijkwerk` }];
}

function childrenHeading(
  kind: AreaKind | undefined,
): 'area.children.wijk' | 'area.children.buurt' | 'area.children.gebied' {
  return kind === 'buurt'
    ? 'area.children.buurt'
    : kind === 'gebied'
      ? 'area.children.gebied'
      : 'area.children.wijk';
}

export default function AreaPage({ loaderData }: Route.ComponentProps) {
  const { t } = useShell();
  const { area, children, figures, organisations, map, socialMap } = loaderData;
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/', label: t('nav.home') },
          ...area.ancestors.map((a) => ({ href: `/wijken/${a.code}`, label: a.name })),
        ]}
        current={area.name}
      />
      <div className="wijkwerk-heading-group">
        <h1 className="utrecht-heading-1">{area.name}</h1>
        <p className="utrecht-paragraph wijkwerk-area-kind">
          {t(`area.kind.${area.kind}`)}
          {area.kind !== 'gebied' ? (
            <>
              {' · '}
              {t('area.code')} <span className="wijkwerk-code">{area.code}</span>
            </>
          ) : null}
        </p>
      </div>
      {area.parent ? (
        <p className="utrecht-paragraph">
          {t('area.partOf')}{' '}
          <Link className="utrecht-link utrecht-link--html-a" to={`/wijken/${area.parent.code}`}>
            {area.parent.name}
          </Link>
        </p>
      ) : null}
      {area.description ? (
        <p className="utrecht-paragraph utrecht-paragraph--lead">{area.description}</p>
      ) : null}

      <div className="wijkwerk-split">
        <section className="wijkwerk-split__list" aria-labelledby="children-heading">
          <h2 id="children-heading" className="utrecht-heading-2">
            {children.length > 0
              ? t(childrenHeading(children[0]?.kind), { name: area.name })
              : t('pages.area.parts')}
          </h2>
          {children.length > 0 ? (
            <ul className="wijkwerk-area-list">
              {children.map((c) => (
                <li key={c.code} className="wijkwerk-area-list__item">
                  <Link
                    className="utrecht-link utrecht-link--html-a wijkwerk-area-list__link"
                    to={`/wijken/${c.code}`}
                  >
                    {c.name}
                  </Link>
                  {c.kind !== 'gebied' ? (
                    <span className="wijkwerk-area-list__meta">
                      {' '}
                      <span className="wijkwerk-visually-hidden">{t('area.code')} </span>
                      <span className="wijkwerk-code">{c.code}</span>
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="utrecht-paragraph">{t('area.noChildren')}</p>
          )}
        </section>
        {map ? (
          <section className="wijkwerk-split__map" aria-labelledby="map-heading">
            <h2 id="map-heading" className="utrecht-heading-2">
              {t('pages.area.mapHeading')}
            </h2>
            <AreaMap
              features={map}
              title={t('area.map', { name: area.name })}
              caption={
                children.length > 0
                  ? t('pages.map.caption.children', { name: area.name })
                  : t('pages.map.caption.single', { name: area.name })
              }
              mapStyleUrl={loaderData.mapStyleUrl}
            />
          </section>
        ) : null}
      </div>

      {figures.length > 0 ? (
        <section aria-labelledby="figures-heading">
          <h2 id="figures-heading" className="utrecht-heading-2">
            {t('area.keyFigures')}
          </h2>
          <dl className="utrecht-data-list utrecht-data-list--rows wijkwerk-data-list wijkwerk-figures">
            {figures.map((f) => (
              <div key={f.key} className="utrecht-data-list__item">
                <dt className="utrecht-data-list__item-key">{f.label}</dt>
                <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
                  {f.value}
                </dd>
              </div>
            ))}
          </dl>
          <p className="utrecht-paragraph utrecht-paragraph--small">{t('area.keyFigures.source')}</p>
        </section>
      ) : null}

      <section aria-labelledby="social-map-heading">
        <h2 id="social-map-heading" className="utrecht-heading-2">
          {t('sm.public.area.heading', { area: area.name })}
        </h2>
        <p className="utrecht-paragraph">
          {socialMap.total > 0
            ? t('sm.public.area.counts', { count: socialMap.total, activities: socialMap.activities })
            : t('sm.public.area.none', { area: area.name })}
        </p>
        <ul className="utrecht-unordered-list">
          <li>
            <Link className="utrecht-link utrecht-link--html-a" to={`/sociale-kaart?gebied=${area.code}`}>
              {t('sm.public.area.list', { area: area.name })}
            </Link>
          </li>
          {socialMap.activities > 0 ? (
            <li>
              <Link
                className="utrecht-link utrecht-link--html-a"
                to={`/sociale-kaart/agenda?gebied=${area.code}`}
              >
                {t('sm.public.area.thisWeek', { area: area.name })}
              </Link>
            </li>
          ) : null}
        </ul>
      </section>

      <AreaPlansSection area={area} plans={loaderData.plans} />

      <section aria-labelledby="organisations-heading">
        <h2 id="organisations-heading" className="utrecht-heading-2">
          {t('area.organisations')}
        </h2>
        {organisations.length === 0 ? (
          <p className="utrecht-paragraph">{t('area.noOrganisations')}</p>
        ) : (
          <ul className="wijkwerk-cards">
            {organisations.map((o) => (
              <li key={o.id} className="wijkwerk-card">
                <h3 className="utrecht-heading-3">{o.name}</h3>
                <p className="utrecht-paragraph wijkwerk-card__meta">
                  {t(`org.kind.${o.kind}`)}
                  {o.via.relation !== 'self' ? (
                    <>
                      {' · '}
                      {t(o.via.relation === 'ancestor' ? 'pages.area.servesWider' : 'pages.area.servesPart', {
                        name: o.via.name,
                      })}
                    </>
                  ) : null}
                </p>
                {o.description ? <p className="utrecht-paragraph">{o.description}</p> : null}
                <ContactLinks email={o.email} phone={o.phone} website={o.website} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function ContactLinks({
  email,
  phone,
  website,
}: {
  email: string | null;
  phone: string | null;
  website: string | null;
}) {
  const { t } = useShell();
  if (!email && !phone && !website) return null;
  return (
    <ul className="wijkwerk-contact">
      {email ? (
        <li>
          <span className="wijkwerk-contact__label">{t('pages.contact.email')}: </span>
          <a className="utrecht-link utrecht-link--html-a" href={`mailto:${email}`}>
            {email}
          </a>
        </li>
      ) : null}
      {phone ? (
        <li>
          <span className="wijkwerk-contact__label">{t('pages.contact.phone')}: </span>
          <a
            className="utrecht-link utrecht-link--html-a utrecht-link--telephone"
            href={`tel:${phone.replace(/[^+\d]/g, '')}`}
          >
            {phone}
          </a>
        </li>
      ) : null}
      {website && /^https?:\/\//i.test(website) ? (
        <li>
          <span className="wijkwerk-contact__label">{t('pages.contact.website')}: </span>
          <a className="utrecht-link utrecht-link--html-a" href={website} rel="noopener noreferrer">
            {website.replace(/^https?:\/\//i, '')}
          </a>
        </li>
      ) : null}
    </ul>
  );
}
