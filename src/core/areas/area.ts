// What services hand out about an area (never a database row).

export const areaKinds = ['gemeente', 'gebied', 'wijk', 'buurt'] as const;
export type AreaKind = (typeof areaKinds)[number];

export interface AreaSummary {
  id: string;
  code: string;
  name: string;
  kind: AreaKind;
  parentId: string | null;
  path: string;
  depth: number;
  centroid: { lon: number; lat: number } | null;
  bbox: [west: number, south: number, east: number, north: number] | null;
}

export interface Area extends AreaSummary {
  description: string;
  attributes: Record<string, unknown>;
  parent: AreaSummary | null;
  ancestors: AreaSummary[];
  childCount: number;
  updatedAt: string;
}

export type Boundary = GeoJSON.Polygon | GeoJSON.MultiPolygon;

/** CBS code prefix per kind; a gebied has no CBS code, so we use our own GB prefix. */
export const codePrefix: Record<AreaKind, string> = { gemeente: 'GM', gebied: 'GB', wijk: 'WK', buurt: 'BU' };

export function isAreaCode(code: string): boolean {
  return /^(GM\d{4}|GB\d{4}[0-9A-Z]{1,6}|WK\d{6}|BU\d{8})$/.test(code);
}
