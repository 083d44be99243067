import { describe, expect, it } from 'vitest';
import { translator } from '../../../core/i18n/i18n.ts';
import { assemblePlanReport, assembleProgrammeReport, indicatorStanding } from './assemble-report.ts';
import { reportCharts } from './report-charts.ts';
import { reportCsv } from './report-csv.ts';
import { fixtureIndicator, fixtureParts, fixturePlan, fixtureReview, fixtureTree } from './report-fixture.ts';
import './report-i18n.ts';
import { formatCell, reportTables } from './report-tables.ts';

const t = translator('nl');

describe('assemblePlanReport', () => {
  const report = assemblePlanReport(fixtureParts());

  it('lists goals, action lines and interventions in tree order with rolled-up progress', () => {
    expect(report.items.map((i) => i.id)).toEqual(['g1', 'a1', 'i1', 'i2', 'a2', 'i3', 'g2', 'a3', 'i4']);
    expect(report.items.find((i) => i.id === 'a1')?.progress).toBe(75);
    expect(report.items.find((i) => i.id === 'g1')?.progress).toBe(47.5);
    expect(report.items.map((i) => i.depth)).toEqual([0, 1, 2, 2, 1, 2, 0, 1, 2]);
  });

  it('carries the verdict of the last review held to its item', () => {
    expect(report.items.find((i) => i.id === 'i3')?.verdict).toEqual({
      verdict: 'needs_attention',
      note: 'Te weinig aanmeldingen.',
    });
    expect(report.items.find((i) => i.id === 'i1')?.verdict).toBeNull();
    expect(report.reviews).toHaveLength(1);
  });

  it('adds up the money over the goals only (their figures include everything below)', () => {
    expect(report.finances).toMatchObject({
      committedCents: 5_000_000,
      spentCents: 2_000_000,
      otherSourcesCents: 2_500_000,
      otherSharePercent: 50,
      targetPercent: 40,
    });
    expect(report.items.find((i) => i.id === 'g2')?.finance).toBeNull();
  });

  it('leaves out review moments that were not held', () => {
    const parts = fixtureParts();
    parts.reviews = [...parts.reviews, { ...fixtureReview, id: 'r2', state: 'scheduled', heldAt: null }];
    expect(assemblePlanReport(parts).reviews).toHaveLength(1);
  });
});

describe('indicatorStanding', () => {
  it('measures the way from baseline to target in the wanted direction', () => {
    expect(indicatorStanding(fixtureIndicator)).toMatchObject({ towardsTarget: 25, reached: false });
    const lower = { ...fixtureIndicator, direction: 'decrease' as const, baseline: 30, target: 20 };
    const [first] = fixtureIndicator.values;
    if (!first) throw new Error('the fixture indicator has a measured value');
    lower.values = [{ ...first, value: 18 }];
    expect(indicatorStanding(lower)).toMatchObject({ towardsTarget: 100, reached: true });
    expect(indicatorStanding({ ...fixtureIndicator, values: [] })).toMatchObject({
      latest: null,
      towardsTarget: null,
    });
  });
});

describe('report tables and charts', () => {
  const report = assemblePlanReport(fixtureParts());
  const tables = reportTables(t, report);

  it('has the tables the council asks for, in order', () => {
    expect(tables.map((tb) => tb.key)).toEqual([
      'status',
      'indicators',
      'reviews',
      'effects',
      'finances',
      'voices',
    ]);
    const finances = tables.find((tb) => tb.key === 'finances');
    expect(finances?.rows.at(-1)).toMatchObject({
      total: true,
      cells: ['Totaal', 5_000_000, 2_000_000, 2_500_000, 50],
    });
  });

  it('says in words what every chart shows', () => {
    const charts = reportCharts(t, 'nl', report);
    expect(charts.map((c) => c.key)).toEqual(['progress', 'indicators', 'effects', 'finances']);
    const finance = charts.find((c) => c.key === 'finances');
    expect(finance?.description).toContain('50 %');
    expect(finance?.description).toContain('40 %');
    for (const c of charts) expect(c.svg).toMatch(/^<svg [^>]*><title>/);
  });

  it('escapes text in the SVG', () => {
    const parts = fixtureParts();
    const tree = fixtureTree.map((n) => ({ ...n, item: { ...n.item, title: 'A <b> & "C"' } }));
    const charts = reportCharts(t, 'nl', assemblePlanReport({ ...parts, tree }));
    expect(charts[0]?.svg).toContain('A &lt;b&gt; &amp; &quot;C&quot;');
  });

  it('formats cells for people in the locale', () => {
    expect(formatCell('nl', 'cents', 5_000_000)).toMatch(/€\s?50\.000/);
    expect(formatCell('nl', 'percent', 47.5)).toBe('47,5 %');
    expect(formatCell('nl', 'date', '2026-10-15')).toBe('15-10-2026');
    expect(formatCell('en', 'date', '2026-10-15')).toBe('2026-10-15');
    expect(formatCell('nl', 'text', null)).toBe('–');
  });

  it('writes CSV for a Dutch Excel: BOM, semicolons, decimal comma, euros, formulas defused', () => {
    const finances = tables.find((tb) => tb.key === 'finances');
    if (!finances) throw new Error('no finance table');
    const csv = reportCsv('nl', finances);
    expect(csv.startsWith('\uFEFFOnderdeel;Toegezegd;Besteed;')).toBe(true);
    expect(csv).toContain('Totaal;50000;20000;25000;50\r\n');
    const evil = { ...finances, rows: [{ cells: ['=HYPERLINK("x")', 1234.5, 0, 0, 12.5] }] };
    expect(reportCsv('nl', evil)).toContain(`"'=HYPERLINK(""x"")";12,35;0;0;12,5`);
  });
});

describe('assembleProgrammeReport', () => {
  it('sums the plans, counts interventions by status and keeps the last review per plan', () => {
    const parts = fixtureParts();
    const report = assembleProgrammeReport({
      municipality: 'Gemeente Voorbeeld',
      plans: [{ plan: fixturePlan, tree: fixtureTree, progress: parts.progress, lastReview: fixtureReview }],
      finances: parts.finances,
      coverage: parts.coverage,
      voices: parts.voices,
      now: parts.now,
    });
    expect(report.plans[0]).toMatchObject({
      goals: 2,
      interventions: 4,
      byStatus: { done: 1, running: 2, planned: 1 },
      lastReview: { counts: { on_track: 2, needs_attention: 1, to_adjust: 0 } },
      finance: { committedCents: 5_000_000 },
    });
    expect(report.items.every((i) => i.level !== 'intervention')).toBe(true);
    expect(report.voices[0]?.planTitle).toBe(fixturePlan.title);
    expect(report.finances.otherSharePercent).toBe(50);
    expect(reportTables(t, report).map((tb) => tb.key)).toEqual([
      'plans',
      'status',
      'indicators',
      'effects',
      'finances',
      'voices',
    ]);
  });
});
