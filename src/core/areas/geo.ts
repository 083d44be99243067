import { bbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { feature, featureCollection } from '@turf/helpers';
import { union } from '@turf/union';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import proj4 from 'proj4';

// Pure geometry helpers for area boundaries (gemeente, wijk, buurt).
// Everything we store and serve is WGS84 lon/lat (GeoJSON order); CBS publishes in RD New.

export type Crs = 'EPSG:28992' | 'EPSG:4326';
export type Boundary = Polygon | MultiPolygon;
export interface BoundingBox {
  west: number;
  south: number;
  east: number;
  north: number;
}
export interface LonLat {
  lon: number;
  lat: number;
}

// Official RD New definition incl. the 7-parameter datum shift to WGS84 (accurate to well under a metre,
// which is plenty for neighbourhood boundaries; RDNAPTRANS would only matter at centimetre level).
const RD_NEW =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 ' +
  '+ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';

// A converter instance, so we never register anything in proj4's global definitions.
const rdNewToWgs84 = proj4(RD_NEW, 'WGS84');

// 7 decimals of a degree is about 1 cm: more is noise, and it keeps stored GeoJSON small.
const DECIMALS = 1e7;

// Plausible coordinate ranges, used for CRS guessing and sanity checks.
const RD_RANGE = { minX: 0, maxX: 300_000, minY: 289_000, maxY: 629_000 };

function round7(value: number): number {
  return Math.round(value * DECIMALS) / DECIMALS;
}

function mapPositions<G extends Boundary>(geometry: G, fn: (position: Position) => Position): G {
  // A fresh object on purpose: a `bbox` member of the input would be in the old CRS.
  const g: Boundary = geometry;
  if (g.type === 'Polygon') {
    return { type: 'Polygon', coordinates: g.coordinates.map((ring) => ring.map(fn)) } as G;
  }
  return {
    type: 'MultiPolygon',
    coordinates: g.coordinates.map((polygon) => polygon.map((ring) => ring.map(fn))),
  } as G;
}

function polygonsOf(geometry: Boundary): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function roundGeometry<G extends Boundary>(geometry: G): G {
  return mapPositions(geometry, ([x = Number.NaN, y = Number.NaN]) => [round7(x), round7(y)]);
}

/** Returns the geometry in WGS84 lon/lat, rounded to 7 decimals. Boundaries are 2D: any height is dropped. */
export function reprojectGeometry<G extends Boundary>(geometry: G, fromCrs: Crs): G {
  if (fromCrs === 'EPSG:4326') return roundGeometry(geometry);
  return mapPositions(geometry, ([x = Number.NaN, y = Number.NaN]) => {
    // proj4 throws a bare TypeError on NaN; say which coordinate was at fault instead.
    if (!Number.isFinite(x) || !Number.isFinite(y))
      throw new Error(`cannot reproject non-finite coordinate [${x}, ${y}]`);
    const [lon = Number.NaN, lat = Number.NaN] = rdNewToWgs84.forward([x, y]);
    return [round7(lon), round7(lat)];
  });
}

// Maps a GeoJSON (2008) `crs.properties.name` to one of ours, or throws for anything we do not handle.
function crsFromName(name: string): Crs {
  if (/(^|:)CRS84$/i.test(name)) return 'EPSG:4326';
  // EPSG:28992, urn:ogc:def:crs:EPSG::28992, urn:ogc:def:crs:EPSG:6.6:28992, http://www.opengis.net/def/crs/EPSG/0/28992
  const code = /EPSG(?::[\d.]*)?:(\d+)$/i.exec(name)?.[1] ?? /\/EPSG\/[\d.]+\/(\d+)$/i.exec(name)?.[1];
  // GeoJSON keeps lon/lat order even when a producer labels it EPSG:4326, so both mean the same to us.
  if (code === '4326') return 'EPSG:4326';
  if (code === '28992') return 'EPSG:28992';
  throw new Error(`unsupported CRS "${name}": expected RD New (EPSG:28992) or WGS84 (EPSG:4326 / CRS84)`);
}

function declaredCrs(crs: unknown): Crs | null {
  // A null crs member meant "unknown" in the 2008 spec, so treat it like an absent one.
  if (crs === undefined || crs === null) return null;
  const name = (crs as { properties?: { name?: unknown } }).properties?.name;
  if (typeof name !== 'string')
    throw new Error('unsupported crs member: expected a named CRS in crs.properties.name');
  return crsFromName(name);
}

// Yields every [x, y] pair found under a geometry's coordinates, whatever its type; tolerant of junk.
function* positionsIn(coordinates: unknown): Generator<[number, number]> {
  if (!Array.isArray(coordinates)) return;
  const [x, y] = coordinates;
  if (typeof x === 'number' && typeof y === 'number') {
    yield [x, y];
    return;
  }
  for (const child of coordinates) yield* positionsIn(child);
}

function looksLikeRdNew(x: number, y: number): boolean {
  return x >= RD_RANGE.minX && x <= RD_RANGE.maxX && y >= RD_RANGE.minY && y <= RD_RANGE.maxY;
}

function looksLikeWgs84(x: number, y: number): boolean {
  return x >= -180 && x <= 180 && y >= -90 && y <= 90;
}

/**
 * Which CRS a feature collection is in: the declared `crs` member when present, else a guess from
 * coordinate magnitudes. Positions that fit neither range are ignored here (per-feature validation
 * rejects those features); a collection mixing both ranges, or with no plausible position, throws.
 */
export function detectCrs(collection: { crs?: unknown; features?: readonly unknown[] }): Crs {
  const declared = declaredCrs(collection.crs);
  let rd = 0;
  let wgs = 0;
  let other = 0;
  for (const item of collection.features ?? []) {
    const geometry = (item as { geometry?: { coordinates?: unknown } } | null)?.geometry;
    for (const [x, y] of positionsIn(geometry?.coordinates)) {
      if (looksLikeRdNew(x, y)) rd++;
      else if (looksLikeWgs84(x, y)) wgs++;
      else other++;
    }
  }
  const guessed: Crs | null = rd > 0 && wgs === 0 ? 'EPSG:28992' : wgs > 0 && rd === 0 ? 'EPSG:4326' : null;
  if (declared) {
    // Catches a wrong label (e.g. RD metres declared as WGS84) before it turns into garbage boundaries.
    if (guessed && guessed !== declared) {
      throw new Error(`crs member says ${declared} but the coordinates look like ${guessed}`);
    }
    return declared;
  }
  if (guessed) return guessed;
  if (rd > 0 && wgs > 0) throw new Error('cannot detect CRS: coordinates mix RD New and WGS84 ranges');
  if (other > 0) throw new Error('cannot detect CRS: coordinates fit neither RD New nor WGS84 ranges');
  // No coordinates at all: RFC 7946 says GeoJSON is WGS84 unless stated otherwise.
  return 'EPSG:4326';
}

export function boundingBox(geometry: Boundary): BoundingBox {
  const [west, south, east, north] = bbox(geometry);
  return { west, south, east, north };
}

export function containsPoint(geometry: Boundary, lon: number, lat: number): boolean {
  // Turf handles holes and multipolygons; a point on the boundary counts as inside.
  return booleanPointInPolygon([lon, lat], geometry);
}

// Shoelace sums of one ring relative to an origin (avoids cancellation with large coordinates):
// signed area, and the area-weighted centroid moments.
function ringSums(ring: Position[], ox: number, oy: number): { area: number; mx: number; my: number } {
  let area = 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    const cross = (x1 - ox) * (y2 - oy) - (x2 - ox) * (y1 - oy);
    area += cross / 2;
    mx += ((x1 - ox + (x2 - ox)) * cross) / 6;
    my += ((y1 - oy + (y2 - oy)) * cross) / 6;
  }
  return { area, mx, my };
}

function originOf(geometry: Boundary): [number, number] {
  const [x = 0, y = 0] = polygonsOf(geometry)[0]?.[0]?.[0] ?? [];
  return [x, y];
}

// Area-weighted centroid ("centre of mass"), planar in lon/lat: fine at neighbourhood scale.
function centreOfMass(geometry: Boundary): LonLat | null {
  const [ox, oy] = originOf(geometry);
  let area = 0;
  let mx = 0;
  let my = 0;
  for (const polygon of polygonsOf(geometry)) {
    polygon.forEach((ring, index) => {
      const sums = ringSums(ring, ox, oy);
      // Outer rings add, holes subtract, whatever their winding order.
      const sign = (index === 0 ? 1 : -1) * Math.sign(sums.area);
      area += sign * sums.area;
      mx += sign * sums.mx;
      my += sign * sums.my;
    });
  }
  if (!(Math.abs(area) > 0)) return null;
  return { lon: ox + mx / area, lat: oy + my / area };
}

function polygonArea(polygon: Position[][]): number {
  const [ox, oy] = originOf({ type: 'Polygon', coordinates: polygon });
  return polygon.reduce((total, ring, index) => {
    const { area } = ringSums(ring, ox, oy);
    return total + (index === 0 ? 1 : -1) * Math.abs(area);
  }, 0);
}

// Interior point by scanline (as JTS InteriorPointArea): cut the largest polygon horizontally between
// two vertex heights, so no vertex lies on the line, and take the middle of the widest inside stretch.
function pointOnSurface(geometry: Boundary): LonLat | null {
  let largest: Position[][] | undefined;
  let largestArea = -1;
  for (const polygon of polygonsOf(geometry)) {
    const area = polygonArea(polygon);
    if (area > largestArea) {
      largest = polygon;
      largestArea = area;
    }
  }
  const outer = largest?.[0];
  if (!largest || !outer) return null;
  // Loops rather than Math.min(...ys): real boundaries can have more vertices than the argument limit.
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const [, y = Number.NaN] of outer) {
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const centreY = (minY + maxY) / 2;
  let below = Number.NEGATIVE_INFINITY;
  let above = Number.POSITIVE_INFINITY;
  for (const ring of largest) {
    for (const [, y = Number.NaN] of ring) {
      if (y <= centreY) below = Math.max(below, y);
      else above = Math.min(above, y);
    }
  }
  if (!Number.isFinite(below) || !Number.isFinite(above)) return null;
  const scanY = (below + above) / 2;

  const crossings: number[] = [];
  for (const ring of largest) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x1 = 0, y1 = 0] = ring[i] ?? [];
      const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
      if (y1 > scanY !== y2 > scanY) crossings.push(x1 + ((scanY - y1) * (x2 - x1)) / (y2 - y1));
    }
  }
  crossings.sort((a, b) => a - b);
  let best: LonLat | null = null;
  let bestWidth = -1;
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    const left = crossings[i] ?? 0;
    const right = crossings[i + 1] ?? 0;
    if (right - left > bestWidth) {
      bestWidth = right - left;
      best = { lon: (left + right) / 2, lat: scanY };
    }
  }
  return best;
}

/**
 * A representative point for labels and markers: the centre of mass when it lies inside the area,
 * otherwise a point guaranteed to be inside (U-shapes, rings, multipolygons with islands).
 */
export function centroidOf(geometry: Boundary): LonLat {
  const centre = centreOfMass(geometry);
  const inside =
    centre && containsPoint(geometry, centre.lon, centre.lat) ? centre : (pointOnSurface(geometry) ?? centre);
  if (!inside) {
    // Degenerate (zero-area) geometry: any vertex is the best we can do.
    const [lon = Number.NaN, lat = Number.NaN] = polygonsOf(geometry)[0]?.[0]?.[0] ?? [];
    return { lon, lat };
  }
  // Round like stored coordinates, unless rounding would push the point out of a hair-thin area.
  const rounded = { lon: round7(inside.lon), lat: round7(inside.lat) };
  return containsPoint(geometry, rounded.lon, rounded.lat) ? rounded : inside;
}

/** Union of boundaries, e.g. a wijk boundary from its buurten. Disjoint parts give a MultiPolygon. */
export function unionOf(geometries: readonly Boundary[]): Boundary {
  if (geometries.length === 0) throw new Error('unionOf needs at least one geometry');
  // turf's union wants two or more; the union of one shape is itself.
  if (geometries.length === 1) return roundGeometry(geometries[0] as Boundary);
  const merged = union(featureCollection(geometries.map((geometry) => feature(geometry))));
  if (!merged) throw new Error('union of the given geometries is empty');
  return roundGeometry(merged.geometry);
}

interface RangeCheck {
  name: string;
  fits: (x: number, y: number) => boolean;
}

function ringProblem(ring: unknown, range: RangeCheck): string | null {
  if (!Array.isArray(ring)) return 'ring is not an array of positions';
  if (ring.length < 4) return `ring has fewer than 4 positions (${ring.length})`;
  for (const position of ring) {
    if (!Array.isArray(position) || position.length < 2) return 'position is not an [x, y] pair';
    const [x, y] = position;
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
      return 'non-finite coordinates';
    }
    if (!range.fits(x, y)) return `coordinates [${x}, ${y}] outside the ${range.name} range`;
  }
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) return 'ring not closed (first and last position differ)';
  return null;
}

function polygonProblem(polygon: unknown, range: RangeCheck): string | null {
  if (!Array.isArray(polygon) || polygon.length === 0) return 'polygon has no rings';
  for (const ring of polygon) {
    const problem = ringProblem(ring, range);
    if (problem) return problem;
  }
  return null;
}

/**
 * null when the geometry is a usable boundary, else a short English reason. Coordinates are checked
 * against the range of `crs`: WGS84 by default, i.e. the check to run after reprojection.
 */
export function isValidBoundary(geometry: unknown, crs: Crs = 'EPSG:4326'): string | null {
  const range: RangeCheck =
    crs === 'EPSG:4326' ? { name: 'WGS84', fits: looksLikeWgs84 } : { name: 'RD New', fits: looksLikeRdNew };
  const { type, coordinates } = (geometry ?? {}) as { type?: unknown; coordinates?: unknown };
  if (type === 'Polygon') return polygonProblem(coordinates, range);
  if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0) return 'multipolygon has no polygons';
    for (const polygon of coordinates) {
      const problem = polygonProblem(polygon, range);
      if (problem) return problem;
    }
    return null;
  }
  return `geometry is not a polygon (got ${typeof type === 'string' ? type : 'no type'})`;
}
