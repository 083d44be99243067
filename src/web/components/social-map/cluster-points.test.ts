import { describe, expect, it } from 'vitest';
import { clusterPoints, frameFor, mapPicture, unionBounds } from './cluster-points.ts';

describe('grid clustering of map points', () => {
  it('points in one cell become one cluster at their mean, in list order', () => {
    const clusters = clusterPoints(
      [
        { number: 3, x: 10, y: 10 },
        { number: 1, x: 20, y: 30 },
        { number: 2, x: 200, y: 200 },
      ],
      36,
    );
    expect(clusters).toEqual([
      { x: 15, y: 20, numbers: [1, 3] },
      { x: 200, y: 200, numbers: [2] },
    ]);
  });

  it('every point ends up in exactly one cluster, whatever the cell size', () => {
    const points = Array.from({ length: 200 }, (_, i) => ({
      number: i + 1,
      x: (i * 37) % 800,
      y: (i * 91) % 600,
    }));
    for (const cell of [1, 10, 36, 100, 1000]) {
      const numbers = clusterPoints(points, cell).flatMap((c) => c.numbers);
      expect(numbers.sort((a, b) => a - b)).toEqual(points.map((p) => p.number));
    }
    expect(clusterPoints(points, 10_000)).toHaveLength(1);
  });

  it('skips points that are not numbers and survives a zero cell', () => {
    expect(clusterPoints([{ number: 1, x: Number.NaN, y: 0 }])).toEqual([]);
    expect(clusterPoints([{ number: 1, x: 5, y: 5 }], 0)).toHaveLength(1);
  });
});

describe('projection into the picture', () => {
  it('north is up, west is left, and everything lands inside the picture', () => {
    const b = unionBounds([[5.0, 52.0, 5.2, 52.1]], []);
    expect(b).not.toBeNull();
    const frame = frameFor(b as [number, number, number, number]);
    const nw = frame.project({ lon: 5.0, lat: 52.1 });
    const se = frame.project({ lon: 5.2, lat: 52.0 });
    expect(nw.x).toBeLessThan(se.x);
    expect(nw.y).toBeLessThan(se.y);
    for (const p of [nw, se]) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(frame.width);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(frame.height);
    }
  });

  it('a point outside the area widens the picture; a single point still gets a picture', () => {
    const widened = unionBounds([[5.0, 52.0, 5.1, 52.1]], [{ lon: 5.3, lat: 52.05 }]);
    expect(widened?.[2]).toBe(5.3);
    const single = unionBounds([], [{ lon: 5.1, lat: 52.1 }]);
    expect(single && single[2] - single[0]).toBeGreaterThan(0);
    expect(unionBounds([], [])).toBeNull();
  });

  it('mapPicture draws the boundary and the clusters', () => {
    const boundary = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [5.0, 52.0],
          [5.1, 52.0],
          [5.1, 52.1],
          [5.0, 52.0],
        ],
      ],
    };
    const pic = mapPicture(boundary, [
      { number: 1, lon: 5.05, lat: 52.05 },
      { number: 2, lon: 5.0501, lat: 52.0501 },
    ]);
    expect(pic?.boundary.startsWith('M')).toBe(true);
    expect(pic?.clusters).toHaveLength(1);
    expect(pic?.clusters[0]?.numbers).toEqual([1, 2]);
    expect(mapPicture(null, [])).toBeNull();
  });
});
