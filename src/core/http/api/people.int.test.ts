import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousJson, bearerFor, demoMunicipalityId, jsonWith } from '../../../../test/bearer.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { verifyPassword } from '../../auth/password.ts';
import { createSession } from '../../auth/sessions.ts';

let t: TestApp;
let admin: Record<string, string>;
let coordinator: Record<string, string>;
let officer: Record<string, string>;
let resident: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  admin = await bearerFor(t, 'beheerder@voorbeeld.example');
  coordinator = await bearerFor(t, 'coordinator@voorbeeld.example');
  officer = await bearerFor(t, 'wijkambtenaar.centrum@voorbeeld.example');
  resident = await bearerFor(t, 'bewoner@voorbeeld.example');
});
afterAll(() => t.close());

type PersonJson = {
  id: string;
  name: string;
  email: string;
  status: string;
  roles: Array<{
    id: string;
    role: string;
    area: { code: string } | null;
    organisation: { id: string } | null;
  }>;
};

async function personByEmail(email: string): Promise<PersonJson> {
  const body = await (
    await t.request(`/api/v1/people?q=${encodeURIComponent(email)}`, { headers: admin })
  ).json();
  return body.items[0];
}

async function organisationId(q: string): Promise<string> {
  return (await (await t.request(`/api/v1/organisations?q=${encodeURIComponent(q)}`)).json()).items[0].id;
}

async function latestAudit(resourceType: string, resourceId: string) {
  const body = await (
    await t.request(`/api/v1/audit-log?resourceType=${resourceType}&resourceId=${resourceId}&limit=1`, {
      headers: admin,
    })
  ).json();
  return body.items[0] as
    | { action: string; actor: { label: string }; changes: Record<string, unknown> }
    | undefined;
}

const post = (path: string, headers: Record<string, string>, body: unknown) =>
  t.request(path, { method: 'POST', headers, body: JSON.stringify(body) });
const patch = (path: string, headers: Record<string, string>, body: unknown) =>
  t.request(path, { method: 'PATCH', headers, body: JSON.stringify(body) });

describe('GET /api/v1/people', () => {
  it('is for administrators and coordinators: 401 anonymous, 403 others', async () => {
    const anon = await t.request('/api/v1/people');
    expect(anon.status).toBe(401);
    expect(anon.headers.get('content-type')).toContain('application/problem+json');
    expect((await t.request('/api/v1/people', { headers: resident })).status).toBe(403);
    expect((await t.request('/api/v1/people', { headers: officer })).status).toBe(403);
    expect((await t.request('/api/v1/people', { headers: coordinator })).status).toBe(200);
  });

  it('pages through everyone by name', async () => {
    const names: string[] = [];
    let next: string | undefined = '/api/v1/people?limit=3';
    let pages = 0;
    while (next) {
      const res = await t.request(next, { headers: admin });
      const body = await res.json();
      names.push(...body.items.map((p: PersonJson) => p.name));
      next = body._links.next?.href;
      if (next) expect(res.headers.get('Link')).toBe(`<${next}>; rel="next"`);
      pages++;
    }
    expect(pages).toBe(3);
    expect(names).toEqual([...names].sort());
    expect(names).toHaveLength(8);
  });

  it('filters by role and by name or e-mail', async () => {
    const officers = await (await t.request('/api/v1/people?role=area_officer', { headers: admin })).json();
    expect(officers.items.map((p: PersonJson) => p.name)).toEqual(['Daan Visser', 'Eva de Vries']);
    expect(officers.items[0].roles.map((r: PersonJson['roles'][number]) => r.area?.code)).toEqual([
      'WK999902',
      'WK999904',
    ]);
    const byMail = await (await t.request('/api/v1/people?q=woonstichting', { headers: admin })).json();
    expect(byMail.items.map((p: PersonJson) => p.name)).toEqual(['Karin de Boer']);
    const bad = await t.request('/api/v1/people?role=king&limit=500', { headers: admin });
    expect(bad.status).toBe(400);
    expect((await bad.json()).invalidParams.map((i: { name: string }) => i.name).sort()).toEqual([
      'limit',
      'role',
    ]);
  });
});

describe('GET /api/v1/people/{id}', () => {
  it('shows yourself, and others only to staff; 404 for unknown, 400 for malformed ids', async () => {
    const henk = await personByEmail('bewoner@voorbeeld.example');
    const self = await t.request(`/api/v1/people/${henk.id}`, { headers: resident });
    expect(self.status).toBe(200);
    expect((await self.json()).roles[0]).toMatchObject({ role: 'resident', area: { code: 'BU99990202' } });
    const eva = await personByEmail('wijkambtenaar.centrum@voorbeeld.example');
    expect((await t.request(`/api/v1/people/${eva.id}`, { headers: resident })).status).toBe(403);
    expect((await t.request(`/api/v1/people/${eva.id}`, { headers: coordinator })).status).toBe(200);
    expect((await t.request(`/api/v1/people/${eva.id}`)).status).toBe(401);
    expect(
      (await t.request('/api/v1/people/00000000-0000-4000-8000-000000000000', { headers: admin })).status,
    ).toBe(404);
    expect((await t.request('/api/v1/people/not-a-uuid', { headers: admin })).status).toBe(400);
  });
});

describe('POST /api/v1/people', () => {
  it('refuses anonymous callers (401) and non-administrators (403)', async () => {
    const body = { name: 'Nieuw', email: 'nieuw@voorbeeld.example' };
    expect((await post('/api/v1/people', anonymousJson(t), body)).status).toBe(401);
    expect((await post('/api/v1/people', jsonWith(officer), body)).status).toBe(403);
    expect((await post('/api/v1/people', jsonWith(coordinator), body)).status).toBe(403);
  });

  it('without a password: creates the person and mails a link to set one (valid 72 hours)', async () => {
    const res = await post('/api/v1/people', jsonWith(admin), {
      name: 'Sanne de Vries',
      email: ' Sanne.deVries@Voorbeeld.example ',
      role: 'area_officer',
      areaCode: 'WK999903',
    });
    expect(res.status).toBe(201);
    const p = await res.json();
    expect(res.headers.get('Location')).toBe(`/api/v1/people/${p.id}`);
    expect(p).toMatchObject({
      name: 'Sanne de Vries',
      email: 'sanne.devries@voorbeeld.example',
      status: 'active',
      locale: 'nl',
    });
    expect(p.roles).toEqual([
      {
        id: expect.any(String),
        role: 'area_officer',
        area: { code: 'WK999903', name: expect.any(String) },
        organisation: null,
      },
    ]);

    const mail = await t.ctx.db
      .selectFrom('outbox_messages')
      .selectAll()
      .where('recipient', '=', 'sanne.devries@voorbeeld.example')
      .execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]?.purpose).toBe('account-invite');
    const link = mail[0]?.body_text.match(/(\S+\/wachtwoord-herstellen\/(\S+))/);
    expect(link?.[1]?.startsWith(t.ctx.publicUrl)).toBe(true);
    const tokens = await t.ctx.db
      .selectFrom('password_reset_tokens')
      .selectAll()
      .where('person_id', '=', p.id)
      .execute();
    expect(tokens).toHaveLength(1);
    const hours = (new Date(tokens[0]?.expires_at ?? 0).getTime() - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(71);
    expect(hours).toBeLessThanOrEqual(72);
    // Only the hash is stored: the mailed token is not the row id.
    expect(tokens[0]?.id).not.toBe(link?.[2]);

    const created = await latestAudit('person', p.id);
    expect(created).toMatchObject({
      action: 'person.create',
      actor: { label: 'beheerder@voorbeeld.example' },
    });
    expect(created?.changes).toMatchObject({
      name: 'Sanne de Vries',
      email: 'sanne.devries@voorbeeld.example',
      invited: true,
    });
    const role = await latestAudit('role_assignment', p.roles[0].id);
    expect(role?.changes).toMatchObject({ personId: p.id, role: 'area_officer', areaCode: 'WK999903' });
  });

  it('with a temporary password: stores only its hash and sends no mail', async () => {
    const res = await post('/api/v1/people', jsonWith(admin), {
      name: 'Tim Jansen',
      email: 'tim@voorbeeld.example',
      password: 'tijdelijk-wachtwoord-1',
      locale: 'en',
    });
    expect(res.status).toBe(201);
    const p = await res.json();
    const row = await t.ctx.db
      .selectFrom('people')
      .select(['password_hash', 'locale'])
      .where('id', '=', p.id)
      .executeTakeFirstOrThrow();
    expect(row.locale).toBe('en');
    expect(row.password_hash).not.toContain('tijdelijk');
    expect(await verifyPassword(row.password_hash, 'tijdelijk-wachtwoord-1')).toBe(true);
    const mail = await t.ctx.db
      .selectFrom('outbox_messages')
      .select('id')
      .where('recipient', '=', 'tim@voorbeeld.example')
      .execute();
    expect(mail).toHaveLength(0);
    expect((await latestAudit('person', p.id))?.changes).not.toHaveProperty('password');
  });

  it('answers invalid input with 400 and field errors, and creates nothing', async () => {
    const short = await post('/api/v1/people', jsonWith(admin), {
      name: '',
      email: 'geen-adres',
      password: 'kort',
    });
    expect(short.status).toBe(400);
    expect(
      (await short.json()).invalidParams
        .map((i: { name: string; code: string }) => `${i.name}:${i.code}`)
        .sort(),
    ).toEqual(['email:validation.email', 'name:validation.required', 'password:validation.tooShort']);
    const dup = await post('/api/v1/people', jsonWith(admin), {
      name: 'Dubbel',
      email: 'BEHEERDER@voorbeeld.example',
    });
    expect((await dup.json()).invalidParams).toEqual([
      { name: 'email', code: 'error.emailTaken', reason: 'Er bestaat al een account met dit e-mailadres.' },
    ]);
    const noArea = await post('/api/v1/people', jsonWith(admin), {
      name: 'Zonder gebied',
      email: 'zonder@voorbeeld.example',
      role: 'area_officer',
    });
    expect(noArea.status).toBe(400);
    expect((await noArea.json()).invalidParams[0]).toMatchObject({
      name: 'areaCode',
      code: 'error.roleNeedsArea',
    });
    const rows = await t.ctx.db
      .selectFrom('people')
      .select('id')
      .where('email', '=', 'zonder@voorbeeld.example')
      .execute();
    expect(rows).toHaveLength(0);
  });
});

describe('PATCH /api/v1/people/{id}', () => {
  it('lets people change their own name and language, but not their status', async () => {
    const henk = await personByEmail('bewoner@voorbeeld.example');
    const res = await patch(`/api/v1/people/${henk.id}`, jsonWith(resident), {
      name: 'Henk J. Mulder',
      locale: 'en',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ name: 'Henk J. Mulder', locale: 'en' });
    expect((await latestAudit('person', henk.id))?.changes).toEqual({
      name: { from: 'Henk Mulder', to: 'Henk J. Mulder' },
      locale: { from: 'nl', to: 'en' },
    });
    expect(
      (await patch(`/api/v1/people/${henk.id}`, jsonWith(resident), { status: 'disabled' })).status,
    ).toBe(403);
    const eva = await personByEmail('wijkambtenaar.centrum@voorbeeld.example');
    expect((await patch(`/api/v1/people/${eva.id}`, jsonWith(resident), { name: 'X' })).status).toBe(403);
    expect((await patch(`/api/v1/people/${eva.id}`, anonymousJson(t), { name: 'X' })).status).toBe(401);
    expect(
      (await patch('/api/v1/people/00000000-0000-4000-8000-000000000000', jsonWith(admin), { name: 'X' }))
        .status,
    ).toBe(404);
    const bad = await patch(`/api/v1/people/${eva.id}`, jsonWith(admin), { status: 'gone', name: '' });
    expect(bad.status).toBe(400);
  });

  it('disabling signs the person out everywhere and stops their API tokens', async () => {
    const jeroen = await personByEmail('wijkagent@politie.voorbeeld.example');
    const jeroenToken = await bearerFor(t, 'wijkagent@politie.voorbeeld.example');
    expect((await t.request(`/api/v1/people/${jeroen.id}`, { headers: jeroenToken })).status).toBe(200);
    const municipalityId = await demoMunicipalityId(t);
    await createSession(t.ctx.db, { municipalityId, personId: jeroen.id });
    const res = await patch(`/api/v1/people/${jeroen.id}`, jsonWith(admin), { status: 'disabled' });
    expect(res.status).toBe(200);
    expect((await res.json()).status).toBe('disabled');
    const sessions = await t.ctx.db
      .selectFrom('sessions')
      .select('id')
      .where('person_id', '=', jeroen.id)
      .execute();
    expect(sessions).toHaveLength(0);
    expect((await t.request(`/api/v1/people/${jeroen.id}`, { headers: jeroenToken })).status).toBe(401);
    expect((await latestAudit('person', jeroen.id))?.changes).toEqual({
      status: { from: 'active', to: 'disabled' },
    });
    expect((await patch(`/api/v1/people/${jeroen.id}`, jsonWith(admin), { status: 'active' })).status).toBe(
      200,
    );
  });

  it('never disables the last active administrator', async () => {
    const ingrid = await personByEmail('beheerder@voorbeeld.example');
    const res = await patch(`/api/v1/people/${ingrid.id}`, jsonWith(admin), { status: 'disabled' });
    expect(res.status).toBe(422);
    expect((await res.json()).detail).toBe('U kunt de laatste beheerder niet verwijderen.');
    const row = await t.ctx.db
      .selectFrom('people')
      .select('status')
      .where('id', '=', ingrid.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('active');
  });
});

describe('POST and DELETE /api/v1/people/{id}/roles', () => {
  it('enforces the scope each role needs', async () => {
    const yusuf = await personByEmail('coordinator@voorbeeld.example');
    const url = `/api/v1/people/${yusuf.id}/roles`;
    const partnerOrg = await organisationId('Woonstichting');
    const department = await organisationId('Openbare Ruimte');
    const cases: Array<[unknown, string, string]> = [
      [{ role: 'area_officer' }, 'areaCode', 'error.roleNeedsArea'],
      [{ role: 'area_officer', areaCode: 'WK000000' }, 'areaCode', 'error.areaNotFound'],
      [{ role: 'department_officer' }, 'organisationId', 'error.roleNeedsDepartment'],
      [
        { role: 'department_officer', organisationId: partnerOrg },
        'organisationId',
        'error.roleNeedsDepartment',
      ],
      [{ role: 'partner' }, 'organisationId', 'error.roleNeedsOrganisation'],
      [{ role: 'partner', organisationId: department }, 'organisationId', 'error.roleNeedsOrganisation'],
      [
        { role: 'partner', organisationId: '00000000-0000-4000-8000-000000000000' },
        'organisationId',
        'error.organisationNotFound',
      ],
      [{ role: 'mayor' }, 'role', 'validation.choice'],
    ];
    for (const [body, field, code] of cases) {
      const res = await post(url, jsonWith(admin), body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await res.json()).invalidParams[0], JSON.stringify(body)).toMatchObject({ name: field, code });
    }
  });

  it('adds a role (audited), refuses a duplicate, and removes it again (audited)', async () => {
    const yusuf = await personByEmail('coordinator@voorbeeld.example');
    const department = await organisationId('Openbare Ruimte');
    const res = await post(`/api/v1/people/${yusuf.id}/roles`, jsonWith(admin), {
      role: 'department_officer',
      organisationId: department,
    });
    expect(res.status).toBe(201);
    const role = await res.json();
    expect(role).toMatchObject({
      role: 'department_officer',
      area: null,
      organisation: { id: department, kind: 'department' },
    });
    expect(await latestAudit('role_assignment', role.id)).toMatchObject({
      action: 'role_assignment.create',
      changes: { personId: yusuf.id, role: 'department_officer', organisationId: department },
    });
    const dup = await post(`/api/v1/people/${yusuf.id}/roles`, jsonWith(admin), {
      role: 'department_officer',
      organisationId: department,
    });
    expect(dup.status).toBe(400);
    expect((await dup.json()).invalidParams[0].code).toBe('admin.users.roleExists');

    expect(
      (
        await t.request(`/api/v1/people/${yusuf.id}/roles/${role.id}`, {
          method: 'DELETE',
          headers: coordinator,
        })
      ).status,
    ).toBe(403);
    const del = await t.request(`/api/v1/people/${yusuf.id}/roles/${role.id}`, {
      method: 'DELETE',
      headers: admin,
    });
    expect(del.status).toBe(204);
    expect(await latestAudit('role_assignment', role.id)).toMatchObject({
      action: 'role_assignment.delete',
      changes: { role: 'department_officer' },
    });
    expect(
      (await t.request(`/api/v1/people/${yusuf.id}/roles/${role.id}`, { method: 'DELETE', headers: admin }))
        .status,
    ).toBe(404);
  });

  it('gives 401, 403 and 404 where due', async () => {
    const eva = await personByEmail('wijkambtenaar.centrum@voorbeeld.example');
    const body = { role: 'coordinator' };
    expect((await post(`/api/v1/people/${eva.id}/roles`, anonymousJson(t), body)).status).toBe(401);
    expect((await post(`/api/v1/people/${eva.id}/roles`, jsonWith(officer), body)).status).toBe(403);
    expect(
      (await post('/api/v1/people/00000000-0000-4000-8000-000000000000/roles', jsonWith(admin), body)).status,
    ).toBe(404);
  });

  it('never removes the last administrator, but does once there is another', async () => {
    const ingrid = await personByEmail('beheerder@voorbeeld.example');
    const adminRole = ingrid.roles.find((r) => r.role === 'administrator');
    if (!adminRole) throw new Error('the demo administrator has no administrator role');
    const last = await t.request(`/api/v1/people/${ingrid.id}/roles/${adminRole.id}`, {
      method: 'DELETE',
      headers: admin,
    });
    expect(last.status).toBe(422);
    expect((await last.json()).detail).toBe('U kunt de laatste beheerder niet verwijderen.');
    const yusuf = await personByEmail('coordinator@voorbeeld.example');
    expect(
      (await post(`/api/v1/people/${yusuf.id}/roles`, jsonWith(admin), { role: 'administrator' })).status,
    ).toBe(201);
    const now = await t.request(`/api/v1/people/${ingrid.id}/roles/${adminRole.id}`, {
      method: 'DELETE',
      headers: admin,
    });
    expect(now.status).toBe(204);
  });
});
