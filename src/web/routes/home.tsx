import { Link } from 'react-router';
import { boundariesOfKind, listAreas } from '../../core/areas/list-areas.ts';
import { getRequestContext } from '../../core/http/request-context.ts';
import { translate } from '../../core/i18n/i18n.ts';
import { AreaMap } from '../components/area-map.tsx';
import { areaFeatures } from '../components/map-geometry.ts';
import { useShell } from '../components/shell.ts';
import type { Route } from './+types/home.ts';

// The front door: the wijken of the municipality, on a map and as a list.

const maxAreas = 1000;

interface WijkItem {
  code: string;
  name: string;
  buurten: number;
}

interface WijkGroup {
  /** A gebied (stadsdeel, kern) the wijken belong to; null for wijken directly under the gemeente. */
  gebied: { code: string; name: string } | null;
  wijken: WijkItem[];
}

export async function loader({ context }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  const { db } = rc.app;
  const [wijken, gebieden, wijkShapes, gemeenteShapes] = await Promise.all([
    listAreas(db, rc.actor, { kind: 'wijk', limit: maxAreas }),
    listAreas(db, rc.actor, { kind: 'gebied', limit: maxAreas }),
    boundariesOfKind(db, rc.actor, 'wijk'),
    boundariesOfKind(db, rc.actor, 'gemeente'),
  ]);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl');
  const gebiedById = new Map(gebieden.items.map((g) => [g.id, g]));
  const groups = new Map<string, WijkGroup>();
  for (const w of [...wijken.items].sort(byName)) {
    const gebied = w.parentId ? gebiedById.get(w.parentId) : undefined;
    const key = gebied?.code ?? '';
    const group = groups.get(key) ?? {
      gebied: gebied ? { code: gebied.code, name: gebied.name } : null,
      wijken: [],
    };
    group.wijken.push({ code: w.code, name: w.name, buurten: w.childCount });
    groups.set(key, group);
  }
  const sortedGroups = [...groups.values()].sort((a, b) =>
    a.gebied && b.gebied ? byName(a.gebied, b.gebied) : a.gebied ? -1 : 1,
  );
  const map = areaFeatures({
    context: gemeenteShapes.map((g) => ({
      code: g.summary.code,
      name: g.summary.name,
      boundary: g.boundary,
    })),
    child: wijkShapes.map((w) => ({ code: w.summary.code, name: w.summary.name, boundary: w.boundary })),
  });
  const municipality = rc.municipality.name;
  return {
    title: translate(rc.locale, 'home.title', { municipality }),
    municipality,
    groups: sortedGroups,
    hasGebieden: gebieden.items.length > 0,
    map: map.features.some((f) => f.properties.role === 'child') ? map : null,
    mapStyleUrl: rc.app.config.mapStyleUrl ?? null,
  };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { t } = useShell();
  const { groups, map, municipality } = loaderData;
  const total = groups.reduce((n, g) => n + g.wijken.length, 0);
  return (
    <>
      <h1 className="utrecht-heading-1">{loaderData.title}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t('home.intro')}</p>
      {total === 0 ? (
        <p className="utrecht-paragraph wijkwerk-empty">{t('home.noAreas')}</p>
      ) : (
        <div className="wijkwerk-split">
          <section className="wijkwerk-split__list" aria-labelledby="wijken-heading">
            <h2 id="wijken-heading" className="utrecht-heading-2">
              {t('home.wijkenList')}
            </h2>
            {groups.map((g) =>
              g.gebied ? (
                <section key={g.gebied.code} aria-labelledby={`gebied-${g.gebied.code}`}>
                  <h3 id={`gebied-${g.gebied.code}`} className="utrecht-heading-3">
                    <Link className="utrecht-link utrecht-link--html-a" to={`/wijken/${g.gebied.code}`}>
                      {g.gebied.name}
                    </Link>
                  </h3>
                  <WijkList wijken={g.wijken} />
                </section>
              ) : (
                <WijkList key="" wijken={g.wijken} />
              ),
            )}
          </section>
          {map ? (
            <section className="wijkwerk-split__map" aria-labelledby="map-heading">
              <h2 id="map-heading" className="utrecht-heading-2">
                {t('home.wijkenMap')}
              </h2>
              <AreaMap
                features={map}
                title={t('area.map', { name: municipality })}
                caption={t('pages.map.caption.wijken')}
                mapStyleUrl={loaderData.mapStyleUrl}
              />
            </section>
          ) : null}
        </div>
      )}
    </>
  );
}

function WijkList({ wijken }: { wijken: WijkItem[] }) {
  const { t } = useShell();
  return (
    <ul className="wijkwerk-area-list">
      {wijken.map((w) => (
        <li key={w.code} className="wijkwerk-area-list__item">
          <Link
            className="utrecht-link utrecht-link--html-a wijkwerk-area-list__link"
            to={`/wijken/${w.code}`}
          >
            {w.name}
          </Link>
          <span className="wijkwerk-area-list__meta">
            {' '}
            <span className="wijkwerk-visually-hidden">{t('area.code')} </span>
            <span className="wijkwerk-code">{w.code}</span>
            {' · '}
            {w.buurten === 1 ? t('pages.buurtenCount.one') : t('home.buurtenCount', { count: w.buurten })}
          </span>
        </li>
      ))}
    </ul>
  );
}
