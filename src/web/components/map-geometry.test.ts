import { describe, expect, it } from 'vitest';
import { areaFeatures, featureBounds, projectToSvg } from './map-geometry.ts';

const square = (west: number, south: number, size: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [west, south],
      [west + size, south],
      [west + size, south + size],
      [west, south + size],
      [west, south],
    ],
  ],
});

describe('area map geometry', () => {
  it('orders context, focus, children and skips areas without a boundary', () => {
    const fc = areaFeatures({
      child: [{ code: 'BU1', name: 'Buurt', boundary: square(5, 52, 0.01) }],
      focus: [{ code: 'WK1', name: 'Wijk', boundary: square(5, 52, 0.02) }],
      context: [{ code: 'GM1', name: 'Gemeente', boundary: null }],
    });
    expect(fc.features.map((f) => `${f.properties.role}:${f.properties.code}`)).toEqual([
      'focus:WK1',
      'child:BU1',
    ]);
  });

  it('frames the focus and children, not the wide context around them', () => {
    const fc = areaFeatures({
      context: [{ code: 'GM1', name: 'Gemeente', boundary: square(4, 51, 2) }],
      focus: [{ code: 'WK1', name: 'Wijk', boundary: square(5, 52, 0.02) }],
    });
    expect(featureBounds(fc)).toEqual([5, 52, 5.02, 52.02]);
  });

  it('shortens longitude by cos(latitude): a square in degrees at 52° N is drawn taller than wide', () => {
    const svg = projectToSvg(
      areaFeatures({ focus: [{ code: 'WK1', name: 'Wijk', boundary: square(5, 52, 0.02) }] }),
      800,
      2000,
      0,
    );
    expect(svg).not.toBeNull();
    // The drawn shape fills the height; its width is cos(52°) of it, centred in the 800 wide picture.
    const xs = [...(svg?.shapes[0]?.d.matchAll(/[ML]([\d.]+) /g) ?? [])].map((m) => Number(m[1]));
    const drawnWidth = Math.max(...xs) - Math.min(...xs);
    expect(drawnWidth / (svg?.height ?? 1)).toBeCloseTo(Math.cos((52.01 * Math.PI) / 180), 2);
    // The label sits in the middle of the square.
    expect(svg?.shapes[0]?.label.x).toBeCloseTo(400, 0);
  });

  it('draws nothing when no area has a boundary', () => {
    expect(projectToSvg(areaFeatures({ focus: [{ code: 'X', name: 'X', boundary: null }] }))).toBeNull();
  });
});
