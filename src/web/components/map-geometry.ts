import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

// Pure geometry for area maps: the GeoJSON the page sends along (for MapLibre) and the SVG that
// the server draws from it (so the map shows without JavaScript). Runs on server and client alike.

/** focus: the area the page is about; child: its parts (links); context: the surroundings (faint). */
export type MapRole = 'focus' | 'child' | 'context';

export interface AreaFeatureProperties {
  code: string;
  name: string;
  role: MapRole;
}

export type AreaFeature = Feature<Polygon | MultiPolygon, AreaFeatureProperties>;
export type AreaFeatureCollection = FeatureCollection<Polygon | MultiPolygon, AreaFeatureProperties>;

export interface MapAreaInput {
  code: string;
  name: string;
  boundary: Polygon | MultiPolygon | null;
}

/** Builds the collection in drawing order: context first, then the focus, then the children on top. */
export function areaFeatures(groups: {
  context?: MapAreaInput[];
  focus?: MapAreaInput[];
  child?: MapAreaInput[];
}): AreaFeatureCollection {
  const features: AreaFeature[] = [];
  for (const role of ['context', 'focus', 'child'] as const) {
    for (const a of groups[role] ?? []) {
      if (!a.boundary) continue;
      features.push({
        type: 'Feature',
        geometry: a.boundary,
        properties: { code: a.code, name: a.name, role },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

export type Bounds = [west: number, south: number, east: number, north: number];

/** The box around the focus and children (the context may reach far beyond; it is clipped). */
export function featureBounds(fc: AreaFeatureCollection): Bounds | null {
  const main = fc.features.filter((f) => f.properties.role !== 'context');
  const use = main.length > 0 ? main : fc.features;
  let w = Number.POSITIVE_INFINITY;
  let s = Number.POSITIVE_INFINITY;
  let e = Number.NEGATIVE_INFINITY;
  let n = Number.NEGATIVE_INFINITY;
  for (const f of use) {
    for (const poly of polygonsOf(f.geometry)) {
      for (const [x = Number.NaN, y = Number.NaN] of poly[0] ?? []) {
        if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
        w = Math.min(w, x);
        e = Math.max(e, x);
        s = Math.min(s, y);
        n = Math.max(n, y);
      }
    }
  }
  return Number.isFinite(w) ? [w, s, e, n] : null;
}

export interface SvgShape {
  code: string;
  name: string;
  role: MapRole;
  /** SVG path data in viewBox units. */
  d: string;
  /** Where a label fits: the centroid of the largest ring. */
  label: { x: number; y: number };
}

export interface SvgMap {
  width: number;
  height: number;
  shapes: SvgShape[];
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Projects lon/lat onto a flat picture: equirectangular, with longitude shortened by cos(latitude)
 * so shapes at Dutch latitudes keep their proportions. Good enough for a neighbourhood.
 */
export function projectToSvg(
  fc: AreaFeatureCollection,
  width = 800,
  maxHeight = 640,
  padding = 12,
): SvgMap | null {
  const b = featureBounds(fc);
  if (!b) return null;
  const [west, south, east, north] = b;
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const spanX = Math.max((east - west) * k, 1e-9);
  const spanY = Math.max(north - south, 1e-9);
  const scale = Math.min((width - 2 * padding) / spanX, (maxHeight - 2 * padding) / spanY);
  const drawnW = spanX * scale;
  const drawnH = spanY * scale;
  const height = Math.round(drawnH + 2 * padding);
  const offsetX = (width - drawnW) / 2;
  const project = ([lon = 0, lat = 0]: Position): [number, number] => [
    round1(offsetX + (lon - west) * k * scale),
    round1(padding + (north - lat) * scale),
  ];
  const shapes = fc.features.map((f) => {
    let d = '';
    let best = { area: -1, x: width / 2, y: height / 2 };
    for (const poly of polygonsOf(f.geometry)) {
      poly.forEach((ring, i) => {
        const pts = ring.map(project);
        d += `M${pts.map(([x, y]) => `${x} ${y}`).join('L')}Z`;
        if (i === 0) {
          const c = ringCentroid(pts);
          if (c.area > best.area) best = c;
        }
      });
    }
    return { ...f.properties, d, label: { x: round1(best.x), y: round1(best.y) } };
  });
  return { width, height, shapes };
}

/** Area-weighted centroid of a ring (shoelace formula); its absolute area for picking the largest. */
function ringCentroid(pts: Array<[number, number]>): { area: number; x: number; y: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < pts.length - 1; i++) {
    const [x0, y0] = pts[i] as [number, number];
    const [x1, y1] = pts[i + 1] as [number, number];
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (Math.abs(a) < 1e-9) {
    const [x = 0, y = 0] = pts[0] ?? [];
    return { area: 0, x, y };
  }
  return { area: Math.abs(a / 2), x: cx / (3 * a), y: cy / (3 * a) };
}
