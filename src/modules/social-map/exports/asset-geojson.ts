import type { Db } from '../../../core/db/database.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import type { Asset } from '../asset.ts';
import type { HsdsAssetFilter } from '../hsds/hsds.repository.ts';
import { socialMapLinks } from '../links.ts';
import { areaByCode, placeOf, publicAssets, requirePublicRead } from './public-assets.ts';

// The publicly visible items of an area (and its sub-areas) as a GeoJSON FeatureCollection
// (RFC 7946: WGS84, [longitude, latitude]). Which point an item gets: its own; else the point
// of the place it is located at (properties.locatedAt says which); an item with neither (no
// fixed place, online, area only) is left out: it is in the list and the CSV, not on a map.
// Key persons are people, not points on a map: never in this export.

export const geoJsonKinds: HsdsAssetFilter['kinds'] = ['place', 'offering', 'activity', 'group'];

export interface AssetFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    id: string;
    title: string;
    kind: Asset['kind'];
    formality: Asset['formality'];
    summary: string;
    url: string;
    areaCode: string;
    areaName: string;
    organisation: string | null;
    themes: string[];
    targetGroups: string[];
    costFree: boolean;
    wheelchairAccessible: boolean;
    /** The place whose point this item borrows, or null when the point is its own. */
    locatedAt: string | null;
  };
}

export interface AssetFeatureCollection {
  type: 'FeatureCollection';
  bbox?: [number, number, number, number];
  features: AssetFeature[];
}

/** Seven decimals is about a centimetre; more says nothing (RFC 7946 §11.2). */
const round = (n: number) => Math.round(n * 1e7) / 1e7;

export function toFeatureCollection(
  assets: Asset[],
  places: ReadonlyMap<string, Asset>,
  baseUrl: string,
): AssetFeatureCollection {
  const features: AssetFeature[] = [];
  for (const asset of assets) {
    const place = asset.point ? undefined : placeOf(asset, places);
    const point = asset.point ?? place?.point;
    if (!point) continue;
    features.push({
      type: 'Feature',
      id: asset.id,
      geometry: { type: 'Point', coordinates: [round(point.lon), round(point.lat)] },
      properties: {
        id: asset.id,
        title: asset.title,
        kind: asset.kind,
        formality: asset.formality,
        summary: asset.summary,
        url: socialMapLinks.asset(baseUrl, asset.id),
        areaCode: asset.area.code,
        areaName: asset.area.name,
        organisation: asset.ownerOrganisationName,
        themes: asset.themes,
        targetGroups: asset.targetGroups,
        costFree: asset.costFree,
        wheelchairAccessible: asset.accessibility.includes('wheelchair'),
        locatedAt: place && point === place.point ? place.id : null,
      },
    });
  }
  const out: AssetFeatureCollection = { type: 'FeatureCollection', features };
  if (features.length > 0) {
    const lons = features.map((f) => f.geometry.coordinates[0]);
    const lats = features.map((f) => f.geometry.coordinates[1]);
    out.bbox = [
      lons.reduce((a, b) => Math.min(a, b)),
      lats.reduce((a, b) => Math.min(a, b)),
      lons.reduce((a, b) => Math.max(a, b)),
      lats.reduce((a, b) => Math.max(a, b)),
    ];
  }
  return out;
}

export async function areaAssetsGeoJson(
  db: Db,
  actor: Actor,
  areaCode: string,
  opts: { baseUrl: string },
  now = new Date(),
): Promise<AssetFeatureCollection> {
  requirePublicRead(actor);
  const area = await areaByCode(db, actor.municipalityId, areaCode);
  const { assets, places } = await publicAssets(
    db,
    actor.municipalityId,
    { kinds: geoJsonKinds, areaPath: area.path },
    now,
  );
  return toFeatureCollection(assets, places, opts.baseUrl);
}
