import fc from 'fast-check';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import {
  boundingBox,
  centroidOf,
  containsPoint,
  detectCrs,
  isValidBoundary,
  reprojectGeometry,
  unionOf,
} from './geo.ts';

const RD_NEW =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 ' +
  '+ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';

function rectangle(west: number, south: number, east: number, north: number): Position[] {
  return [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
}

function polygon(...rings: Position[][]): Polygon {
  return { type: 'Polygon', coordinates: rings };
}

const squareWithHole = polygon(rectangle(0, 0, 10, 10), rectangle(4, 4, 6, 6));
const twoIslands: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [[rectangle(0, 0, 1, 1)], [rectangle(5, 5, 6, 6)]],
};
// A U opening to the north: its centre of mass (x = 5) falls in the empty middle.
const uShape = polygon([
  [0, 0],
  [10, 0],
  [10, 10],
  [7, 10],
  [7, 2],
  [3, 2],
  [3, 10],
  [0, 10],
  [0, 0],
]);

function firstPosition(geometry: Polygon): Position {
  return geometry.coordinates[0]?.[0] ?? [];
}

describe('reprojectGeometry', () => {
  it('maps the RD New origin (Amersfoort tower) to its WGS84 position', () => {
    const rd = polygon(rectangle(155000, 463000, 155100, 463100));
    const [lon = 0, lat = 0] = firstPosition(reprojectGeometry(rd, 'EPSG:28992'));
    expect(lon).toBeCloseTo(5.38721, 4);
    expect(lat).toBeCloseTo(52.15517, 4);
  });

  it('round-trips back to RD New within a few centimetres', () => {
    const rd = polygon(rectangle(120000, 480000, 121234.5, 481000));
    const back = reprojectGeometry(rd, 'EPSG:28992').coordinates[0]?.map((p) =>
      proj4(RD_NEW, 'WGS84').inverse(p),
    );
    back?.forEach(([x = 0, y = 0], i) => {
      const [ex = 0, ey = 0] = rd.coordinates[0]?.[i] ?? [];
      expect(Math.abs(x - ex)).toBeLessThan(0.05);
      expect(Math.abs(y - ey)).toBeLessThan(0.05);
    });
  });

  it('keeps WGS84 input, rounded to 7 decimals and without heights', () => {
    const wgs = polygon([
      [5.123456789, 52.1, 3],
      [5.2, 52.1, 3],
      [5.2, 52.2, 3],
      [5.123456789, 52.1, 3],
    ]);
    expect(firstPosition(reprojectGeometry(wgs, 'EPSG:4326'))).toEqual([5.1234568, 52.1]);
  });

  it('keeps the geometry type of multipolygons', () => {
    expect(reprojectGeometry(twoIslands, 'EPSG:4326')).toEqual(twoIslands);
  });
});

describe('detectCrs', () => {
  const rdFeature = { type: 'Feature', geometry: polygon(rectangle(150000, 460000, 150100, 460100)) };
  const wgsFeature = { type: 'Feature', geometry: polygon(rectangle(5.2, 52.1, 5.3, 52.2)) };

  it.each([
    ['urn:ogc:def:crs:EPSG::28992', 'EPSG:28992'],
    ['EPSG:28992', 'EPSG:28992'],
    ['urn:ogc:def:crs:OGC:1.3:CRS84', 'EPSG:4326'],
    ['urn:ogc:def:crs:EPSG::4326', 'EPSG:4326'],
  ])('reads the crs member %s', (name, expected) => {
    const features = expected === 'EPSG:28992' ? [rdFeature] : [wgsFeature];
    expect(detectCrs({ crs: { type: 'name', properties: { name } }, features })).toBe(expected);
  });

  it('guesses from coordinate magnitudes when there is no crs member', () => {
    expect(detectCrs({ features: [rdFeature] })).toBe('EPSG:28992');
    expect(detectCrs({ features: [wgsFeature] })).toBe('EPSG:4326');
    expect(detectCrs({ features: [] })).toBe('EPSG:4326');
  });

  it('throws for unsupported, contradictory or unrecognisable input', () => {
    const named = (name: string) => ({ crs: { type: 'name', properties: { name } }, features: [wgsFeature] });
    expect(() => detectCrs(named('urn:ogc:def:crs:EPSG::3857'))).toThrow(/unsupported CRS/);
    expect(() => detectCrs(named('EPSG:28992'))).toThrow(/look like EPSG:4326/);
    expect(() => detectCrs({ features: [rdFeature, wgsFeature] })).toThrow(/mix/);
    const far = { geometry: polygon(rectangle(900000, 900000, 900100, 900100)) };
    expect(() => detectCrs({ features: [far] })).toThrow(/neither/);
  });
});

describe('containsPoint', () => {
  it('respects holes', () => {
    expect(containsPoint(squareWithHole, 2, 2)).toBe(true);
    expect(containsPoint(squareWithHole, 5, 5)).toBe(false);
    expect(containsPoint(squareWithHole, 11, 5)).toBe(false);
  });

  it('checks every part of a multipolygon', () => {
    expect(containsPoint(twoIslands, 0.5, 0.5)).toBe(true);
    expect(containsPoint(twoIslands, 5.5, 5.5)).toBe(true);
    expect(containsPoint(twoIslands, 3, 3)).toBe(false);
  });

  it('contains every point inside an axis-aligned rectangle and none outside', () => {
    const box = fc
      .tuple(fc.double({ min: -170, max: 170, noNaN: true }), fc.double({ min: -80, max: 80, noNaN: true }))
      .chain(([west, south]) =>
        fc.record({
          west: fc.constant(west),
          south: fc.constant(south),
          width: fc.double({ min: 1e-3, max: 10, noNaN: true }),
          height: fc.double({ min: 1e-3, max: 10, noNaN: true }),
          // Relative position; (0, 1) is strictly inside, beyond that strictly outside.
          u: fc.double({ min: -2, max: 3, noNaN: true }),
          v: fc.double({ min: -2, max: 3, noNaN: true }),
        }),
      );
    fc.assert(
      fc.property(box, ({ west, south, width, height, u, v }) => {
        const east = west + width;
        const north = south + height;
        const lon = west + u * width;
        const lat = south + v * height;
        // Stay clear of the edges, where floating-point rounding decides either way.
        const margin = 1e-6;
        const inside =
          lon > west + margin && lon < east - margin && lat > south + margin && lat < north - margin;
        const outside =
          lon < west - margin || lon > east + margin || lat < south - margin || lat > north + margin;
        fc.pre(inside || outside);
        expect(containsPoint(polygon(rectangle(west, south, east, north)), lon, lat)).toBe(inside);
      }),
    );
  });
});

describe('boundingBox', () => {
  it('spans all parts', () => {
    expect(boundingBox(twoIslands)).toEqual({ west: 0, south: 0, east: 6, north: 6 });
    expect(boundingBox(uShape)).toEqual({ west: 0, south: 0, east: 10, north: 10 });
  });
});

describe('centroidOf', () => {
  it('uses the centre of mass when that lies inside', () => {
    expect(centroidOf(polygon(rectangle(0, 0, 4, 2)))).toEqual({ lon: 2, lat: 1 });
  });

  it('finds a point inside a concave (U-shaped) polygon', () => {
    const { lon, lat } = centroidOf(uShape);
    expect(containsPoint(uShape, lon, lat)).toBe(true);
  });

  it('avoids holes and picks a point in a multipolygon part', () => {
    const ring = polygon(rectangle(0, 0, 10, 10), rectangle(1, 1, 9, 9));
    const inRing = centroidOf(ring);
    expect(containsPoint(ring, inRing.lon, inRing.lat)).toBe(true);
    const island = centroidOf(twoIslands);
    expect(containsPoint(twoIslands, island.lon, island.lat)).toBe(true);
  });
});

describe('unionOf', () => {
  it('gives a single shape back as it is', () => {
    const square = polygon(rectangle(0, 0, 1, 1));
    expect(unionOf([square])).toEqual(square);
  });

  it('merges two adjacent squares into one polygon', () => {
    const merged = unionOf([polygon(rectangle(0, 0, 1, 1)), polygon(rectangle(1, 0, 2, 1))]);
    expect(merged.type).toBe('Polygon');
    expect(boundingBox(merged)).toEqual({ west: 0, south: 0, east: 2, north: 1 });
    expect(containsPoint(merged, 1, 0.5)).toBe(true);
    expect(isValidBoundary(merged)).toBeNull();
  });

  it('keeps disjoint parts as a multipolygon and refuses empty input', () => {
    expect(unionOf([polygon(rectangle(0, 0, 1, 1)), polygon(rectangle(5, 5, 6, 6))]).type).toBe(
      'MultiPolygon',
    );
    expect(() => unionOf([])).toThrow(/at least one/);
  });
});

describe('isValidBoundary', () => {
  it('accepts polygons and multipolygons', () => {
    expect(isValidBoundary(squareWithHole)).toBeNull();
    expect(isValidBoundary(twoIslands)).toBeNull();
  });

  it.each([
    [{ type: 'Point', coordinates: [5, 52] }, /not a polygon/],
    [polygon(rectangle(0, 0, 1, 1).slice(0, 4)), /not closed/],
    [
      polygon([
        [0, 0],
        [1, 1],
        [0, 0],
      ]),
      /fewer than 4/,
    ],
    [polygon(rectangle(0, 0, Number.NaN, 1)), /non-finite/],
    [polygon(rectangle(150000, 460000, 150100, 460100)), /outside the WGS84 range/],
    [{ type: 'MultiPolygon', coordinates: [] }, /no polygons/],
  ])('rejects %j', (geometry, reason) => {
    expect(isValidBoundary(geometry)).toMatch(reason);
  });

  it('checks the RD New range when asked', () => {
    expect(isValidBoundary(polygon(rectangle(150000, 460000, 150100, 460100)), 'EPSG:28992')).toBeNull();
    expect(isValidBoundary(polygon(rectangle(5, 52, 6, 53)), 'EPSG:28992')).toMatch(/RD New range/);
  });
});
