import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { countQueries } from '../../core/db/database.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors.ts';
import { ForbiddenError } from '../../core/permissions/can.ts';
import { addMember } from './add-member.ts';
import { createItem } from './create-item.ts';
import { createPlan } from './create-plan.ts';
import { deleteItem } from './delete-item.ts';
import { getPlanView } from './get-plan.ts';
import { listPlanItems } from './list-items.ts';
import { listPlans } from './list-plans.ts';
import { planDb } from './plan.tables.ts';
import { getPlanAccess } from './plan-access.ts';
import { createSmallPlan, ctxFor, demoEmails, organisationId, type SmallPlan } from './testing.ts';
import { ItemConflictError, updateItem } from './update-item.ts';
import { PlanConflictError, updatePlan } from './update-plan.ts';

// The plan services on a real database: who reads and writes what, the tree with roll-up, and
// versions that refuse a stale write.

let t: TestApp;
let small: SmallPlan;
let draft: SmallPlan;

beforeAll(async () => {
  t = await createTestApp({ template: 'demo' });
  small = await createSmallPlan(t.ctx.db);
  draft = await createSmallPlan(t.ctx.db, { state: 'draft', title: 'Concept wijkplan Noordhoek' });
});
afterAll(() => t.close());

const as = (email?: string) => ctxFor(t.ctx.db, email);

describe('reading plans', () => {
  it('shows the tree with roll-up, members and the actor’s permissions', async () => {
    const view = await getPlanView(await as(demoEmails.corporation), small.plan.id);
    expect(view.plan.state).toBe('adopted');
    expect(view.tree.map((n) => n.item.title)).toEqual(['Buren kennen elkaar']);
    const line = view.tree[0]?.children[0];
    expect(line?.children.map((c) => c.item.title)).toEqual([
      'Portiekgesprekken Molenveld',
      'Burendag in de Vogelbuurt',
    ]);
    // (30 + 0) / 2
    expect(line?.rolledUpProgress).toBe(15);
    expect(view.progress).toBe(15);
    expect(view.members.map((m) => [m.organisation?.name, m.role])).toEqual([
      ['Woonstichting Voorbeeld', 'co_author'],
      ['Welzijn Voorbeeld', 'reader'],
    ]);
    expect(view.permissions).toMatchObject({
      read: true,
      manage: false,
      editableItemIds: [small.corporationIntervention.id],
      addItemUnder: [small.actionLine.id],
    });
    const intervention = line?.children[0]?.item;
    expect(intervention?.areas.map((a) => a.code)).toEqual(['BU99990201']);
    expect(intervention?.contactPerson?.name).toBe('Karin de Boer');
  });

  it('a draft is a 404 for the public and other officers, readable for members', async () => {
    await expect(getPlanView(await as(), draft.plan.id).then(() => 'read')).resolves.toBe('read'); // system
    await expect(getPlanView(await as(demoEmails.resident), draft.plan.id)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(getPlanView(await as(demoEmails.officerCentrum), draft.plan.id)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      getPlanAccess(t.ctx.db, (await as(demoEmails.police)).actor, draft.plan.id),
    ).rejects.toBeInstanceOf(NotFoundError);
    const welfareMember = await getPlanAccess(
      t.ctx.db,
      (await as(demoEmails.corporation)).actor,
      draft.plan.id,
    );
    expect(welfareMember.permissions.read).toBe(true);
  });

  it('lists what the actor may read, newest first, with a cursor', async () => {
    const publicList = await listPlans(await as(demoEmails.resident), { areaCode: 'WK999902' });
    const ids = publicList.plans.map((p) => p.id);
    expect(ids).toContain(small.plan.id);
    expect(ids).not.toContain(draft.plan.id);
    const officer = await listPlans(await as(demoEmails.officerNoordhoek), {
      areaCode: 'WK999902',
      limit: 1,
    });
    expect(officer.plans).toHaveLength(1);
    expect(officer.nextCursor).not.toBeNull();
    const rest = await listPlans(await as(demoEmails.officerNoordhoek), {
      areaCode: 'WK999902',
      cursor: officer.nextCursor ?? undefined,
    });
    expect([...officer.plans, ...rest.plans].map((p) => p.id).sort()).toEqual(
      [small.plan.id, draft.plan.id].sort(),
    );
    await expect(listPlans(await as(), { cursor: 'nonsense' })).rejects.toBeInstanceOf(ValidationError);
    expect((await listPlans(await as(), { areaCode: 'WK000000' })).plans).toEqual([]);
  });

  it('listPlanItems loads many plans with one query per table', async () => {
    const ids = [small.plan.id, draft.plan.id, 'not-a-uuid'];
    const { result: map, queries } = await countQueries(() =>
      listPlanItems(t.ctx.db, small.plan.municipalityId, ids),
    );
    expect(map.get(small.plan.id)).toHaveLength(4);
    expect(map.get(draft.plan.id)).toHaveLength(4);
    expect(map.get('not-a-uuid')).toEqual([]);
    // items, areas, links, milestones, indicators (values only when there are indicators)
    expect(queries).toBeLessThanOrEqual(6);
    const one = await countQueries(() => listPlanItems(t.ctx.db, small.plan.municipalityId, [small.plan.id]));
    expect(one.queries).toBe(queries);
  });

  it('the plan view costs the same number of queries however many items it has', async () => {
    const ctx = await as(demoEmails.officerNoordhoek);
    const before = (await countQueries(() => getPlanView(ctx, draft.plan.id))).queries;
    for (let i = 0; i < 5; i += 1)
      await createItem(ctx, draft.plan.id, { parentId: draft.actionLine.id, title: `Extra actie ${i}` });
    const after = (await countQueries(() => getPlanView(ctx, draft.plan.id))).queries;
    expect(after).toBe(before);
  });
});

describe('writing plans and items', () => {
  it('only staff of the area create a plan; bad input names the field', async () => {
    await expect(
      createPlan(await as(demoEmails.officerCentrum), {
        areaCode: 'WK999902',
        title: 'Niet mijn wijk',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const err = await createPlan(await as(demoEmails.officerNoordhoek), {
      areaCode: 'WK999902',
      title: '',
      periodStart: '2026-13-01',
      periodEnd: '2026-12-31',
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fieldErrors.map((f) => f.field).sort()).toEqual(['periodStart', 'title']);
    const backwards = await createPlan(await as(demoEmails.officerNoordhoek), {
      areaCode: 'WK999902',
      title: 'Achterstevoren',
      periodStart: '2027-01-01',
      periodEnd: '2026-12-31',
    }).catch((e: unknown) => e);
    expect((backwards as ValidationError).fieldErrors).toEqual([
      { field: 'periodEnd', key: 'plan.validation.endBeforeStart' },
    ]);
  });

  it('a stale plan version is refused and nothing is written', async () => {
    const ctx = await as(demoEmails.officerNoordhoek);
    const v = small.plan.version;
    const saved = await updatePlan(ctx, small.plan.id, { version: v, vision: 'Eerste herziening' });
    expect(saved.version).toBe(v + 1);
    const err = await updatePlan(ctx, small.plan.id, { version: v, vision: 'Oude versie' }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PlanConflictError);
    expect((err as PlanConflictError).current.vision).toBe('Eerste herziening');
    const view = await getPlanView(ctx, small.plan.id);
    expect(view.plan.vision).toBe('Eerste herziening');
    await expect(
      updatePlan(await as(demoEmails.corporation), small.plan.id, { version: v + 1, title: 'x' }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('a co-author edits their own intervention, not someone else’s; a stale version conflicts', async () => {
    const ctx = await as(demoEmails.corporation);
    const item = small.corporationIntervention;
    const saved = await updateItem(ctx, small.plan.id, item.id, {
      version: item.version,
      progress: 60,
      status: 'running',
    });
    expect(saved.progress).toBe(60);
    expect(saved.version).toBe(item.version + 1);
    const stale = await updateItem(ctx, small.plan.id, item.id, {
      version: item.version,
      progress: 10,
    }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ItemConflictError);
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ItemConflictError).current.progress).toBe(60);
    await expect(
      updateItem(ctx, small.plan.id, small.welfareIntervention.id, { version: 1, progress: 10 }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    // Handing the part to another organisation would take it out of their hands.
    await expect(
      updateItem(ctx, small.plan.id, item.id, {
        version: saved.version,
        ownerOrganisationId: await organisationId(t.ctx.db, 'Politie basisteam Voorbeeld'),
        contactPersonId: null,
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('a co-author adds an intervention for their organisation under an action line only', async () => {
    const ctx = await as(demoEmails.corporation);
    const added = await createItem(ctx, small.plan.id, {
      parentId: small.actionLine.id,
      title: 'Schoonmaakactie portieken',
    });
    expect(added.level).toBe('intervention');
    expect(added.ownerOrganisation?.name).toBe('Woonstichting Voorbeeld');
    await expect(createItem(ctx, small.plan.id, { title: 'Nieuw doel' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const other = await createItem(ctx, small.plan.id, {
      parentId: small.actionLine.id,
      title: 'Voor een ander',
      ownerOrganisationId: await organisationId(t.ctx.db, 'Welzijn Voorbeeld'),
    }).catch((e: unknown) => e);
    expect((other as ValidationError).fieldErrors).toEqual([
      { field: 'ownerOrganisationId', key: 'plan.validation.ownOrganisation' },
    ]);
    await deleteItem(ctx, small.plan.id, added.id, added.version);
  });

  it('keeps the levels in order and refuses references from elsewhere', async () => {
    const ctx = await as(demoEmails.officerNoordhoek);
    const under = await createItem(ctx, small.plan.id, {
      parentId: small.corporationIntervention.id,
      title: 'Te diep',
    }).catch((e: unknown) => e);
    expect((under as ValidationError).fieldErrors[0]?.key).toBe('plan.validation.noChildren');
    const wrongLevel = await createItem(ctx, small.plan.id, {
      parentId: small.goal.id,
      level: 'intervention',
      title: 'Verkeerd niveau',
    }).catch((e: unknown) => e);
    expect((wrongLevel as ValidationError).fieldErrors[0]?.field).toBe('level');
    const otherPlan = await createItem(ctx, small.plan.id, {
      parentId: draft.goal.id,
      title: 'Ander plan',
    }).catch((e: unknown) => e);
    expect((otherPlan as ValidationError).fieldErrors[0]?.key).toBe('plan.validation.parent');
    const badRefs = await createItem(ctx, small.plan.id, {
      parentId: small.goal.id,
      title: 'Onbekenden',
      ownerOrganisationId: '00000000-0000-4000-8000-000000000000',
      areaCodes: ['BU00000000'],
    }).catch((e: unknown) => e);
    expect(badRefs).toBeInstanceOf(ValidationError);
    await expect(deleteItem(ctx, small.plan.id, small.goal.id)).rejects.toMatchObject({
      key: 'plan.error.hasChildren',
    });
    await expect(getPlanView(ctx, 'not-a-uuid')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('members are added once; a plan of another municipality does not exist', async () => {
    const ctx = await as(demoEmails.officerNoordhoek);
    const corp = await organisationId(t.ctx.db, 'Woonstichting Voorbeeld');
    const again = await addMember(ctx, small.plan.id, { organisationId: corp, role: 'owner' }).catch(
      (e: unknown) => e,
    );
    expect((again as ValidationError).fieldErrors[0]?.key).toBe('plan.validation.memberExists');
    const stranger = {
      ...ctx,
      actor: { ...ctx.actor, municipalityId: '00000000-0000-4000-8000-000000000001' },
    };
    await expect(getPlanView(stranger, small.plan.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('every write left an audit entry', async () => {
    const actions = await planDb(t.ctx.db)
      .selectFrom('audit_log')
      .select('action')
      .where('resource_id', '=', small.plan.id)
      .execute();
    expect(new Set(actions.map((a) => a.action))).toEqual(
      new Set(['plan.create', 'plan.member.add', 'plan.update']),
    );
  });
});
