import { describe, expect, it } from 'vitest';
import { sampleAsset } from '../hsds/hsds-test-data.ts';
import { toFeatureCollection } from './asset-geojson.ts';

const base = 'https://wijkwerk.example';

describe('toFeatureCollection', () => {
  it('writes points as [longitude, latitude] with a bbox', () => {
    const a = sampleAsset({ id: 'a', point: { lat: 52.0907, lon: 5.1214 } });
    const b = sampleAsset({ id: 'b', point: { lat: 52.1, lon: 5.2 } });
    const fc = toFeatureCollection([a, b], new Map(), base);
    expect(fc.features.map((f) => f.geometry.coordinates)).toEqual([
      [5.1214, 52.0907],
      [5.2, 52.1],
    ]);
    expect(fc.bbox).toEqual([5.1214, 52.0907, 5.2, 52.1]);
    expect(fc.features[0]?.properties).toMatchObject({
      id: 'a',
      url: `${base}/sociale-kaart/a`,
      locatedAt: null,
    });
  });

  it('borrows the point of the place an item is located at, and leaves out items without any', () => {
    const place = sampleAsset({ id: 'p', kind: 'place', point: { lat: 52, lon: 5 } });
    const meets = sampleAsset({
      id: 'm',
      point: null,
      links: [{ relation: 'located_at', assetId: 'p' }],
    });
    const nowhere = sampleAsset({ id: 'n', point: null, locationType: 'none', links: [] });
    const fc = toFeatureCollection([meets, nowhere], new Map([['p', place]]), base);
    expect(fc.features.map((f) => [f.id, f.properties.locatedAt, f.geometry.coordinates])).toEqual([
      ['m', 'p', [5, 52]],
    ]);
  });

  it('is an empty collection without a bbox when nothing has a point', () => {
    expect(toFeatureCollection([], new Map(), base)).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
