import { describe, expect, it } from 'vitest';
import type { Actor } from '../../core/permissions/actor.ts';
import { can } from '../../core/permissions/can.ts';
import type { PlanState } from './plan.ts';
import { planPermissions } from './plan-access.ts';
import { memberRoleOf, type PlanItemResource, type PlanResource } from './policy.ts';

// The wijkplan policy as a matrix: who reads a draft and an adopted plan, who manages it, who
// edits which item. Corporation and welfare are member organisations; the police is not.

const M = 'm1';
const actor = (personId: string, grants: Actor['grants'], tokenScopes?: string[]): Actor => ({
  municipalityId: M,
  personId,
  label: personId,
  grants,
  tokenScopes,
});
const actors = {
  admin: actor('p-admin', [{ role: 'administrator' }]),
  coordinator: actor('p-coord', [{ role: 'coordinator' }]),
  officer: actor('p-officer', [{ role: 'area_officer', areaPath: 'GM/WK2' }]),
  otherOfficer: actor('p-other-officer', [{ role: 'area_officer', areaPath: 'GM/WK3' }]),
  ownerPerson: actor('p-owner', [{ role: 'resident' }]),
  corporation: actor('p-corp', [{ role: 'partner', organisationId: 'org-corp' }]),
  welfare: actor('p-welfare', [{ role: 'partner', organisationId: 'org-welfare' }]),
  police: actor('p-police', [{ role: 'partner', organisationId: 'org-police' }]),
  readerPerson: actor('p-reader', [{ role: 'resident' }]),
  resident: actor('p-res', [{ role: 'resident', areaPath: 'GM/WK2/BU1' }]),
  anonymous: { municipalityId: M, personId: null, label: 'anonymous', grants: [] } as Actor,
  readToken: actor('p-admin', [{ role: 'administrator' }], ['read']),
};
type Name = keyof typeof actors;
const all = Object.keys(actors) as Name[];

const plan = (state: PlanState): PlanResource => ({
  type: 'plan',
  municipalityId: M,
  areaPath: 'GM/WK2',
  state,
  members: [
    { personId: 'p-owner', organisationId: null, role: 'owner' },
    { personId: null, organisationId: 'org-corp', role: 'co_author' },
    { personId: null, organisationId: 'org-welfare', role: 'reader' },
    { personId: 'p-welfare', organisationId: null, role: 'co_author' },
    { personId: 'p-reader', organisationId: null, role: 'reader' },
  ],
});
const item = (p: PlanResource, over: Partial<PlanItemResource> = {}): PlanItemResource => ({
  type: 'plan_item',
  municipalityId: M,
  plan: p,
  level: 'intervention',
  ownerOrganisationId: 'org-corp',
  contactPersonId: null,
  ...over,
});
const who = (test: (a: Actor) => boolean) => all.filter((name) => test(actors[name]));

const managers: Name[] = ['admin', 'coordinator', 'officer', 'ownerPerson'];

describe('plan policy', () => {
  it('a draft is read by its members and the staff of its area only', () => {
    expect(who((a) => can(a, 'read', plan('draft')))).toEqual([
      'admin',
      'coordinator',
      'officer',
      'ownerPerson',
      'corporation',
      'welfare',
      'readerPerson',
      'readToken',
    ]);
  });

  it.each(['adopted', 'under_review', 'closed'] as const)('an %s plan is read by everyone', (state) => {
    expect(who((a) => can(a, 'read', plan(state)))).toEqual(all);
  });

  it('managers: administrators, coordinators, officers of the area, owner members', () => {
    expect(who((a) => can(a, 'update', plan('adopted')))).toEqual(managers);
  });

  it('plans are created by staff of the area only', () => {
    expect(who((a) => can(a, 'create', plan('draft')))).toEqual(['admin', 'coordinator', 'officer']);
  });

  it('co-authors edit items of their organisation; readers and others only read', () => {
    expect(who((a) => can(a, 'update', item(plan('adopted'))))).toEqual([...managers, 'corporation']);
  });

  it('a co-author edits an item whose contact person they are', () => {
    const welfareContact = item(plan('adopted'), {
      ownerOrganisationId: 'org-x',
      contactPersonId: 'p-welfare',
    });
    expect(who((a) => can(a, 'update', welfareContact))).toEqual([...managers, 'welfare']);
    // A reader member who is named as contact still only reads.
    const readerContact = item(plan('adopted'), { ownerOrganisationId: null, contactPersonId: 'p-reader' });
    expect(who((a) => can(a, 'update', readerContact))).toEqual(managers);
  });

  it('co-authors add interventions of their own organisation, not goals or action lines', () => {
    const p = plan('adopted');
    expect(who((a) => can(a, 'create', item(p)))).toEqual([...managers, 'corporation']);
    expect(who((a) => can(a, 'create', item(p, { level: 'action_line' })))).toEqual(managers);
    expect(who((a) => can(a, 'create', item(p, { ownerOrganisationId: 'org-police' })))).toEqual(managers);
  });

  it('refuses everything in another municipality and writes with a read-only token', () => {
    const other = { ...plan('adopted'), municipalityId: 'm2' };
    expect(who((a) => can(a, 'read', other))).toEqual([]);
    expect(can(actors.readToken, 'update', plan('draft'))).toBe(false);
  });

  it('an officer of another area does not see a draft', () => {
    expect(can(actors.otherOfficer, 'read', plan('draft'))).toBe(false);
    expect(can(actors.otherOfficer, 'update', plan('adopted'))).toBe(false);
  });

  it('memberRoleOf takes the strongest role, as a person or through an organisation', () => {
    const members = plan('draft').members;
    expect(memberRoleOf(actors.welfare, members)).toBe('co_author');
    expect(memberRoleOf(actors.corporation, members)).toBe('co_author');
    expect(memberRoleOf(actors.ownerPerson, members)).toBe('owner');
    expect(memberRoleOf(actors.police, members)).toBeNull();
  });
});

describe('planPermissions', () => {
  const items = [
    { id: 'g', level: 'goal' as const, ownerOrganisationId: null, contactPersonId: null },
    { id: 'a', level: 'action_line' as const, ownerOrganisationId: 'org-gemeente', contactPersonId: null },
    { id: 'i-corp', level: 'intervention' as const, ownerOrganisationId: 'org-corp', contactPersonId: null },
    {
      id: 'i-police',
      level: 'intervention' as const,
      ownerOrganisationId: 'org-police',
      contactPersonId: null,
    },
  ];

  it('managers edit everything and add under goals and action lines', () => {
    expect(planPermissions(actors.officer, plan('adopted'), items)).toEqual({
      read: true,
      editPlan: true,
      manage: true,
      editableItemIds: ['g', 'a', 'i-corp', 'i-police'],
      addItemUnder: ['g', 'a'],
    });
  });

  it('a co-author edits their own part and adds under action lines', () => {
    expect(planPermissions(actors.corporation, plan('adopted'), items)).toEqual({
      read: true,
      editPlan: false,
      manage: false,
      editableItemIds: ['i-corp'],
      addItemUnder: ['a'],
    });
  });

  it('the public reads an adopted plan and nothing more', () => {
    expect(planPermissions(actors.anonymous, plan('adopted'), items)).toEqual({
      read: true,
      editPlan: false,
      manage: false,
      editableItemIds: [],
      addItemUnder: [],
    });
    expect(planPermissions(actors.anonymous, plan('draft'), items).read).toBe(false);
  });
});
