import type { Bounds } from '../map-geometry.ts';

// Points on the server-drawn map: projected into the same picture as the area boundary
// (map-geometry's projection) and clustered on a grid, so a map with many items stays readable
// without JavaScript. Pure functions.

export interface LonLat {
  lon: number;
  lat: number;
}

export interface Frame {
  width: number;
  height: number;
  project(p: LonLat): { x: number; y: number };
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** The box around all these boxes and points, or null when there is nothing. */
export function unionBounds(boxes: Array<Bounds | null>, points: LonLat[]): Bounds | null {
  let w = Number.POSITIVE_INFINITY;
  let s = Number.POSITIVE_INFINITY;
  let e = Number.NEGATIVE_INFINITY;
  let n = Number.NEGATIVE_INFINITY;
  for (const b of boxes) {
    if (!b) continue;
    w = Math.min(w, b[0]);
    s = Math.min(s, b[1]);
    e = Math.max(e, b[2]);
    n = Math.max(n, b[3]);
  }
  for (const p of points) {
    if (!Number.isFinite(p.lon) || !Number.isFinite(p.lat)) continue;
    w = Math.min(w, p.lon);
    e = Math.max(e, p.lon);
    s = Math.min(s, p.lat);
    n = Math.max(n, p.lat);
  }
  if (!Number.isFinite(w)) return null;
  // A single point still needs a picture around it (about 500 m).
  if (e - w < 0.005) {
    w -= 0.005;
    e += 0.005;
  }
  if (n - s < 0.003) {
    s -= 0.003;
    n += 0.003;
  }
  return [w, s, e, n];
}

/** Equirectangular with cos(latitude), as projectToSvg draws the areas. */
export function frameFor(bounds: Bounds, width = 800, maxHeight = 640, padding = 24): Frame {
  const [west, south, east, north] = bounds;
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const spanX = Math.max((east - west) * k, 1e-9);
  const spanY = Math.max(north - south, 1e-9);
  const scale = Math.min((width - 2 * padding) / spanX, (maxHeight - 2 * padding) / spanY);
  const height = Math.round(spanY * scale + 2 * padding);
  const offsetX = (width - spanX * scale) / 2;
  return {
    width,
    height,
    project: (p) => ({
      x: round1(offsetX + (p.lon - west) * k * scale),
      y: round1(padding + (north - p.lat) * scale),
    }),
  };
}

export interface ClusterInput {
  /** The item's number in the list beside the map (1-based). */
  number: number;
  x: number;
  y: number;
}

export interface Cluster {
  x: number;
  y: number;
  /** The list numbers of the items in it, ascending. */
  numbers: number[];
}

/**
 * Grid clustering: points in the same cell of `cell` picture units become one marker at their
 * mean position. Deterministic: clusters come out in the order of their lowest number.
 */
export function clusterPoints(points: ClusterInput[], cell = 36): Cluster[] {
  const size = cell > 0 ? cell : 1;
  const cells = new Map<string, ClusterInput[]>();
  for (const p of points) {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    const key = `${Math.floor(p.x / size)}:${Math.floor(p.y / size)}`;
    const list = cells.get(key);
    if (list) list.push(p);
    else cells.set(key, [p]);
  }
  const clusters: Cluster[] = [];
  for (const members of cells.values()) {
    const x = members.reduce((sum, p) => sum + p.x, 0) / members.length;
    const y = members.reduce((sum, p) => sum + p.y, 0) / members.length;
    clusters.push({
      x: round1(x),
      y: round1(y),
      numbers: members.map((p) => p.number).sort((a, b) => a - b),
    });
  }
  return clusters.sort((a, b) => (a.numbers[0] ?? 0) - (b.numbers[0] ?? 0));
}

export interface MapPicture {
  width: number;
  height: number;
  /** SVG path data of the area boundary ('' without one). */
  boundary: string;
  clusters: Cluster[];
}

type Ring = Array<[number, number] | number[]>;

/** The picture of a map view: the area's outline and the clustered, numbered points. */
export function mapPicture(
  boundary: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] } | null,
  points: Array<LonLat & { number: number }>,
  cell = 36,
): MapPicture | null {
  const polygons = boundary
    ? boundary.type === 'Polygon'
      ? [boundary.coordinates]
      : boundary.coordinates
    : [];
  const outer: LonLat[] = [];
  for (const poly of polygons)
    for (const [lon = Number.NaN, lat = Number.NaN] of poly[0] ?? []) outer.push({ lon, lat });
  const bounds = unionBounds([], [...outer, ...points]);
  if (!bounds) return null;
  const frame = frameFor(bounds);
  let d = '';
  for (const poly of polygons) {
    for (const ring of poly) {
      const pts = ring.map(([lon = 0, lat = 0]) => frame.project({ lon, lat }));
      if (pts.length > 0) d += `M${pts.map((p) => `${p.x} ${p.y}`).join('L')}Z`;
    }
  }
  const clusters = clusterPoints(
    points.map((p) => ({ number: p.number, ...frame.project(p) })),
    cell,
  );
  return { width: frame.width, height: frame.height, boundary: d, clusters };
}
