import { describe, expect, it } from 'vitest';
import { type DemoArea, voorbeeld } from './voorbeeld-data.ts';

// Small, self-contained geometry helpers (planar, which is fine at the scale of one municipality).

type Pt = readonly [number, number];

const LAT0 = 52.06;
const METRES_PER_DEGREE_LAT = 111_320;
const METRES_PER_DEGREE_LON = METRES_PER_DEGREE_LAT * Math.cos((LAT0 * Math.PI) / 180);
const EPSILON = 1e-9;

function ringOf(area: DemoArea): Pt[] {
  const ring = area.boundary.coordinates[0] ?? [];
  return ring.map((p) => [p[0] ?? Number.NaN, p[1] ?? Number.NaN] as const);
}

function edgesOf(ring: Pt[]): Array<[Pt, Pt]> {
  const edges: Array<[Pt, Pt]> = [];
  for (const [i, a] of ring.entries()) {
    const b = ring[i + 1];
    if (b) edges.push([a, b]);
  }
  return edges;
}

/** Shoelace formula on lon/lat: positive for a counter-clockwise ring. */
function signedArea(ring: Pt[]): number {
  return edgesOf(ring).reduce((sum, [a, b]) => sum + (a[0] * b[1] - b[0] * a[1]), 0) / 2;
}

/** Area in square metres in a local equirectangular projection. */
function areaM2(ring: Pt[]): number {
  const projected = ring.map(
    ([lon, lat]) => [lon * METRES_PER_DEGREE_LON, lat * METRES_PER_DEGREE_LAT] as const,
  );
  return Math.abs(signedArea(projected));
}

function onSegment(p: Pt, a: Pt, b: Pt): boolean {
  const cross = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (Math.abs(cross) > EPSILON * Math.max(length, 1)) return false;
  return (
    p[0] >= Math.min(a[0], b[0]) - EPSILON &&
    p[0] <= Math.max(a[0], b[0]) + EPSILON &&
    p[1] >= Math.min(a[1], b[1]) - EPSILON &&
    p[1] <= Math.max(a[1], b[1]) + EPSILON
  );
}

function onBoundary(p: Pt, ring: Pt[]): boolean {
  return edgesOf(ring).some(([a, b]) => onSegment(p, a, b));
}

/** Ray casting; the result for points exactly on the boundary is unspecified. */
function rayInside(p: Pt, ring: Pt[]): boolean {
  let inside = false;
  for (const [a, b] of edgesOf(ring)) {
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) {
      inside = !inside;
    }
  }
  return inside;
}

function strictlyInside(p: Pt, ring: Pt[]): boolean {
  return !onBoundary(p, ring) && rayInside(p, ring);
}

function insideOrOn(p: Pt, ring: Pt[]): boolean {
  return onBoundary(p, ring) || rayInside(p, ring);
}

/** Do two segments cross at a point interior to both? */
function segmentsCross(a: Pt, b: Pt, c: Pt, d: Pt): boolean {
  const orient = (p: Pt, q: Pt, r: Pt) =>
    Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

function isSimple(ring: Pt[]): boolean {
  const edges = edgesOf(ring);
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 2; j < edges.length; j++) {
      if (i === 0 && j === edges.length - 1) continue;
      const e = edges[i];
      const f = edges[j];
      if (e && f && segmentsCross(e[0], e[1], f[0], f[1])) return false;
    }
  }
  return true;
}

function bboxOf(ring: Pt[]): { west: number; south: number; east: number; north: number } {
  return {
    west: Math.min(...ring.map((p) => p[0])),
    south: Math.min(...ring.map((p) => p[1])),
    east: Math.max(...ring.map((p) => p[0])),
    north: Math.max(...ring.map((p) => p[1])),
  };
}

function decimals(n: number): number {
  const [, fraction = ''] = String(n).split('.');
  return fraction.length;
}

// The data.

const { areas, organisations, users } = voorbeeld;
const areaByCode = new Map(areas.map((a) => [a.code, a]));
const orgByKey = new Map(organisations.map((o) => [o.key, o]));
const gemeente = areas.filter((a) => a.kind === 'gemeente');
const wijken = areas.filter((a) => a.kind === 'wijk');
const buurten = areas.filter((a) => a.kind === 'buurt');
const childrenOf = (code: string) => areas.filter((a) => a.parentCode === code);
const parents = [...gemeente, ...wijken];

describe('Gemeente Voorbeeld (demo data)', () => {
  describe('municipality', () => {
    it('is the fictional GM9999', () => {
      expect(voorbeeld.code).toBe('GM9999');
      expect(voorbeeld.name).toBe('Gemeente Voorbeeld');
      expect(voorbeeld.slug).toBe('voorbeeld');
    });
  });

  describe('area tree', () => {
    it('has unique codes', () => {
      expect(areaByCode.size).toBe(areas.length);
    });

    it('has one gemeente at the root, four wijken and 3-4 buurten per wijk', () => {
      expect(gemeente).toHaveLength(1);
      expect(gemeente[0]?.code).toBe(voorbeeld.code);
      expect(gemeente[0]?.parentCode).toBeNull();
      expect(wijken.map((w) => w.code)).toEqual(['WK999901', 'WK999902', 'WK999903', 'WK999904']);
      for (const wijk of wijken) {
        const count = childrenOf(wijk.code).length;
        expect(count, wijk.code).toBeGreaterThanOrEqual(3);
        expect(count, wijk.code).toBeLessThanOrEqual(4);
      }
    });

    it('uses CBS code formats and parent prefixes', () => {
      for (const wijk of wijken) {
        expect(wijk.code).toMatch(/^WK9999\d{2}$/);
        expect(wijk.parentCode).toBe('GM9999');
      }
      for (const buurt of buurten) {
        expect(buurt.code).toMatch(/^BU9999\d{4}$/);
        expect(buurt.parentCode).toBe(`WK${buurt.code.slice(2, 8)}`);
        expect(areaByCode.get(buurt.parentCode ?? '')?.kind).toBe('wijk');
      }
    });

    it('lists parents before their children', () => {
      for (const [i, area] of areas.entries()) {
        if (area.parentCode === null) continue;
        const parentIndex = areas.findIndex((a) => a.code === area.parentCode);
        expect(parentIndex, area.code).toBeGreaterThanOrEqual(0);
        expect(parentIndex, area.code).toBeLessThan(i);
      }
    });

    it('has a name and a Dutch description for every area', () => {
      for (const area of areas) {
        expect(area.name.trim(), area.code).not.toBe('');
        expect(area.description.length, area.code).toBeGreaterThan(20);
      }
    });

    it('has CBS-style key figures per buurt, one suppressed, and none yet for wijken and gemeente', () => {
      const keys = [
        'aantal_inwoners',
        'percentage_personen_0_tot_15_jaar',
        'percentage_personen_65_jaar_en_ouder',
        'aantal_huishoudens',
        'gemiddelde_huishoudensgrootte',
      ];
      for (const buurt of buurten) {
        for (const key of keys) {
          expect(Object.keys(buurt.attributes), buurt.code).toContain(key);
          const value = buurt.attributes[key];
          expect(value === null || (typeof value === 'number' && value >= 0), `${buurt.code} ${key}`).toBe(
            true,
          );
        }
      }
      expect(buurten.some((b) => Object.values(b.attributes).includes(null))).toBe(true);
      for (const area of parents) expect(area.attributes, area.code).toEqual({});
    });
  });

  describe('boundaries', () => {
    it('are closed, simple, counter-clockwise rings with 6-decimal WGS84 coordinates in the demo extent', () => {
      for (const area of areas) {
        expect(area.boundary.type).toBe('Polygon');
        expect(area.boundary.coordinates, area.code).toHaveLength(1);
        const ring = ringOf(area);
        expect(ring.length, area.code).toBeGreaterThanOrEqual(4);
        expect(ring[0], area.code).toEqual(ring[ring.length - 1]);
        expect(signedArea(ring), area.code).toBeGreaterThan(0);
        expect(isSimple(ring), area.code).toBe(true);
        for (const [lon, lat] of ring) {
          expect(lon >= 5.6 && lon <= 5.7 && lat >= 52.03 && lat <= 52.09, `${area.code} ${lon},${lat}`).toBe(
            true,
          );
          expect(decimals(lon), area.code).toBeLessThanOrEqual(6);
          expect(decimals(lat), area.code).toBeLessThanOrEqual(6);
        }
        expect(new Set(ring.slice(0, -1).map((p) => p.join())).size, area.code).toBe(ring.length - 1);
      }
    });

    it('draws buurten with 5-9 vertices, so they look like a map rather than a grid', () => {
      for (const buurt of buurten) {
        const vertices = ringOf(buurt).length - 1;
        expect(vertices, buurt.code).toBeGreaterThanOrEqual(5);
        expect(vertices, buurt.code).toBeLessThanOrEqual(9);
      }
    });

    for (const parent of parents) {
      describe(`children of ${parent.code}`, () => {
        const parentRing = ringOf(parent);
        const children = childrenOf(parent.code);
        const childRings = children.map(ringOf);

        it('lie within the parent', () => {
          for (const [i, ring] of childRings.entries()) {
            for (const p of ring)
              expect(insideOrOn(p, parentRing), `${children[i]?.code} ${p.join()}`).toBe(true);
          }
        });

        it('add up to the area of the parent (within 0.5 %)', () => {
          const sum = childRings.reduce((s, ring) => s + areaM2(ring), 0);
          const parentArea = areaM2(parentRing);
          expect(Math.abs(sum - parentArea) / parentArea).toBeLessThan(0.005);
        });

        it('do not overlap and leave no gaps (grid sample)', () => {
          const box = bboxOf(parentRing);
          const steps = 97;
          let sampled = 0;
          for (let i = 0; i < steps; i++) {
            for (let j = 0; j < steps; j++) {
              const p: Pt = [
                box.west + ((i + 0.5) / steps) * (box.east - box.west),
                box.south + ((j + 0.5) / steps) * (box.north - box.south),
              ];
              const containing = childRings.filter((ring) => strictlyInside(p, ring)).length;
              expect(containing, `${p.join()} lies in ${containing} children`).toBeLessThanOrEqual(1);
              if (strictlyInside(p, parentRing) && !childRings.some((ring) => onBoundary(p, ring))) {
                expect(containing, `${p.join()} lies in no child`).toBe(1);
                sampled++;
              }
            }
          }
          expect(sampled).toBeGreaterThan(1000);
        });
      });
    }
  });

  describe('organisations', () => {
    it('has 8-10 organisations with unique keys and names', () => {
      expect(organisations.length).toBeGreaterThanOrEqual(8);
      expect(organisations.length).toBeLessThanOrEqual(10);
      expect(orgByKey.size).toBe(organisations.length);
      expect(new Set(organisations.map((o) => o.name)).size).toBe(organisations.length);
    });

    it('has every kind of organisation', () => {
      const kinds = new Set(organisations.map((o) => o.kind));
      expect([...kinds].sort()).toEqual(['department', 'informal_group', 'partner', 'resident_organisation']);
    });

    it('serves existing areas; departments serve the whole gemeente', () => {
      for (const org of organisations) {
        expect(org.areaCodes.length, org.key).toBeGreaterThan(0);
        for (const code of org.areaCodes) expect(areaByCode.has(code), `${org.key} ${code}`).toBe(true);
        if (org.kind === 'department') expect(org.areaCodes, org.key).toEqual(['GM9999']);
        if (org.email !== undefined)
          expect(org.email, org.key).toMatch(/@([a-z0-9-]+\.)*voorbeeld\.example$/);
        if (org.website !== undefined)
          expect(org.website, org.key).toMatch(/^https:\/\/([a-z0-9-]+\.)*voorbeeld\.example(\/|$)/);
      }
    });
  });

  describe('users', () => {
    it('have unique keys and e-mail addresses at voorbeeld.example', () => {
      expect(new Set(users.map((u) => u.key)).size).toBe(users.length);
      expect(new Set(users.map((u) => u.email.toLowerCase())).size).toBe(users.length);
      for (const user of users)
        expect(user.email, user.key).toMatch(/^[a-z0-9.-]+@([a-z0-9-]+\.)*voorbeeld\.example$/);
    });

    it('have distinct demo passwords of at least 12 characters', () => {
      for (const user of users) expect(user.password.length, user.key).toBeGreaterThanOrEqual(12);
      expect(new Set(users.map((u) => u.password)).size).toBe(users.length);
    });

    it('have a Dutch description', () => {
      for (const user of users) expect(user.description.length, user.key).toBeGreaterThan(10);
    });

    it('have roles that reference existing areas and organisations', () => {
      for (const user of users) {
        expect(user.roles.length, user.key).toBeGreaterThan(0);
        for (const grant of user.roles) {
          if (grant.areaCode !== undefined) expect(areaByCode.has(grant.areaCode), user.key).toBe(true);
          if (grant.organisationKey !== undefined)
            expect(orgByKey.has(grant.organisationKey), user.key).toBe(true);
          // Mirrors the role_assignments check constraints.
          if (grant.role === 'area_officer') expect(grant.areaCode, user.key).toBeDefined();
          if (grant.role === 'department_officer') {
            expect(orgByKey.get(grant.organisationKey ?? '')?.kind, user.key).toBe('department');
          }
          if (grant.role === 'partner') expect(grant.organisationKey, user.key).toBeDefined();
        }
      }
    });

    it('cover every role', () => {
      const present = new Set(users.flatMap((u) => u.roles.map((r) => r.role)));
      for (const role of [
        'administrator',
        'coordinator',
        'area_officer',
        'department_officer',
        'partner',
        'resident',
      ] as const) {
        expect(present.has(role), role).toBe(true);
      }
    });

    it('include the scoped area officers and partners the demo relies on', () => {
      const officers = users.filter((u) => u.roles.some((r) => r.role === 'area_officer'));
      expect(officers).toHaveLength(2);
      expect(officers.map((u) => u.roles.length).sort()).toEqual([1, 2]);
      for (const officer of officers) {
        for (const grant of officer.roles) expect(areaByCode.get(grant.areaCode ?? '')?.kind).toBe('wijk');
      }
      const housing = users.find((u) => u.roles.some((r) => r.organisationKey === 'woonstichting'));
      expect(housing?.roles).toEqual([
        { role: 'partner', organisationKey: 'woonstichting', areaCode: 'WK999902' },
      ]);
      expect(
        users.some((u) => u.roles.some((r) => r.role === 'partner' && r.organisationKey === 'politie')),
      ).toBe(true);
    });
  });
});
