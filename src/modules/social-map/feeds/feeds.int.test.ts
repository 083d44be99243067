import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousJson, bearerFor, jsonWith } from '../../../../test/bearer.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { countQueries } from '../../../core/db/database.ts';
import { NotFoundError } from '../../../core/errors.ts';
import { createMunicipality } from '../../../core/municipalities/create-municipality.ts';
import { systemActor } from '../../../core/permissions/actor.ts';
import { voorbeeldId } from '../testing.ts';
import { feedDb } from './feeds.tables.ts';
import { getFeed } from './get-feed.ts';
import { listFeeds } from './list-feeds.ts';
import { makePinnedFetch } from './pinned-fetch.ts';
import { runFeedsJob } from './run-feeds-job.ts';
import { configureFeedFetching } from './sync-feed.ts';

// Feeds served by a real HTTP server on 127.0.0.1, fetched through the real API on a real
// database. The SSRF guard is relaxed for loopback (configureFeedFetching) only in this process.

function ics(events: string[]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Buurthuis//NL', ...events, 'END:VCALENDAR', ''].join(
    '\r\n',
  );
}

function vevent(uid: string, summary: string, extra: string[] = []): string {
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTART;TZID=Europe/Amsterdam:20260302T100000',
    'DTEND;TZID=Europe/Amsterdam:20260302T113000',
    'RRULE:FREQ=WEEKLY;BYDAY=MO',
    `SUMMARY:${summary}`,
    'LOCATION:Buurthuis De Linde\\, grote zaal',
    ...extra,
    'END:VEVENT',
  ].join('\r\n');
}

const feeds: Record<string, string> = {};
let server: Server;
let base: string;

function handle(req: IncomingMessage, res: ServerResponse): void {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  if (path === '/hang') return;
  if (path === '/big') {
    res
      .writeHead(200, { 'content-type': 'text/calendar' })
      .end(`BEGIN:VCALENDAR\r\n${'X-PAD:x\r\n'.repeat(20_000)}END:VCALENDAR\r\n`);
    return;
  }
  if (path === '/page') {
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Agenda</title>');
    return;
  }
  const body = feeds[path];
  if (body === undefined) {
    res.writeHead(404, 'Not Found').end();
    return;
  }
  const etag = `"${Buffer.from(body).length}-${body.length % 97}"`;
  if (path.startsWith('/etag') && req.headers['if-none-match'] === etag) {
    res.writeHead(304).end();
    return;
  }
  res
    .writeHead(200, {
      'content-type': 'text/calendar; charset=utf-8',
      ...(path.startsWith('/etag') ? { etag } : {}),
    })
    .end(body);
}

let t: TestApp;
let partner: Record<string, string>;
let resident: Record<string, string>;
let officerCentrum: Record<string, string>;
let officerNoord: Record<string, string>;
let woonstichtingId: string;
let m: string;

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  configureFeedFetching({ allowPrivateNetwork: true, timeoutMs: 2_000, maxBytes: 50_000 });
  t = await createTestApp({ template: 'full' });
  m = await voorbeeldId(t.ctx.db);
  partner = jsonWith(await bearerFor(t, 'k.deboer@woonstichting.voorbeeld.example'));
  resident = jsonWith(await bearerFor(t, 'bewoner@voorbeeld.example'));
  officerCentrum = jsonWith(await bearerFor(t, 'wijkambtenaar.centrum@voorbeeld.example'));
  officerNoord = jsonWith(await bearerFor(t, 'wijkambtenaar.noordoost@voorbeeld.example'));
  const org = await t.ctx.db
    .selectFrom('organisations')
    .select('id')
    .where('name', '=', 'Woonstichting Voorbeeld')
    .executeTakeFirstOrThrow();
  woonstichtingId = org.id;
});

afterAll(async () => {
  configureFeedFetching({ allowPrivateNetwork: false, timeoutMs: 10_000, maxBytes: 2_000_000 });
  await t?.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function register(headers: Record<string, string>, body: Record<string, unknown>) {
  const res = await t.request('/api/v1/social-map/feeds', {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { id: string } };
}

async function fetchNow(headers: Record<string, string>, id: string) {
  const res = await t.request(`/api/v1/social-map/feeds/${id}/fetch`, { method: 'POST', headers });
  expect(res.status).toBe(200);
  return (await res.json()) as {
    result: {
      state: string;
      created: number;
      updated: number;
      removed: number;
      unchanged: number;
      problem: { key: string; message: string } | null;
    };
    feed: { state: string; itemCount: number; problem: unknown; runs: unknown[] };
  };
}

async function feedAssets(feedId: string) {
  return feedDb(t.ctx.db)
    .selectFrom('social_map_assets')
    .select([
      'id',
      'title',
      'status',
      'kind',
      'summary',
      'updated_at',
      'revision_count',
      'source',
      'owner_organisation_id',
      'themes',
    ])
    .where('source_id', 'like', `${feedId}/%`)
    .orderBy('title')
    .execute();
}

const revisionCount = async () =>
  Number(
    (
      await t.ctx.db
        .withTables<{ social_map_revisions: { id: string } }>()
        .selectFrom('social_map_revisions')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('calendar feeds through the API', () => {
  let feedId: string;

  it('registers a feed of an organisation and syncs its events by UID', async () => {
    feeds['/linde.ics'] = ics([vevent('koffie@linde', 'Koffie-ochtend'), vevent('breien@linde', 'Breiclub')]);
    const { status, body } = await register(partner, {
      name: 'Agenda Buurthuis De Linde',
      url: `${base}/linde.ics`,
      organisationId: woonstichtingId,
      areaCode: 'WK999902',
      themes: ['ontmoeting'],
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({ state: 'new', itemCount: 0, area: { code: 'WK999902' } });
    feedId = body.id;

    const first = await fetchNow(partner, feedId);
    expect(first.result).toMatchObject({ state: 'ok', created: 2, updated: 0, removed: 0, problem: null });
    expect(first.feed).toMatchObject({ state: 'ok', itemCount: 2 });
    const assets = await feedAssets(feedId);
    expect(assets.map((a) => [a.title, a.kind, a.source, a.summary])).toEqual([
      ['Breiclub', 'activity', 'feed', 'Buurthuis De Linde, grote zaal'],
      ['Koffie-ochtend', 'activity', 'feed', 'Buurthuis De Linde, grote zaal'],
    ]);
    expect(assets.every((a) => a.owner_organisation_id === woonstichtingId)).toBe(true);
    expect(assets[0]?.themes).toEqual(['ontmoeting']);
  });

  it('writes nothing when the feed did not change (idempotent)', async () => {
    const before = await feedAssets(feedId);
    const revisions = await revisionCount();
    const again = await fetchNow(partner, feedId);
    expect(again.result).toMatchObject({ state: 'ok', created: 0, updated: 0, removed: 0, unchanged: 2 });
    expect(await revisionCount()).toBe(revisions);
    expect(await feedAssets(feedId)).toEqual(before);
  });

  it('updates changed events, and archives removed and cancelled ones', async () => {
    feeds['/linde.ics'] = ics([
      vevent('koffie@linde', 'Koffie-ochtend met de wijkagent'),
      vevent('breien@linde', 'Breiclub', ['STATUS:CANCELLED']),
      vevent('yoga@linde', 'Stoelyoga'),
    ]);
    const revisions = await revisionCount();
    const r = await fetchNow(partner, feedId);
    expect(r.result).toMatchObject({ state: 'ok', created: 1, updated: 1, removed: 1, unchanged: 0 });
    expect(r.feed.itemCount).toBe(2);
    const byTitle = Object.fromEntries((await feedAssets(feedId)).map((a) => [a.title, a.status]));
    expect(byTitle).toMatchObject({ Breiclub: 'archived', Stoelyoga: expect.any(String) });
    expect(byTitle['Koffie-ochtend met de wijkagent']).not.toBe('archived');
    expect(await revisionCount()).toBe(revisions + 2); // the new item and the changed one

    // The cancelled event comes back: its item returns, not a second one.
    feeds['/linde.ics'] = ics([
      vevent('koffie@linde', 'Koffie-ochtend met de wijkagent'),
      vevent('breien@linde', 'Breiclub'),
      vevent('yoga@linde', 'Stoelyoga'),
    ]);
    const back = await fetchNow(partner, feedId);
    expect(back.result).toMatchObject({ created: 0, updated: 1, removed: 0, unchanged: 2 });
    expect(await feedAssets(feedId)).toHaveLength(3);
  });

  it('keeps state and items when the source breaks, with a clear message', async () => {
    const items = await feedAssets(feedId);
    const cases: Array<[string, string, string]> = [
      ['/missing.ics', 'error', 'sm.feeds.problem.http'],
      ['/hang', 'error', 'sm.feeds.problem.timeout'],
      ['/big', 'bad_source', 'sm.feeds.problem.tooLarge'],
      ['/page', 'bad_source', 'sm.feeds.problem.notICalendar'],
      ['/broken.ics', 'bad_source', 'sm.feeds.problem.malformed'],
    ];
    feeds['/broken.ics'] = ics([vevent('x', 'Nieuw'), 'DIT IS GEEN ICALENDAR-REGEL']);
    for (const [path, state, key] of cases) {
      const patch = await t.request(`/api/v1/social-map/feeds/${feedId}`, {
        method: 'PATCH',
        headers: partner,
        body: JSON.stringify({ url: `${base}${path}` }),
      });
      expect(patch.status).toBe(200);
      const r = await fetchNow(partner, feedId);
      expect([path, r.result.state, r.result.problem?.key]).toEqual([path, state, key]);
      expect(r.feed.state).toBe(state);
    }
    // Nothing half-written: the items are as they were.
    expect(await feedAssets(feedId)).toEqual(items);
    const detail = await t.request(`/api/v1/social-map/feeds/${feedId}`, {
      headers: { ...partner, 'Accept-Language': 'en' },
    });
    const json = (await detail.json()) as {
      problem: { message: string; detail: string };
      runs: Array<{ state: string }>;
    };
    expect(json.problem.message).toMatch(/damaged or not valid iCalendar/);
    expect(json.problem.detail).toMatch(/line/);
    expect(json.runs.length).toBeGreaterThanOrEqual(5);
    expect(json.runs[0]?.state).toBe('bad_source');
  });

  it('uses a conditional GET: an unchanged feed answers 304', async () => {
    feeds['/etag.ics'] = ics([vevent('etag-1', 'Repaircafé')]);
    const { body } = await register(resident, { name: 'Repaircafé', url: `${base}/etag.ics` });
    expect((await fetchNow(resident, body.id)).result).toMatchObject({ state: 'ok', created: 1 });
    expect((await fetchNow(resident, body.id)).result).toMatchObject({ state: 'not_modified', created: 0 });
  });

  it('fetches a feed once at a time, and lists feeds in one query', async () => {
    const [a, b] = await Promise.all([fetchNow(partner, feedId), fetchNow(partner, feedId)]);
    expect([a.result.created, b.result.created]).toEqual([0, 0]);
    const { queries } = await countQueries(() => listFeeds(t.ctx.db, systemActor(m), { limit: 200 }));
    expect(queries).toBe(1);
  });

  it('shows a feed only to its owner and the editors of its area', async () => {
    const list = async (h: Record<string, string>) =>
      (
        (await (await t.request('/api/v1/social-map/feeds', { headers: h })).json()) as {
          items: Array<{ id: string }>;
        }
      ).items.map((f) => f.id);
    expect(await list(partner)).toContain(feedId);
    expect(await list(officerNoord)).toContain(feedId);
    expect(await list(resident)).not.toContain(feedId);
    expect(await list(officerCentrum)).not.toContain(feedId);
    for (const h of [resident, officerCentrum]) {
      expect((await t.request(`/api/v1/social-map/feeds/${feedId}`, { headers: h })).status).toBe(404);
      expect(
        (await t.request(`/api/v1/social-map/feeds/${feedId}/fetch`, { method: 'POST', headers: h })).status,
      ).toBe(404);
      const patch = await t.request(`/api/v1/social-map/feeds/${feedId}`, {
        method: 'PATCH',
        headers: h,
        body: '{"name":"x"}',
      });
      expect(patch.status).toBe(404);
    }
    expect((await t.request('/api/v1/social-map/feeds', { headers: anonymousJson(t) })).status).toBe(401);
    // A resident may not register a feed for an organisation they are not part of.
    const foreign = await register(resident, {
      name: 'Niet van mij',
      url: `${base}/x.ics`,
      organisationId: woonstichtingId,
    });
    expect(foreign.status).toBe(403);

    const other = await createMunicipality(t.ctx.db, {
      code: 'GM9997',
      name: 'Gemeente Elders',
      slug: 'elders',
      isDemo: true,
    });
    const stranger = systemActor(other.id);
    await expect(getFeed(t.ctx.db, stranger, feedId)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listFeeds(t.ctx.db, stranger)).items).toEqual([]);
    expect((await listFeeds(t.ctx.db, systemActor(m))).items.map((f) => f.id)).toContain(feedId);
  });

  it('refuses bad input with a clear 400 and writes nothing', async () => {
    const count = async () =>
      (await feedDb(t.ctx.db).selectFrom('social_map_feeds').select('id').execute()).length;
    const before = await count();
    const bad = await register(
      { ...resident, 'Accept-Language': 'nl' },
      { name: '', url: 'ftp://x/agenda.ics', themes: ['geen-thema'], intervalMinutes: 1 },
    );
    expect(bad.status).toBe(400);
    const names = (bad.body.invalidParams as Array<{ name: string; reason: string }>)
      .map((p) => p.name)
      .sort();
    expect(names).toEqual(['intervalMinutes', 'name', 'url']);
    expect(JSON.stringify(bad.body)).toMatch(/https:\/\/, http:\/\/ of webcal:\/\//);
    const unknownTheme = await register(resident, {
      name: 'x',
      url: `${base}/y.ics`,
      themes: ['geen-thema'],
    });
    expect(unknownTheme.status).toBe(400);
    const duplicate = await register(resident, { name: 'Repaircafé 2', url: `${base}/etag.ics` });
    expect(duplicate.status).toBe(400);
    const notJson = await t.request('/api/v1/social-map/feeds', {
      method: 'POST',
      headers: { ...resident, 'Content-Type': 'text/plain' },
      body: 'x',
    });
    expect(notJson.status).toBe(415);
    expect(await count()).toBe(before);
  });

  it('deletes a feed: its items are archived, not deleted', async () => {
    const live = (await feedAssets(feedId)).length;
    const res = await t.request(`/api/v1/social-map/feeds/${feedId}`, {
      method: 'DELETE',
      headers: officerNoord,
    });
    expect(res.status).toBe(204);
    const after = await feedAssets(feedId);
    expect(after).toHaveLength(live);
    expect(after.every((a) => a.status === 'archived')).toBe(true);
    expect((await t.request(`/api/v1/social-map/feeds/${feedId}`, { headers: officerNoord })).status).toBe(
      404,
    );
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await (await t.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/social-map/feeds', '/social-map/feeds/{id}', '/social-map/feeds/{id}/fetch']),
    );
  });
});

describe('the feeds job', () => {
  it('fetches the feeds that are due, and not again until their interval has passed', async () => {
    feeds['/job.ics'] = ics([vevent('job-1', 'Buurtmaaltijd')]);
    const { body } = await register(resident, {
      name: 'Buurtmaaltijd',
      url: `${base}/job.ics`,
      intervalMinutes: 60,
    });
    const now = new Date(Date.now() + 1000);
    const first = await runFeedsJob(t.ctx, now);
    expect(first.fetched).toBeGreaterThanOrEqual(1);
    const feed = await getFeed(t.ctx.db, systemActor(m), body.id);
    expect(feed).toMatchObject({ state: 'ok', itemCount: 1 });
    expect(feed.nextFetchAt?.getTime()).toBe(now.getTime() + 60 * 60_000);
    expect(await runFeedsJob(t.ctx, new Date(now.getTime() + 59 * 60_000))).toEqual({
      fetched: 0,
      ok: 0,
      failed: 0,
    });
    expect((await runFeedsJob(t.ctx, new Date(now.getTime() + 61 * 60_000))).fetched).toBe(1);
  });

  it('does not poll example hosts, and says why on demand', async () => {
    const { body } = await register(resident, {
      name: 'Voorbeeld',
      url: 'https://agenda.buurthuis.example/agenda.ics',
    });
    expect(body.nextFetchAt).toBeNull();
    const r = await fetchNow(resident, body.id);
    expect(r.result).toMatchObject({ state: 'error', problem: { key: 'sm.feeds.problem.reservedHost' } });
  });
});

describe('pinned fetch (DNS rebinding guard)', () => {
  it('connects only to an address it checked, and refuses private ones', async () => {
    const rebinding = makePinnedFetch(async () => ['127.0.0.1']);
    await expect(rebinding('http://feeds.rebind.example/agenda.ics')).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/private address \(127\.0\.0\.1\)/) },
    });
  });
});
