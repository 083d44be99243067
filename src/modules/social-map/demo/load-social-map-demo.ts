import { listAreaRows } from '../../../core/areas/areas.repository.ts';
import { runWrite } from '../../../core/audit/write.ts';
import { randomToken } from '../../../core/auth/tokens.ts';
import type { Db } from '../../../core/db/database.ts';
import type { AreaRow } from '../../../core/db/tables.ts';
import { voorbeeld } from '../../../core/demo/voorbeeld-data.ts';
import { findMunicipalityByCode } from '../../../core/municipalities/municipalities.repository.ts';
import { findPersonByEmail } from '../../../core/people/people.repository.ts';
import { systemActor } from '../../../core/permissions/actor.ts';
import type { AssetContent } from '../asset.ts';
import { emptyContent, mergeContent, searchTextFor } from '../asset-content.ts';
import {
  type CreateAssetInput,
  createAssetInput,
  crossFieldIssues,
  parseSocialMapInput,
} from '../asset-input.ts';
import {
  applyContent,
  findSimilarTitles,
  hasAssets,
  insertAssetRow,
  setPublicationConsent,
  setVerificationFacts,
} from '../assets.repository.ts';
import { insertConsent } from '../consents.repository.ts';
import { savePolicy } from '../editorial-policies.repository.ts';
import { loadDemoFeed } from '../feeds/demo-feed.ts';
import { freshnessState } from '../freshness.ts';
import '../policy.ts';
import { insertReport } from '../reports.repository.ts';
import { insertRevision } from '../revisions.repository.ts';
import { findSettings } from '../settings.repository.ts';
import { smDb, smTx } from '../social-map.tables.ts';
import { insertSubmission, markConfirmed } from '../submissions.repository.ts';
import { listTaxonomy, seedDefaultTaxonomy } from '../taxonomy.ts';
import {
  type DemoAsset,
  demoAssets,
  demoConsents,
  demoPolicies,
  demoProposal,
  demoReports,
  demoSubmissions,
} from './social-map-demo-data.ts';

// Loads the social map of Gemeente Voorbeeld, after the core demo (loadDemo). Every item goes
// through the same input schema and rules as the services, then is written in one transaction.

export class SocialMapDemoAlreadyLoadedError extends Error {}

const day = 86_400_000;

function toInput(
  a: Omit<DemoAsset, 'key' | 'verifiedDaysAgo'>,
  organisationId: string | null,
  area: AreaRow,
  i: number,
): CreateAssetInput {
  // Points near the middle of the buurt, spread a little so markers do not overlap.
  const point =
    a.location === 'address' && area.centroid_lat !== null && area.centroid_lon !== null
      ? {
          lat: Math.round((area.centroid_lat + (((i * 37) % 11) - 5) * 0.0003) * 1e6) / 1e6,
          lon: Math.round((area.centroid_lon + (((i * 53) % 11) - 5) * 0.0005) * 1e6) / 1e6,
        }
      : null;
  return {
    kind: a.kind,
    formality: a.formality,
    title: a.title,
    summary: a.summary,
    description: a.description ?? '',
    areaCode: a.areaCode,
    organisationId,
    themes: a.themes ?? [],
    targetGroups: a.targetGroups ?? [],
    abcdCategories: a.abcd ?? [],
    locationType: a.location,
    address: a.street ? { street: a.street, postalCode: a.postalCode ?? '', city: 'Voorbeeld' } : null,
    point,
    onlineUrl: a.onlineUrl ?? null,
    schedules: a.schedules ?? [],
    scheduleNote: a.scheduleNote ?? null,
    costFree: a.cost === undefined,
    costText: a.cost ?? null,
    languages: a.languages ?? [],
    accessibility: a.accessibility ?? [],
    contact: a.contact ?? [],
    photoUrl: null,
    photoAlt: null,
    validFrom: a.validFrom ?? null,
    validUntil: a.validUntil ?? null,
    links: [],
  };
}

export async function loadSocialMapDemo(
  db: Db,
  log: (line: string) => void = () => {},
): Promise<{ assets: number; submissions: number }> {
  const municipality = await findMunicipalityByCode(db, voorbeeld.code);
  if (!municipality) throw new Error(`load the core demo (${voorbeeld.code}) first`);
  const m = municipality.id;
  const sdb = smDb(db);
  if (await hasAssets(sdb, m))
    throw new SocialMapDemoAlreadyLoadedError(`the social map of ${voorbeeld.name} is already loaded`);
  const ctx = { db, actor: systemActor(m, 'demo loader'), meta: {} };

  await runWrite(ctx, async (tx, audit) => {
    await seedDefaultTaxonomy(tx, m);
    audit({ action: 'social_map.taxonomy.seed', resourceType: 'social_map_taxonomy' });
  });

  // Everything the items refer to, by the keys the demo data uses.
  const areas = new Map((await listAreaRows(db, m)).map((a) => [a.code, a]));
  const orgRows = await sdb
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('municipality_id', '=', m)
    .execute();
  const orgIdByName = new Map(orgRows.map((o) => [o.name, o.id]));
  const orgId = (key: string | undefined) => {
    if (!key) return null;
    const name = voorbeeld.organisations.find((o) => o.key === key)?.name;
    const id = name ? orgIdByName.get(name) : undefined;
    if (!id) throw new Error(`demo organisation ${key} is missing`);
    return id;
  };
  const personId = async (key: string) => {
    const user = voorbeeld.users.find((u) => u.key === key);
    const person = user ? await findPersonByEmail(db, m, user.email) : undefined;
    if (!person) throw new Error(`demo user ${key} is missing`);
    return person.id;
  };
  const area = (code: string) => {
    const a = areas.get(code);
    if (!a) throw new Error(`demo area ${code} is missing`);
    return a;
  };
  const terms = await listTaxonomy(db, m);
  const settings = await findSettings(sdb, m);
  const now = new Date();

  const contentOf = (a: Omit<DemoAsset, 'key' | 'verifiedDaysAgo'>, i: number): AssetContent => {
    const areaRow = area(a.areaCode);
    const data = parseSocialMapInput(createAssetInput, toInput(a, orgId(a.organisation), areaRow, i));
    const content = mergeContent(emptyContent(a.kind, areaRow.id), data, areaRow.id);
    const issues = crossFieldIssues(content);
    if (issues.length) throw new Error(`demo item ${a.title}: ${JSON.stringify(issues)}`);
    return content;
  };
  const items = demoAssets.map((a, i) => ({ demo: a, content: contentOf(a, i) }));
  const ownerIds = new Map<string, string>();
  for (const a of demoAssets) if (a.ownerUser) ownerIds.set(a.key, await personId(a.ownerUser));
  const proposer = await personId(demoProposal.userKey);
  const orgName = (id: string | null) => orgRows.find((o) => o.id === id)?.name ?? null;

  const result = await runWrite(ctx, async (wtx, audit) => {
    const tx = smTx(wtx);
    for (const p of demoPolicies) await savePolicy(tx, m, area(p.areaCode).id, p.policy);

    // First every item, then its content with links to the others.
    const ids = new Map<string, string>();
    for (const { demo, content } of items) {
      const at = new Date(now.getTime() - demo.verifiedDaysAgo * day);
      const id = await insertAssetRow(tx, m, {
        content,
        searchText: '',
        status: 'published',
        ownerPersonId: ownerIds.get(demo.key) ?? null,
        maintainerEmail: null,
        verifiedBy: null,
        verifiedLabel: 'demo',
        now: at,
      });
      ids.set(demo.key, id);
    }
    const revisionIds = new Map<string, string>();
    for (const item of items) {
      const { demo, content } = item;
      const id = ids.get(demo.key) as string;
      const links = (demo.links ?? []).map(([relation, key]) => {
        const target = ids.get(key);
        if (!target) throw new Error(`demo item ${demo.key} links to unknown ${key}`);
        return { relation, assetId: target };
      });
      const full = { ...content, links };
      const at = new Date(now.getTime() - demo.verifiedDaysAgo * day);
      const reviewer = { personId: null, label: 'demo loader' };
      const revision = await insertRevision(tx, m, {
        assetId: id,
        snapshot: full,
        state: 'approved',
        source: 'demo',
        baseRevisionId: null,
        authorPersonId: null,
        authorLabel: 'demo loader',
        reviewer,
        now: at,
      });
      revisionIds.set(demo.key, revision.id);
      await applyContent(tx, m, id, full, searchTextFor(full, terms, orgName(full.ownerOrganisationId)), {
        status: 'published',
        currentRevisionId: revision.id,
        now: at,
      });
      const reminderSentAt =
        demo.reminderDaysAgo !== undefined ? new Date(now.getTime() - demo.reminderDaysAgo * day) : null;
      await setVerificationFacts(tx, m, id, {
        lastVerifiedAt: at,
        label: 'demo',
        reminderSentAt,
        state: freshnessState({ lastVerifiedAt: at, reminderSentAt }, settings, now),
      });
      item.content = full;
    }

    for (const c of demoConsents) {
      const assetId = ids.get(c.assetKey) as string;
      await insertConsent(tx, m, {
        assetId,
        purpose: c.purpose,
        consentText: c.consentText,
        locale: 'nl',
        givenVia: c.givenVia,
        givenAt: new Date(now.getTime() - c.daysAgo * day),
        recordedByLabel: 'wijkambtenaar.centrum@voorbeeld.example',
      });
      await setPublicationConsent(tx, m, assetId, true);
    }

    // A proposal of an owner, waiting for review with its diff.
    const target = items.find((x) => x.demo.key === demoProposal.assetKey);
    if (!target) throw new Error(`demo proposal for unknown ${demoProposal.assetKey}`);
    await insertRevision(tx, m, {
      assetId: ids.get(demoProposal.assetKey) as string,
      snapshot: mergeContent(target.content, demoProposal.patch, target.content.areaId),
      state: 'pending',
      source: 'contributor',
      baseRevisionId: revisionIds.get(demoProposal.assetKey) ?? null,
      authorPersonId: proposer,
      authorLabel: voorbeeld.users.find((u) => u.key === demoProposal.userKey)?.email ?? 'resident',
      changeNote: demoProposal.changeNote,
      now: new Date(now.getTime() - day),
    });

    // Confirmed submissions of residents, in the queue (one looks like an existing item).
    for (const [i, s] of demoSubmissions.entries()) {
      const content = contentOf(s.asset, 100 + i);
      const at = new Date(now.getTime() - s.daysAgo * day);
      const submissionId = await insertSubmission(tx, m, {
        areaId: content.areaId,
        snapshot: content,
        submitterName: s.submitterName,
        submitterEmail: s.submitterEmail,
        locale: 'nl',
        token: randomToken(),
        expiresAt: new Date(at.getTime() + 7 * day),
        idempotencyKey: null,
      });
      const duplicates = await findSimilarTitles(tx, m, {
        areaId: content.areaId,
        kind: content.kind,
        title: content.title,
      });
      const assetId = await insertAssetRow(tx, m, {
        content,
        searchText: searchTextFor(content, terms, null),
        status: 'pending',
        ownerPersonId: null,
        maintainerEmail: s.submitterEmail,
        verifiedBy: null,
        verifiedLabel: s.submitterName,
        now: at,
      });
      await markConfirmed(tx, m, submissionId, assetId, at);
      await insertRevision(tx, m, {
        assetId,
        snapshot: content,
        state: 'pending',
        source: 'public',
        baseRevisionId: null,
        submissionId,
        authorPersonId: null,
        authorLabel: s.submitterName,
        possibleDuplicateIds: duplicates.map((d) => d.id),
        now: at,
      });
    }

    for (const [i, r] of demoReports.entries()) {
      await insertReport(tx, m, {
        assetId: ids.get(r.assetKey) as string,
        reason: r.reason,
        message: r.message,
        reporterEmail: null,
        reporterPersonId: null,
        reporterFingerprint: `demo-reporter-${i}`,
        now: new Date(now.getTime() - r.daysAgo * day),
      });
    }

    const counts = {
      assets: demoAssets.length,
      submissions: demoSubmissions.length,
      reports: demoReports.length,
    };
    audit({
      action: 'social_map.demo.load',
      resourceType: 'municipality',
      resourceId: voorbeeld.code,
      changes: counts,
    });
    return counts;
  });
  log(`${result.assets} social map items, ${result.submissions} submissions waiting for review`);
  await loadDemoFeed(db, log, now);
  return { assets: result.assets, submissions: result.submissions };
}
