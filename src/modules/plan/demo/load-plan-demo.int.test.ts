import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import type { ServiceContext } from '../../../core/audit/write.ts';
import { anonymous } from '../../../core/permissions/actor.ts';
import { demoActor, voorbeeldId } from '../../social-map/testing.ts';
import { listCycles } from '../cycles/list-cycles.ts';
import { getProgrammeFinances } from '../financing/programme-finances.ts';
import { getPlanView } from '../get-plan.ts';
import { listPlans } from '../list-plans.ts';
import type { PlanTreeNode, PlanView } from '../plan.ts';
import { flattenTree } from '../plan-tree.ts';
import { getIdeaView } from '../programme/get-idea.ts';
import { listIdeas } from '../programme/list-ideas.ts';
import { listVoices } from '../reports/list-voices.ts';
import { listReviews } from '../reviews/list-reviews.ts';
import { compareVersions, listVersions } from '../reviews/list-versions.ts';
import {
  hasPlanDemo,
  loadPlanDemo,
  PlanDemoAlreadyLoadedError,
  type PlanDemoResult,
} from './load-plan-demo.ts';
import { itemKeys, noordhoekPlan } from './plan-demo-data.ts';

// The plan demo loads through the services on the core demo and is consistent: an adopted,
// co-owned wijkplan for Noordhoek whose tree, owners, dates and progress hang together, that
// residents can read and whose co-authors can edit their own parts, and a programme plan.

let t: TestApp;
let m: string;
let loaded: PlanDemoResult;
let daan: ServiceContext;
let view: PlanView;
const today = new Date();
const todayIso = today.toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp({ template: 'demo' });
  m = await voorbeeldId(t.ctx.db);
  expect(await hasPlanDemo(t.ctx.db)).toBe(false);
  loaded = await loadPlanDemo(t.ctx.db, () => {}, today);
  daan = {
    db: t.ctx.db,
    actor: await demoActor(t.ctx.db, m, 'wijkambtenaar.noordoost@voorbeeld.example'),
    meta: {},
  };
  view = await getPlanView(daan, loaded.noordhoekId);
}, 180_000);
afterAll(() => t?.close());

const nodes = (v: PlanView): PlanTreeNode[] => flattenTree(v.tree);
const byTitle = (v: PlanView, title: string) => {
  const n = nodes(v).find((x) => x.item.title === title);
  if (!n) throw new Error(`no item ${title}`);
  return n;
};

describe('the plan demo of Gemeente Voorbeeld', () => {
  it('has an adopted wijkplan for Noordhoek, adopted in the past, with a period around today', () => {
    const p = view.plan;
    expect(p.kind).toBe('area_plan');
    expect(p.area.code).toBe('WK999902');
    expect(p.state).toBe('adopted');
    expect(p.title).toMatch(/^Wijkplan Noordhoek \d{4}–\d{4}$/);
    expect((p.adoptedAt ?? todayIso).slice(0, 10) < todayIso).toBe(true);
    expect(p.periodStart < todayIso && p.periodEnd > todayIso).toBe(true);
    expect(p.vision.length).toBeGreaterThan(300);
  });

  it('is co-owned: Team Wijkzaken and Daan Visser own it; the partners and residents co-write it', () => {
    const role = (name: string) =>
      view.members.find((x) => x.organisation?.name === name || x.person?.name === name)?.role;
    expect(role('Team Wijkzaken')).toBe('owner');
    expect(role('Daan Visser')).toBe('owner');
    for (const name of [
      'Woonstichting Voorbeeld',
      'Welzijn Voorbeeld',
      'Politie basisteam Voorbeeld',
      'Bewonersvereniging Noordhoek',
    ])
      expect(role(name), name).toBe('co_author');
  });

  it('has goals → action lines → interventions with owners, dates within their parents, and progress', () => {
    expect(view.tree.length).toBe(4);
    for (const goal of view.tree) {
      expect(goal.item.level).toBe('goal');
      expect(goal.children.length).toBeGreaterThan(0);
      for (const line of goal.children) {
        expect(line.item.level).toBe('action_line');
        expect(line.children.length).toBeGreaterThan(0);
        for (const i of line.children) expect(i.item.level).toBe('intervention');
      }
    }
    const all = nodes(view);
    expect(all.length).toBe(itemKeys(noordhoekPlan).length);
    const withoutOwner = all.filter((n) => n.item.ownerOrganisation === null).map((n) => n.item.title);
    expect(withoutOwner).toEqual(['Trapveldje Kwikstaartplein opknappen']);
    const parents = new Map(all.map((n) => [n.item.id, n.item]));
    for (const n of all) {
      const { startDate, endDate, parentId } = n.item;
      expect(startDate && endDate && startDate <= endDate, n.item.title).toBe(true);
      const parent = parentId ? parents.get(parentId) : null;
      if (parent) {
        expect(startDate && parent.startDate && startDate >= parent.startDate, n.item.title).toBe(true);
        expect(endDate && parent.endDate && endDate <= parent.endDate, n.item.title).toBe(true);
      }
    }
    expect(new Set(all.map((n) => n.item.status))).toEqual(
      new Set(['idea', 'planned', 'running', 'done', 'stopped']),
    );
    expect(view.progress).toBeGreaterThan(0);
    expect(view.progress).toBeLessThan(100);
  });

  it('has milestones that drive progress and indicators against targets, CBS key figures among them', () => {
    const open = byTitle(view, 'De Schakel ook op zaterdag en twee avonden open');
    expect(open.item.milestones).toHaveLength(4);
    expect(open.rolledUpProgress).toBe(75);
    const portieken = byTitle(view, 'Verlichting en toegangsdeuren portieken Noorderhof vernieuwen').item;
    expect(portieken.progress).toBe(55);
    const renewed = portieken.indicators.find((i) => i.name === 'Portieken vernieuwd');
    expect(renewed).toMatchObject({ baseline: 0, target: 38, sourceKind: 'manual' });
    expect(renewed?.values.map((v) => v.value)).toEqual([8, 20]);
    const elderly = byTitle(view, 'Prettig en zelfstandig ouder worden in de wijk').item.indicators[0];
    expect(elderly).toMatchObject({
      sourceKind: 'cbs',
      cbs: { key: 'percentage_personen_65_jaar_en_ouder' },
    });
    expect(elderly?.cbs?.area.code).toBe('BU99990201');
    expect(elderly?.values.map((v) => v.value)).toContain(22);
    const withIndicators = nodes(view).filter((n) => n.item.indicators.length > 0);
    expect(withIndicators.length).toBeGreaterThanOrEqual(8);
  });

  it('shows the changes made at the past review: re-timed, re-owned, stopped, added', () => {
    const klaverpark = byTitle(view, 'Speelveld Klaverpark vernieuwen').item;
    expect(klaverpark.startDate && klaverpark.startDate > todayIso).toBe(true);
    expect(byTitle(view, 'Huiswerkbegeleiding in De Schakel').item.ownerOrganisation?.name).toBe(
      'Welzijn Voorbeeld',
    );
    expect(byTitle(view, 'Buurtmaaltijd voor ouderen').item.status).toBe('stopped');
  });

  it('has a past review moment that saved a version, and the next one ahead', async () => {
    const reviews = await listReviews(daan, loaded.noordhoekId);
    const held = reviews.filter((r) => r.state === 'held');
    const scheduled = reviews.filter((r) => r.state === 'scheduled');
    expect(held).toHaveLength(1);
    expect(scheduled).toHaveLength(1);
    expect((held[0]?.scheduledOn ?? todayIso) < todayIso).toBe(true);
    expect((held[0]?.heldAt ?? '').slice(0, 10)).toBe(held[0]?.scheduledOn);
    expect(held[0]?.counts.to_adjust).toBeGreaterThanOrEqual(2);
    expect(held[0]?.counts.needs_attention).toBeGreaterThanOrEqual(2);
    expect((scheduled[0]?.scheduledOn ?? todayIso) > todayIso).toBe(true);

    const versions = (await listVersions(daan, loaded.noordhoekId)).items;
    expect(versions.map((v) => v.number)).toEqual([2, 1]);
    const [v2, v1] = versions;
    expect(v2?.reviewId).toBe(held[0]?.id);
    expect((v1?.createdAt ?? '') < (v2?.createdAt ?? '')).toBe(true);
    const { diff } = await compareVersions(daan, loaded.noordhoekId, v1?.id ?? '', v2?.id ?? '');
    expect(diff.added.map((i) => i.title)).toEqual(['Trapveldje Kwikstaartplein opknappen']);
    expect(diff.retimed.map((c) => c.item.title)).toEqual(
      expect.arrayContaining(['Speelveld Klaverpark vernieuwen', 'Aanpak overlast rond het Kwikstaartplein']),
    );
    expect(diff.reowned.map((c) => c.item.title)).toEqual(['Huiswerkbegeleiding in De Schakel']);
    expect(diff.statusChanged.map((c) => [c.item.title, c.to])).toEqual([
      ['Buurtmaaltijd voor ouderen', 'stopped'],
    ]);
  });

  it('has the planning cycles of the municipality, the corporation and the police', async () => {
    const cycles = (await listCycles(t.ctx.db, anonymous(m))).items;
    const owners = cycles.map((c) => c.organisation?.name ?? null);
    expect(owners).toEqual(
      expect.arrayContaining([null, 'Woonstichting Voorbeeld', 'Politie basisteam Voorbeeld']),
    );
    const own = cycles.find((c) => c.organisation === null);
    expect(own?.deadlines.map((d) => d.title)).toEqual(
      expect.arrayContaining(['Kadernota', 'Begroting', 'Jaarrekening']),
    );
  });

  it('has budget lines with more than 40 % from other sources, and voices for the report', async () => {
    const finances = await getProgrammeFinances(daan, {});
    expect(finances.projects.length).toBeGreaterThanOrEqual(10);
    expect(finances.summary.otherSharePercent).toBeGreaterThan(40);
    expect(finances.summary.bySourceKind.national_programme.committedCents).toBeGreaterThan(0);
    const voices = await listVoices(daan, loaded.noordhoekId);
    expect(voices).toHaveLength(3);
  });

  it('has project ideas from the neighbourhood in assessment, one meeting the rule, one not', async () => {
    const yusuf = {
      db: t.ctx.db,
      actor: await demoActor(t.ctx.db, m, 'coordinator@voorbeeld.example'),
      meta: {},
    };
    const { ideas } = await listIdeas(yusuf, {});
    expect(ideas).toHaveLength(4);
    const status = Object.fromEntries(ideas.map((i) => [i.title, i.status]));
    expect(Object.values(status).sort()).toEqual([
      'in_assessment',
      'in_assessment',
      'submitted',
      'submitted',
    ]);
    for (const i of ideas) expect(i.createdAt.slice(0, 10) < todayIso).toBe(true);
    const outcome = async (title: string) =>
      (await getIdeaView(yusuf, ideas.find((i) => i.title === title)?.id ?? '')).evaluation.outcome;
    expect(await outcome('Jongeren bouwen mee aan een pannakooi op het Kwikstaartplein')).toBe('meets');
    expect(await outcome('Buurtmoestuin op het binnenhof van Noorderhof')).toBe('does_not_meet');
    expect(ideas.find((i) => i.title === 'Taalmaatjes voor nieuwe buren')?.goalIds).toEqual([]);
  });

  it('lets residents read it and the corporation edit its own interventions only', async () => {
    const publicView = await getPlanView({ db: t.ctx.db, actor: anonymous(m), meta: {} }, loaded.noordhoekId);
    expect(publicView.tree.length).toBe(4);
    expect(publicView.permissions.editableItemIds).toEqual([]);

    const karin = {
      db: t.ctx.db,
      actor: await demoActor(t.ctx.db, m, 'k.deboer@woonstichting.voorbeeld.example'),
      meta: {},
    };
    const hers = await getPlanView(karin, loaded.noordhoekId);
    const editable = new Set(hers.permissions.editableItemIds);
    expect(
      editable.has(byTitle(view, 'Verlichting en toegangsdeuren portieken Noorderhof vernieuwen').item.id),
    ).toBe(true);
    expect(editable.has(byTitle(view, 'Aanpak overlast rond het Kwikstaartplein').item.id)).toBe(false);
    expect(hers.permissions.manage).toBe(false);
  });

  it('has a programme plan for the whole municipality', async () => {
    const programme = await getPlanView(daan, loaded.programmeId);
    expect(programme.plan.kind).toBe('programme');
    expect(programme.plan.area.code).toBe('GM9999');
    expect(programme.plan.state).toBe('adopted');
    const listed = await listPlans({ db: t.ctx.db, actor: anonymous(m), meta: {} }, {});
    expect(JSON.stringify(listed)).toContain(loaded.noordhoekId);
  });

  it('refuses to load twice', async () => {
    await expect(loadPlanDemo(t.ctx.db)).rejects.toBeInstanceOf(PlanDemoAlreadyLoadedError);
  });
});
