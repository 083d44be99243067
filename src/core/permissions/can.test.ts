import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Actor, type Grant, pathWithin, roles } from './actor.ts';
import { type Action, can, type Resource, UnknownResourceTypeError, writeActions } from './can.ts';

// The permission matrix of the core resource types: every actor × action × resource below,
// with the actors that may; everyone else may not. Then properties over random actors.

const M = 'municipality-1';

const actors = {
  administrator: {
    municipalityId: M,
    personId: 'p-admin',
    label: 'admin',
    grants: [{ role: 'administrator' }],
  },
  adminToken: {
    municipalityId: M,
    personId: 'p-admin',
    label: 'admin',
    grants: [{ role: 'administrator' }],
    tokenScopes: ['read', 'write'],
  },
  adminReadToken: {
    municipalityId: M,
    personId: 'p-admin',
    label: 'admin',
    grants: [{ role: 'administrator' }],
    tokenScopes: ['read'],
  },
  coordinator: {
    municipalityId: M,
    personId: 'p-coordinator',
    label: 'coordinator',
    grants: [{ role: 'coordinator' }],
  },
  areaOfficer: {
    municipalityId: M,
    personId: 'p-officer',
    label: 'officer',
    grants: [{ role: 'area_officer', areaPath: 'GM1/WK1' }],
  },
  departmentOfficer: {
    municipalityId: M,
    personId: 'p-department',
    label: 'department',
    grants: [{ role: 'department_officer', organisationId: 'org-department' }],
  },
  partner: {
    municipalityId: M,
    personId: 'p-partner',
    label: 'partner',
    grants: [{ role: 'partner', organisationId: 'org-partner', areaPath: 'GM1/WK1' }],
  },
  resident: {
    municipalityId: M,
    personId: 'p-resident',
    label: 'resident',
    grants: [{ role: 'resident', areaPath: 'GM1/WK1/BU1' }],
  },
  anonymous: { municipalityId: M, personId: null, label: 'anonymous', grants: [] },
} satisfies Record<string, Actor>;
type ActorName = keyof typeof actors;
const everyone = Object.keys(actors) as ActorName[];
const admins: ActorName[] = ['administrator', 'adminToken'];
const adminReaders: ActorName[] = ['administrator', 'adminToken', 'adminReadToken'];
const staffReaders: ActorName[] = [...adminReaders, 'coordinator'];

const r = (type: string, fields: Record<string, unknown> = {}): Resource => ({
  type,
  municipalityId: M,
  ...fields,
});
const resources = {
  municipality: r('municipality'),
  areaInOfficerSubtree: r('area', { areaPath: 'GM1/WK1/BU1' }),
  areaOutside: r('area', { areaPath: 'GM1/WK2' }),
  // WK10 starts with "WK1" but is not below it.
  areaPrefixTrap: r('area', { areaPath: 'GM1/WK10' }),
  department: r('organisation', { organisationId: 'org-department', kind: 'department', areaPaths: ['GM1'] }),
  partnerOrg: r('organisation', { organisationId: 'org-partner', kind: 'partner', areaPaths: ['GM1/WK2'] }),
  groupInOfficerArea: r('organisation', {
    organisationId: 'org-group',
    kind: 'informal_group',
    areaPaths: ['GM1/WK1/BU2'],
  }),
  groupPartlyOutside: r('organisation', {
    organisationId: 'org-group2',
    kind: 'resident_organisation',
    areaPaths: ['GM1/WK1', 'GM1/WK2'],
  }),
  groupWithoutArea: r('organisation', { kind: 'informal_group', areaPaths: [] }),
  residentPerson: r('person', { personId: 'p-resident' }),
  otherPerson: r('person', { personId: 'p-other' }),
  residentRoles: r('role_assignment', { personId: 'p-resident' }),
  otherRoles: r('role_assignment', { personId: 'p-other' }),
  auditLog: r('audit_log'),
  outbox: r('outbox'),
  residentToken: r('api_token', { ownerId: 'p-resident' }),
  otherToken: r('api_token', { ownerId: 'p-other' }),
};
type ResourceName = keyof typeof resources;

// [resource, action, who may]. Every resource × action appears once.
const matrix: Array<[ResourceName, Action, ActorName[]]> = [
  ['municipality', 'read', everyone],
  ['municipality', 'list', everyone],
  ['municipality', 'create', []],
  ['municipality', 'update', admins],
  ['municipality', 'delete', []],

  ['areaInOfficerSubtree', 'read', everyone],
  ['areaInOfficerSubtree', 'list', everyone],
  ['areaInOfficerSubtree', 'create', admins],
  ['areaInOfficerSubtree', 'update', [...admins, 'areaOfficer']],
  ['areaInOfficerSubtree', 'delete', admins],
  ['areaOutside', 'read', everyone],
  ['areaOutside', 'list', everyone],
  ['areaOutside', 'create', admins],
  ['areaOutside', 'update', admins],
  ['areaOutside', 'delete', admins],
  ['areaPrefixTrap', 'read', everyone],
  ['areaPrefixTrap', 'list', everyone],
  ['areaPrefixTrap', 'create', admins],
  ['areaPrefixTrap', 'update', admins],
  ['areaPrefixTrap', 'delete', admins],

  ['department', 'read', everyone],
  ['department', 'list', everyone],
  ['department', 'create', admins],
  ['department', 'update', [...admins, 'departmentOfficer']],
  ['department', 'delete', admins],
  ['partnerOrg', 'read', everyone],
  ['partnerOrg', 'list', everyone],
  ['partnerOrg', 'create', admins],
  ['partnerOrg', 'update', [...admins, 'partner']],
  ['partnerOrg', 'delete', admins],
  ['groupInOfficerArea', 'read', everyone],
  ['groupInOfficerArea', 'list', everyone],
  ['groupInOfficerArea', 'create', [...admins, 'areaOfficer']],
  ['groupInOfficerArea', 'update', [...admins, 'areaOfficer']],
  ['groupInOfficerArea', 'delete', admins],
  ['groupPartlyOutside', 'read', everyone],
  ['groupPartlyOutside', 'list', everyone],
  ['groupPartlyOutside', 'create', admins],
  ['groupPartlyOutside', 'update', admins],
  ['groupPartlyOutside', 'delete', admins],
  ['groupWithoutArea', 'read', everyone],
  ['groupWithoutArea', 'list', everyone],
  ['groupWithoutArea', 'create', admins],
  ['groupWithoutArea', 'update', admins],
  ['groupWithoutArea', 'delete', admins],

  ['residentPerson', 'read', [...staffReaders, 'resident']],
  ['residentPerson', 'list', staffReaders],
  ['residentPerson', 'create', admins],
  ['residentPerson', 'update', [...admins, 'resident']],
  ['residentPerson', 'delete', admins],
  ['otherPerson', 'read', staffReaders],
  ['otherPerson', 'list', staffReaders],
  ['otherPerson', 'create', admins],
  ['otherPerson', 'update', admins],
  ['otherPerson', 'delete', admins],

  ['residentRoles', 'read', [...staffReaders, 'resident']],
  ['residentRoles', 'list', [...staffReaders, 'resident']],
  ['residentRoles', 'create', admins],
  ['residentRoles', 'update', admins],
  ['residentRoles', 'delete', admins],
  ['otherRoles', 'read', staffReaders],
  ['otherRoles', 'list', staffReaders],
  ['otherRoles', 'create', admins],
  ['otherRoles', 'update', admins],
  ['otherRoles', 'delete', admins],

  ['auditLog', 'read', adminReaders],
  ['auditLog', 'list', adminReaders],
  ['auditLog', 'create', []],
  ['auditLog', 'update', []],
  ['auditLog', 'delete', []],
  ['outbox', 'read', adminReaders],
  ['outbox', 'list', adminReaders],
  ['outbox', 'create', []],
  ['outbox', 'update', []],
  ['outbox', 'delete', []],

  // API tokens are managed in the browser only: never with a token.
  ['residentToken', 'read', ['resident', 'administrator']],
  ['residentToken', 'list', ['resident', 'administrator']],
  ['residentToken', 'create', ['resident']],
  ['residentToken', 'update', ['resident']],
  ['residentToken', 'delete', ['resident', 'administrator']],
  ['otherToken', 'read', ['administrator']],
  ['otherToken', 'list', ['administrator']],
  ['otherToken', 'create', []],
  ['otherToken', 'update', []],
  ['otherToken', 'delete', ['administrator']],
];

const cases = matrix.flatMap(([resource, action, allowed]) =>
  everyone.map((actor) => ({ actor, action, resource, expected: allowed.includes(actor) })),
);

describe('can: the permission matrix', () => {
  it('covers every resource with every action', () => {
    const actions: Action[] = ['read', 'list', 'create', 'update', 'delete'];
    for (const name of Object.keys(resources)) {
      const listed = matrix.filter(([res]) => res === name).map(([, action]) => action);
      expect(listed.sort(), name).toEqual([...actions].sort());
    }
  });

  it.each(cases)('$actor $action $resource → $expected', ({ actor, action, resource, expected }) => {
    expect(can(actors[actor], action, resources[resource])).toBe(expected);
  });

  it('refuses everything in another municipality, even to an administrator', () => {
    for (const [name, resource] of Object.entries(resources)) {
      for (const action of ['read', 'list', 'create', 'update', 'delete'] as const) {
        expect(
          can(actors.administrator, action, { ...resource, municipalityId: 'municipality-2' }),
          `${action} ${name}`,
        ).toBe(false);
      }
    }
  });

  it('throws for a resource type without a policy instead of allowing', () => {
    expect(() => can(actors.administrator, 'read', r('spaceship'))).toThrow(UnknownResourceTypeError);
  });
});

// ---- properties over random actors and resources ----

const municipalities = ['municipality-1', 'municipality-2', 'municipality-3'];
const paths = [
  'GM1',
  'GM1/WK1',
  'GM1/WK1/BU1',
  'GM1/WK1/BU2',
  'GM1/WK10',
  'GM1/WK10/BU9',
  'GM1/WK2',
  'GM1/WK2/BU3',
];
const organisationIds = ['org-a', 'org-b', 'org-c'];
const personIds = ['p-1', 'p-2', 'p-3'];
const organisationKinds = ['department', 'partner', 'resident_organisation', 'informal_group'] as const;

const grantArb: fc.Arbitrary<Grant> = fc.record(
  {
    role: fc.constantFrom(...roles),
    areaPath: fc.constantFrom(...paths),
    organisationId: fc.constantFrom(...organisationIds),
  },
  { requiredKeys: ['role'] },
);

const actorArb: fc.Arbitrary<Actor> = fc.record({
  municipalityId: fc.constantFrom(...municipalities),
  personId: fc.option(fc.constantFrom(...personIds), { nil: null }),
  label: fc.constant('random'),
  grants: fc.array(grantArb, { maxLength: 4 }),
  tokenScopes: fc.option(fc.subarray(['read', 'write']), { nil: undefined }),
});

const resourceArb: fc.Arbitrary<Resource> = fc
  .oneof(
    fc.record({ type: fc.constant('municipality') }),
    fc.record({ type: fc.constant('area'), areaPath: fc.constantFrom(...paths) }),
    fc.record({
      type: fc.constant('organisation'),
      organisationId: fc.constantFrom(...organisationIds),
      kind: fc.constantFrom(...organisationKinds),
      areaPaths: fc.subarray(paths),
    }),
    fc.record({ type: fc.constant('person'), personId: fc.constantFrom(...personIds) }),
    fc.record({ type: fc.constant('role_assignment'), personId: fc.constantFrom(...personIds) }),
    fc.record({ type: fc.constant('audit_log') }),
    fc.record({ type: fc.constant('outbox') }),
    fc.record({ type: fc.constant('api_token'), ownerId: fc.constantFrom(...personIds) }),
  )
  .chain((res) =>
    fc.constantFrom(...municipalities).map((municipalityId) => ({ ...res, municipalityId }) as Resource),
  );

const actionArb = fc.constantFrom<Action>('read', 'list', 'create', 'update', 'delete');

describe('can: properties', () => {
  it('never allows anything on a resource of another municipality', () => {
    fc.assert(
      fc.property(actorArb, actionArb, resourceArb, (actor, action, resource) => {
        fc.pre(actor.municipalityId !== resource.municipalityId);
        expect(can(actor, action, resource)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('never lets an area officer (without the administrator role) write an area outside their subtrees', () => {
    fc.assert(
      fc.property(actorArb, actionArb, fc.constantFrom(...paths), (actor, action, areaPath) => {
        fc.pre(writeActions.has(action) && !actor.grants.some((g) => g.role === 'administrator'));
        const subtrees = actor.grants
          .filter((g) => g.role === 'area_officer' && g.areaPath)
          .map((g) => g.areaPath as string);
        fc.pre(!subtrees.some((s) => pathWithin(areaPath, s)));
        expect(can(actor, action, { type: 'area', municipalityId: actor.municipalityId, areaPath })).toBe(
          false,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('never lets a token without the write scope write', () => {
    fc.assert(
      fc.property(actorArb, actionArb, resourceArb, (actor, action, resource) => {
        fc.pre(writeActions.has(action));
        const readOnly: Actor = { ...actor, tokenScopes: ['read'] };
        expect(can(readOnly, action, { ...resource, municipalityId: actor.municipalityId })).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
