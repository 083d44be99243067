import type { Indicator, Plan, PlanItem, PlanTreeNode } from '../plan.ts';
import { buildPlanTree, planProgress } from '../plan-tree.ts';
import type { EffectCoverage } from '../programme/effect-coverage.ts';
import type { Review } from '../reviews/review.ts';
import type { PlanReportParts } from './assemble-report.ts';

// A small Noordhoek plan for the report's unit tests: two goals, three action lines, four
// interventions, an indicator, a held review moment, budget lines and two voices.

const area = { id: 'a1', code: 'WK999902', name: 'Noordhoek' };

export const fixturePlan: Plan = {
  id: '11111111-1111-4111-8111-111111111111',
  municipalityId: 'm1',
  kind: 'area_plan',
  area,
  title: 'Wijkplan Noordhoek 2026–2029',
  summary: 'Samen zorgen we voor een veilige en levendige Noordhoek.',
  vision: 'Noordhoek is een wijk waar bewoners elkaar kennen en op elkaar letten.',
  periodStart: '2026-01-01',
  periodEnd: '2029-12-31',
  state: 'adopted',
  adoptedAt: '2026-02-01T10:00:00.000Z',
  version: 3,
  updatedAt: '2026-10-01T10:00:00.000Z',
};

function item(
  id: string,
  parentId: string | null,
  level: PlanItem['level'],
  title: string,
  extra: Partial<PlanItem> = {},
): PlanItem {
  return {
    id,
    planId: fixturePlan.id,
    parentId,
    level,
    position: 0,
    title,
    description: '',
    ownerOrganisation: { id: 'o1', name: 'Woonstichting Voorbeeld' },
    contactPerson: null,
    startDate: '2026-03-01',
    endDate: '2027-12-31',
    status: 'running',
    themes: [],
    areas: [],
    weight: null,
    progress: null,
    milestones: [],
    indicators: [],
    links: [],
    version: 1,
    updatedAt: '2026-10-01T10:00:00.000Z',
    ...extra,
  };
}

export const fixtureIndicator: Indicator = {
  id: 'ind1',
  name: 'Bewoners die zich veilig voelen',
  unit: '%',
  direction: 'increase',
  baseline: 60,
  baselineOn: '2025-06-01',
  target: 80,
  targetOn: '2029-06-01',
  sourceKind: 'manual',
  cbs: null,
  values: [
    { id: 'v1', measuredOn: '2025-06-01', value: 60, source: 'Wijkenquête 2025', note: '' },
    { id: 'v2', measuredOn: '2026-06-01', value: 65, source: 'Wijkenquête 2026', note: '' },
  ],
};

export const fixtureItems: PlanItem[] = [
  item('g1', null, 'goal', 'Een veilige wijk', { indicators: [fixtureIndicator] }),
  item('a1', 'g1', 'action_line', 'Verlichting en zichtlijnen'),
  item('i1', 'a1', 'intervention', 'Lantaarns Vlierstraat vervangen', { progress: 100, status: 'done' }),
  item('i2', 'a1', 'intervention', 'Struiken snoeien bij het speelveld', { progress: 50, position: 1 }),
  item('a2', 'g1', 'action_line', 'Buurtpreventie', { position: 1 }),
  item('i3', 'a2', 'intervention', 'Buurtpreventie-app starten', { progress: 20 }),
  item('g2', null, 'goal', 'Elkaar ontmoeten', { position: 1 }),
  item('a3', 'g2', 'action_line', 'Een huiskamer in de wijk', {
    ownerOrganisation: { id: 'o2', name: 'Welzijn Voorbeeld' },
  }),
  item('i4', 'a3', 'intervention', 'Koffieochtend in De Linde', { progress: 0, status: 'planned' }),
];

export const fixtureTree: PlanTreeNode[] = buildPlanTree(fixtureItems);

export const fixtureReview: Review = {
  id: 'r1',
  planId: fixturePlan.id,
  title: 'Peilmoment najaar 2026',
  scheduledOn: '2026-10-15',
  remindDaysBefore: 14,
  remindOn: '2026-10-01',
  reminderSentAt: '2026-10-01T06:00:00.000Z',
  state: 'held',
  summary: 'De verlichting is klaar; de buurtpreventie loopt achter.',
  heldAt: '2026-10-15T15:00:00.000Z',
  heldBy: 'Daan Visser',
  versionId: 'ver1',
  versionNumber: 2,
  counts: { on_track: 2, needs_attention: 1, to_adjust: 0 },
  version: 2,
};

export const fixtureCoverage: EffectCoverage = {
  projectCount: 2,
  effects: [
    { effectId: 'e1', code: 'cohesion', name: 'Sociale samenhang', substantialProjects: 2 },
    { effectId: 'e2', code: 'safety', name: 'Sociale en fysieke veiligheid', substantialProjects: 1 },
    { effectId: 'e3', code: 'work', name: 'Werkgelegenheid', substantialProjects: 0 },
  ],
};

export function fixtureParts(): PlanReportParts {
  return {
    plan: fixturePlan,
    tree: fixtureTree,
    progress: planProgress(fixtureTree),
    finances: new Map([
      ['g1', { committedCents: 5_000_000, spentCents: 2_000_000, otherSourcesCents: 2_500_000 }],
      ['a1', { committedCents: 5_000_000, spentCents: 2_000_000, otherSourcesCents: 2_500_000 }],
      ['i1', { committedCents: 5_000_000, spentCents: 2_000_000, otherSourcesCents: 2_500_000 }],
      ['g2', { committedCents: 0, spentCents: 0, otherSourcesCents: 0 }],
    ]),
    reviews: [fixtureReview],
    lastAssessments: [
      {
        itemId: 'i3',
        itemTitle: 'Buurtpreventie-app starten',
        verdict: 'needs_attention',
        note: 'Te weinig aanmeldingen.',
        assessedAt: '2026-10-15T15:00:00.000Z',
      },
    ],
    coverage: fixtureCoverage,
    voices: [
      {
        id: 'vc1',
        planId: fixturePlan.id,
        item: { id: 'i1', title: 'Lantaarns Vlierstraat vervangen' },
        quote: '"Ik durf \'s avonds weer naar de bushalte te lopen."',
        attribution: 'Bewoner van de Vlierstraat',
        addedBy: 'Karin de Boer',
        addedById: 'p1',
        createdAt: '2026-10-20T09:00:00.000Z',
      },
    ],
    now: new Date('2026-11-25T10:00:00.000Z'),
  };
}
