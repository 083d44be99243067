import { containsPoint } from '../../../core/areas/geo.ts';
import { runWrite } from '../../../core/audit/write.ts';
import { randomToken, sha256 } from '../../../core/auth/tokens.ts';
import type { Db } from '../../../core/db/database.ts';
import { voorbeeld } from '../../../core/demo/voorbeeld-data.ts';
import { findMunicipalityByCode } from '../../../core/municipalities/municipalities.repository.ts';
import { systemActor } from '../../../core/permissions/actor.ts';
import { initiativesDb, initiativesTx } from '../initiatives.tables.ts';
import { initiativesPaths } from '../initiatives-paths.ts';
import { amsterdamDate } from '../rules/working-days.ts';
import { areaPathOf, type Actor as HistoryActor, playDemo, stepInstant } from './demo-history.ts';
import {
  demoBudgetRules,
  demoBudgetRulesEn,
  demoBudgets,
  demoCategories,
  demoConsentText,
  demoFollowItemKey,
  demoItems,
  demoKinds,
  demoPeople,
  demoRoutingRules,
  demoSettings,
  demoSignal,
  type OrgKey,
  type PersonKey,
} from './initiatives-demo-data.ts';

// Loads the initiatives demo of Gemeente Voorbeeld after the core demo: the configuration, ~30
// items in every state with their history, the quick budgets per wijk with grants, payments and
// accountings, ratings and a wijksignaal (decision 025). Written straight into the tables in one
// audited transaction as the system, so it depends on no other part's services; every value comes
// from playing the scripts through the module's rules (demo-history.ts) relative to `today`.
// Idempotent: when the municipality already has kinds (the demo, or its own configuration), it
// adds nothing.

export interface InitiativesDemoResult {
  loaded: boolean;
  items: number;
  /** Private follow tokens by demo item key (only the hashes are stored). */
  followTokens: Record<string, string>;
}

export async function loadInitiativesDemo(
  db: Db,
  log: (line: string) => void = () => {},
  today: Date = new Date(),
): Promise<InitiativesDemoResult> {
  const municipality = await findMunicipalityByCode(db, voorbeeld.code);
  if (!municipality) throw new Error(`load the core demo (${voorbeeld.code}) first`);
  const m = municipality.id;
  const idb = initiativesDb(db);
  const configured = await idb
    .selectFrom('initiative_kinds')
    .select('id')
    .where('municipality_id', '=', m)
    .limit(1)
    .executeTakeFirst();
  if (configured) {
    log('initiatives: already configured, demo not loaded again');
    return { loaded: false, items: 0, followTokens: {} };
  }

  const orgRows = await idb
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('municipality_id', '=', m)
    .execute();
  const orgId = (key: OrgKey): string => {
    const name = voorbeeld.organisations.find((o) => o.key === key)?.name;
    const row = orgRows.find((r) => r.name === name);
    if (!row) throw new Error(`demo organisation ${key} is missing`);
    return row.id;
  };
  const personRows = await idb
    .selectFrom('people')
    .select(['id', 'email'])
    .where('municipality_id', '=', m)
    .where('email', 'in', Object.values(demoPeople))
    .execute();
  const personId = (key: PersonKey): string => {
    const row = personRows.find((r) => r.email === demoPeople[key]);
    if (!row) throw new Error(`demo person ${demoPeople[key]} is missing`);
    return row.id;
  };
  const actorOf = (a: HistoryActor): { id: string | null; label: string } =>
    a === 'resident'
      ? { id: null, label: 'melder' }
      : a === 'system'
        ? { id: null, label: 'system' }
        : { id: personId(a), label: demoPeople[a] };
  const areaRows = await idb
    .selectFrom('areas')
    .select(['id', 'code', 'path', 'boundary', 'centroid_lon', 'centroid_lat'])
    .where('municipality_id', '=', m)
    .execute();
  const area = (code: string) => {
    const row = areaRows.find((r) => r.code === code);
    if (!row) throw new Error(`demo area ${code} is missing`);
    if (row.path !== areaPathOf(code)) throw new Error(`demo area ${code} has path ${row.path}`);
    return row;
  };

  const played = playDemo(demoItems, today);
  const followTokens: Record<string, string> = {};

  const result = await runWrite(
    { db, actor: systemActor(m, 'demo'), meta: { userAgent: 'demo loader' } },
    async (wtx, audit) => {
      const tx = initiativesTx(wtx);
      await tx
        .insertInto('initiative_settings')
        .values({
          municipality_id: m,
          liberation_day_off: demoSettings.liberationDayOff,
          escalation_working_days: demoSettings.escalationWorkingDays,
          reopen_days: demoSettings.reopenDays,
          retention_days: demoSettings.retentionDays,
          public_map: demoSettings.publicMap,
          updated_at: today,
        })
        .execute();

      const kindIds = new Map<string, string>();
      for (const k of demoKinds) {
        const row = await tx
          .insertInto('initiative_kinds')
          .values({
            municipality_id: m,
            code: k.code,
            name: k.name,
            name_en: k.nameEn,
            description: k.description,
            description_en: k.descriptionEn,
            budget_request: k.budgetRequest,
            position: k.position,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        kindIds.set(k.code, row.id);
      }
      const kindId = (code: string) => kindIds.get(code) ?? '';
      const categoryIds = new Map<string, string>();
      for (const c of demoCategories) {
        const row = await tx
          .insertInto('initiative_categories')
          .values({
            municipality_id: m,
            kind_id: kindId(c.kind),
            code: c.code,
            name: c.name,
            name_en: c.nameEn,
            help: c.help,
            help_en: c.helpEn,
            next_steps: c.nextSteps,
            next_steps_en: c.nextStepsEn,
            owner_organisation_id: orgId(c.owner),
            handling_days: c.handlingDays,
            day_type: c.dayType,
            keywords: c.keywords,
            attributes: JSON.stringify(c.attributes),
            on_public_map: c.onPublicMap,
            position: c.position,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        categoryIds.set(c.code, row.id);
      }
      const categoryId = (code: string) => categoryIds.get(code) ?? '';
      for (const r of demoRoutingRules) {
        await tx
          .insertInto('initiative_routing_rules')
          .values({
            municipality_id: m,
            position: r.position,
            kind_id: r.kind ? kindId(r.kind) : null,
            category_id: r.category ? categoryId(r.category) : null,
            area_id: r.area ? area(r.area).id : null,
            target_organisation_id: orgId(r.target),
            target_person_id: r.person ? personId(r.person) : null,
            note: r.note,
            active: r.active,
          })
          .execute();
      }
      audit({
        action: 'initiatives.demo.config',
        resourceType: 'initiative_config',
        changes: {
          kinds: demoKinds.length,
          categories: demoCategories.length,
          rules: demoRoutingRules.length,
        },
      });

      const year = Number(amsterdamDate(today).slice(0, 4));
      const budgetsFrom = new Date(Math.min(stepInstant(`${year}-01-02`, 0, 9).getTime(), today.getTime()));
      const budgetIds = new Map<string, string>();
      for (const b of demoBudgets) {
        const row = await tx
          .insertInto('initiative_budgets')
          .values({
            municipality_id: m,
            area_id: area(b.area).id,
            year,
            amount_cents: b.amountCents,
            max_per_initiative_cents: b.maxPerInitiativeCents,
            reserved_cents: 0,
            rules: demoBudgetRules,
            rules_en: demoBudgetRulesEn,
            created_at: budgetsFrom,
            updated_at: budgetsFrom,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        budgetIds.set(b.area, row.id);
      }

      const itemIds = new Map<string, string>();
      const counters = new Map<number, number>();
      for (const p of played) {
        const it = p.item;
        const a = area(it.area);
        const token = randomToken();
        followTokens[it.key] = token;
        const point = pointFor(a, it.point);
        const contact = it.contact ?? null;
        const row = await tx
          .insertInto('initiative_items')
          .values({
            municipality_id: m,
            reference: p.reference,
            kind_id: kindId(p.category.kind),
            category_id: categoryId(p.category.code),
            title: it.title,
            description: it.description,
            area_id: a.id,
            area_path: a.path,
            lon: point?.[0] ?? null,
            lat: point?.[1] ?? null,
            address: it.address,
            status: p.status,
            decision: p.decision,
            answer: p.answer,
            owner_organisation_id: orgId(p.owner),
            owner_person_id: p.ownerPerson ? personId(p.ownerPerson) : null,
            channel: it.channel,
            registered_by: it.registeredBy ? personId(it.registeredBy) : null,
            submitter_person_id: it.submitter ? personId(it.submitter) : null,
            contact_name: contact?.name ?? null,
            contact_email: contact?.email ?? null,
            contact_phone: contact?.phone ?? null,
            consent_text: contact ? demoConsentText : null,
            consent_at: contact ? p.receivedAt : null,
            locale: it.locale ?? 'nl',
            follow_token_hash: sha256(token),
            requested_cents: it.requestedCents ?? null,
            attribute_values: JSON.stringify(it.attributeValues ?? {}),
            received_at: p.receivedAt,
            deadline_on: p.deadlineOn,
            escalate_on: p.escalateOn,
            escalated_at: p.escalatedAt,
            decided_at: p.decidedAt,
            closed_at: p.closedAt,
            version: p.version,
            created_at: p.receivedAt,
            updated_at: p.updatedAt,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        itemIds.set(it.key, row.id);
        const y = Number(p.reference.slice(2, 6));
        counters.set(y, Math.max(counters.get(y) ?? 0, Number(p.reference.slice(7))));

        await tx
          .insertInto('initiative_events')
          .values(
            p.events.map((e) => {
              const actor = actorOf(e.actor);
              return {
                municipality_id: m,
                item_id: row.id,
                event: e.event,
                from_status: e.fromStatus,
                to_status: e.toStatus,
                from_organisation_id: e.fromOrganisation ? orgId(e.fromOrganisation) : null,
                to_organisation_id: e.toOrganisation ? orgId(e.toOrganisation) : null,
                reason: e.reason,
                public_text: e.publicText,
                internal_note: e.internalNote,
                actor_person_id: actor.id,
                actor_label: actor.label,
                created_at: e.at,
              };
            }),
          )
          .execute();
        for (const r of p.ratings) {
          await tx
            .insertInto('initiative_ratings')
            .values({
              municipality_id: m,
              item_id: row.id,
              satisfied: r.satisfied,
              reason: r.reason,
              reopened: r.reopened,
              created_at: r.at,
            })
            .execute();
        }
        const g = p.grant;
        if (g) {
          const budgetId = budgetIds.get(g.budgetArea);
          if (!budgetId) throw new Error(`demo budget ${g.budgetArea} is missing`);
          const grant = await tx
            .insertInto('initiative_grants')
            .values({
              municipality_id: m,
              budget_id: budgetId,
              item_id: row.id,
              amount_cents: g.amountCents,
              status: g.status,
              note: g.note,
              granted_by: personId(g.grantedBy),
              granted_at: g.grantedAt,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          if (g.status !== 'withdrawn') {
            // The same guarded reservation the budget service does; the check constraint backs it.
            const reserved = await tx
              .updateTable('initiative_budgets')
              .set((eb) => ({ reserved_cents: eb('reserved_cents', '+', g.amountCents) }))
              .where('id', '=', budgetId)
              .where((eb) => eb(eb('reserved_cents', '+', g.amountCents), '<=', eb.ref('amount_cents')))
              .returning('id')
              .executeTakeFirst();
            if (!reserved) throw new Error(`demo grant for ${it.key} does not fit its budget`);
          }
          if (g.payment) {
            await tx
              .insertInto('initiative_payments')
              .values({
                municipality_id: m,
                grant_id: grant.id,
                amount_cents: g.payment.amountCents,
                paid_on: g.payment.paidOn,
                reference: g.payment.reference,
                recorded_by: personId(g.payment.by),
                created_at: g.payment.at,
              })
              .execute();
          }
          if (g.accounting) {
            await tx
              .insertInto('initiative_accountings')
              .values({
                municipality_id: m,
                grant_id: grant.id,
                report: g.accounting.report,
                spent_cents: g.accounting.spentCents,
                status: g.accounting.status,
                review_note: g.accounting.reviewNote,
                reviewed_by: g.accounting.reviewedBy ? personId(g.accounting.reviewedBy) : null,
                reviewed_at: g.accounting.reviewedAt,
                submitted_at: g.accounting.submittedAt,
              })
              .execute();
          }
        }
      }
      for (const [y, last] of counters) {
        await tx
          .insertInto('initiative_reference_counters')
          .values({ municipality_id: m, year: y, last })
          .onConflict((oc) =>
            oc.columns(['municipality_id', 'year']).doUpdateSet((eb) => ({
              last: eb.fn('greatest', [
                eb.ref('initiative_reference_counters.last'),
                eb.ref('excluded.last'),
              ]),
            })),
          )
          .execute();
      }
      audit({
        action: 'initiatives.demo.items',
        resourceType: 'initiative_item',
        changes: {
          items: played.length,
          grants: played.filter((p) => p.grant).length,
          ratings: played.reduce((n, p) => n + p.ratings.length, 0),
        },
      });

      const signalAt = stepInstant(amsterdamDate(today), -demoSignal.createdWorkingDaysAgo, 10);
      const sentAt = new Date(signalAt.getTime() + 3_600_000);
      const signal = await tx
        .insertInto('neighbourhood_signals')
        .values({
          municipality_id: m,
          area_id: area(demoSignal.area).id,
          title: demoSignal.title,
          explanation: demoSignal.explanation,
          status: 'sent',
          sent_to_organisation_id: orgId(demoSignal.sentTo),
          created_by: personId(demoSignal.createdBy),
          version: 2,
          created_at: signalAt,
          updated_at: sentAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('neighbourhood_signal_items')
        .values(
          demoSignal.items.map((key) => {
            const itemId = itemIds.get(key);
            if (!itemId) throw new Error(`wijksignaal item ${key} is missing`);
            return { municipality_id: m, signal_id: signal.id, item_id: itemId };
          }),
        )
        .execute();
      audit({
        action: 'initiatives.demo.signal',
        resourceType: 'neighbourhood_signal',
        resourceId: signal.id,
        changes: { items: demoSignal.items.length },
      });
      return { items: played.length };
    },
  );

  log(`initiatives: ${result.items} items, ${demoBudgets.length} budgets, 1 wijksignaal`);
  const follow = followTokens[demoFollowItemKey];
  if (follow)
    log(`initiatives: follow link of a demo item awaiting the resident: ${initiativesPaths.follow(follow)}`);
  return { loaded: true, items: result.items, followTokens };
}

type AreaWithCentre = {
  boundary: GeoJSON.Polygon | GeoJSON.MultiPolygon | null;
  centroid_lon: number | null;
  centroid_lat: number | null;
};

/** A point near the area's centre, shifted by thousandths of a degree, kept inside the area. */
function pointFor(a: AreaWithCentre, offset: [number, number] | null): [number, number] | null {
  if (!offset || a.centroid_lon === null || a.centroid_lat === null) return null;
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  const shifted: [number, number] = [
    round(a.centroid_lon + offset[0] * 0.001),
    round(a.centroid_lat + offset[1] * 0.001),
  ];
  if (a.boundary && !containsPoint(a.boundary, shifted[0], shifted[1]))
    return [round(a.centroid_lon), round(a.centroid_lat)];
  return shifted;
}
