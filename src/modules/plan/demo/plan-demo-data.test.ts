import { describe, expect, it } from 'vitest';
import { voorbeeld } from '../../../core/demo/voorbeeld-data.ts';
import {
  addedAtPastReview,
  asAdopted,
  type DemoItem,
  type DemoPlan,
  demoBudgetLines,
  demoCycles,
  demoDate,
  demoProjectIdeas,
  itemKeys,
  noordhoekPlan,
  noordhoekReviews,
  programmePlan,
  titleWithYears,
} from './plan-demo-data.ts';

// The demo's data is consistent on any day it may be loaded: keys are unique, every reference
// resolves, and every item lies within its parent and the plan's period.

const loadDays = ['2026-11-25', '2027-01-31', '2027-02-28', '2028-02-29', '2026-12-31', '2030-07-15'].map(
  (d) => new Date(`${d}T12:00:00Z`),
);

function walk(items: DemoItem[], fn: (item: DemoItem, parent: DemoItem | null, depth: number) => void) {
  const go = (list: DemoItem[], parent: DemoItem | null, depth: number) => {
    for (const i of list) {
      fn(i, parent, depth);
      go(i.children ?? [], i, depth + 1);
    }
  };
  go(items, null, 0);
}

describe('demoDate', () => {
  it('counts months from the first of the current month and clamps the day to the month', () => {
    const today = new Date('2026-11-25T12:00:00Z');
    expect(demoDate(today, [0, 1])).toBe('2026-11-01');
    expect(demoDate(today, [-3, 18])).toBe('2026-08-18');
    expect(demoDate(today, [3, 31])).toBe('2027-02-28');
    expect(demoDate(today, [-22, 1])).toBe('2025-01-01');
    expect(demoDate(today, [25, 31])).toBe('2028-12-31');
    expect(titleWithYears(noordhoekPlan, today)).toBe('Wijkplan Noordhoek 2025–2028');
  });
});

describe.each([noordhoekPlan, programmePlan])('the demo plan $key', (plan: DemoPlan) => {
  it('has unique item keys and levels goal → action line → intervention', () => {
    const keys = itemKeys(plan);
    expect(new Set(keys).size).toBe(keys.length);
    walk(plan.goals, (item, _parent, depth) => {
      expect(depth, item.key).toBeLessThanOrEqual(2);
      if (depth < 2) expect(item.children?.length ?? 0, item.key).toBeGreaterThan(0);
    });
  });

  it('keeps every item (as adopted and as now) inside its parent and the plan period, on any load day', () => {
    for (const today of loadDays) {
      const d = (x: DemoItem['start']) => demoDate(today, x);
      const start = d(plan.start);
      const end = d(plan.end);
      expect(d(plan.adoptedOn) >= start && d(plan.adoptedOn) <= end).toBe(true);
      walk(plan.goals, (item, parent) => {
        for (const version of [item, { ...item, ...asAdopted[item.key] }]) {
          const s = d(version.start);
          const e = d(version.end);
          expect(s <= e, `${item.key} ${s}–${e}`).toBe(true);
          expect(s >= start && e <= end, `${item.key} in the plan period`).toBe(true);
          if (parent) {
            expect(s >= d(parent.start) && e <= d(parent.end), `${item.key} inside ${parent.key}`).toBe(true);
          }
        }
        for (const m of item.milestones ?? []) {
          if (m.done)
            expect(d(m.done) <= today.toISOString().slice(0, 10), `${m.title} done in the past`).toBe(true);
        }
        for (const i of item.indicators ?? []) {
          for (const v of i.values ?? [])
            expect(d(v.on) <= today.toISOString().slice(0, 10), `${i.name} measured in the past`).toBe(true);
        }
      });
    }
  });

  it('names only organisations and areas of the core demo', () => {
    const orgKeys = new Set(voorbeeld.organisations.map((o) => o.key));
    const areaCodes = new Set(voorbeeld.areas.map((a) => a.code));
    expect(areaCodes.has(plan.areaCode)).toBe(true);
    for (const m of plan.members) if (m.organisation) expect(orgKeys.has(m.organisation)).toBe(true);
    walk(plan.goals, (item) => {
      if (item.owner) expect(orgKeys.has(item.owner), item.key).toBe(true);
      for (const a of item.areas ?? []) expect(areaCodes.has(a), `${item.key}: ${a}`).toBe(true);
      for (const i of item.indicators ?? []) {
        if (!i.cbs) continue;
        const area = voorbeeld.areas.find((a) => a.code === i.cbs?.areaCode);
        expect(area?.attributes[i.cbs.key], `${i.name}: CBS figure`).toEqual(expect.any(Number));
      }
    });
  });
});

describe('the story around the Noordhoek plan', () => {
  const keys = new Set(itemKeys(noordhoekPlan));
  const interventions = new Set<string>();
  walk(noordhoekPlan.goals, (item, _p, depth) => {
    if (depth === 2) interventions.add(item.key);
  });

  it('refers to items that exist', () => {
    for (const k of Object.keys(noordhoekReviews.past.marks ?? {})) expect(keys.has(k), k).toBe(true);
    for (const k of Object.keys(asAdopted)) expect(keys.has(k), k).toBe(true);
    for (const k of addedAtPastReview) expect(interventions.has(k), k).toBe(true);
    for (const b of demoBudgetLines) expect(interventions.has(b.item), b.item).toBe(true);
    for (const p of demoProjectIdeas) if (p.serves) expect(keys.has(p.serves), p.serves).toBe(true);
  });

  it('is co-owned by the woonstichting, welzijn, the police and the residents', () => {
    const coAuthors = noordhoekPlan.members.filter((m) => m.role === 'co_author').map((m) => m.organisation);
    expect(coAuthors).toEqual(
      expect.arrayContaining(['woonstichting', 'welzijn', 'politie', 'bewonersvereniging-noordhoek']),
    );
  });

  it('has budget lines where more than 40 % comes from other sources than the programme', () => {
    const total = demoBudgetLines.reduce((s, b) => s + b.committed, 0);
    const other = demoBudgetLines
      .filter((b) => b.source !== 'programme_budget')
      .reduce((s, b) => s + b.committed, 0);
    expect(other / total).toBeGreaterThan(0.4);
  });

  it('has cycles for the municipality, the corporation and the police', () => {
    const owners = demoCycles.map((c) => c.organisation);
    expect(owners).toEqual(expect.arrayContaining([null, 'woonstichting', 'politie']));
    for (const c of demoCycles)
      for (const dl of c.deadlines) {
        expect(dl.month).toBeGreaterThanOrEqual(1);
        expect(dl.month).toBeLessThanOrEqual(12);
      }
  });
});
