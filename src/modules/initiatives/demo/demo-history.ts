import { voorbeeld } from '../../../core/demo/voorbeeld-data.ts';
import type { Decision, GrantStatus, ItemStatus } from '../initiatives.tables.ts';
import { checkGrant } from '../rules/budget.ts';
import { computeDeadline, escalationDate, extendDeadline, isEscalationDue } from '../rules/deadline.ts';
import { matchRule, type RoutingRule } from '../rules/routing.ts';
import { mayRate, reopensOnRating } from '../rules/satisfaction.ts';
import { checkTransition, residentEventFor } from '../rules/transitions.ts';
import { addWorkingDays, amsterdamDate, type WorkingCalendar } from '../rules/working-days.ts';
import {
  type DemoCategory,
  type DemoItem,
  type DemoRoutingRule,
  type DemoStep,
  demoBudgets,
  demoCategories,
  demoPeople,
  demoRoutingRules,
  demoSettings,
  type OrgKey,
  type PersonKey,
} from './initiatives-demo-data.ts';

// Plays each demo item's scripted history through the module's rules (routing, deadlines,
// whitelist, clock stop, escalation, rating, budget) and gives the rows to write: what the item
// looks like today and every event on the way. Pure, so the unit test can play every item on any
// day of the year; the loader (load-initiatives-demo.ts) only maps keys to ids and writes.

export type Actor = PersonKey | 'resident' | 'system';

export interface PlayedEvent {
  at: Date;
  event: string;
  fromStatus: ItemStatus | null;
  toStatus: ItemStatus | null;
  fromOrganisation: OrgKey | null;
  toOrganisation: OrgKey | null;
  reason: string | null;
  publicText: string | null;
  internalNote: string | null;
  actor: Actor;
}

export interface PlayedGrant {
  /** Wijk code of the budget. */
  budgetArea: string;
  amountCents: number;
  note: string;
  grantedAt: Date;
  grantedBy: PersonKey;
  status: GrantStatus;
  payment: { at: Date; paidOn: string; amountCents: number; reference: string; by: PersonKey } | null;
  accounting: {
    submittedAt: Date;
    report: string;
    spentCents: number;
    status: 'submitted' | 'approved' | 'needs_more';
    reviewedAt: Date | null;
    reviewedBy: PersonKey | null;
    reviewNote: string;
  } | null;
}

export interface PlayedItem {
  item: DemoItem;
  category: DemoCategory;
  reference: string;
  receivedAt: Date;
  status: ItemStatus;
  decision: Decision | null;
  answer: string | null;
  owner: OrgKey;
  ownerPerson: PersonKey | null;
  /** The routing rule (position) that chose the first owner; null: the category's owner. */
  rulePosition: number | null;
  deadlineOn: string;
  escalateOn: string;
  escalatedAt: Date | null;
  decidedAt: Date | null;
  closedAt: Date | null;
  updatedAt: Date;
  version: number;
  events: PlayedEvent[];
  ratings: Array<{ at: Date; satisfied: boolean; reason: string; reopened: boolean }>;
  grant: PlayedGrant | null;
}

export const demoCalendar: WorkingCalendar = { liberationDayOff: demoSettings.liberationDayOff };

/** A wall-clock time in the Netherlands on that date, as an instant (DST-proof). */
export function amsterdamInstant(date: string, hour: number, minute = 0): Date {
  const wanted = Date.parse(
    `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`,
  );
  // Amsterdam is UTC+1 or UTC+2: try both offsets and keep the one that reads back right.
  for (const offsetHours of [1, 2]) {
    const instant = new Date(wanted - offsetHours * 3_600_000);
    if (amsterdamDate(instant) === date && amsterdamHour(instant) === hour) return instant;
  }
  return new Date(wanted - 3_600_000);
}

const hourFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  hourCycle: 'h23',
});

function amsterdamHour(instant: Date): number {
  return Number(hourFormat.format(instant));
}

/** When a step of the script happened: `after` working days after the receipt date. */
export function stepInstant(receivedDate: string, after: number, hour: number): Date {
  return amsterdamInstant(addWorkingDays(receivedDate, after, demoCalendar), hour, 0);
}

export function receivedDateOf(item: DemoItem, today: Date): string {
  return addWorkingDays(amsterdamDate(today), -item.receivedWorkingDaysAgo, demoCalendar);
}

export function receivedAtOf(item: DemoItem, today: Date): Date {
  return amsterdamInstant(receivedDateOf(item, today), item.hour, 0);
}

/** The wijk of a buurt code (BU99990201 → WK999902) and the materialised path of both. */
export function wijkOf(buurtCode: string): string {
  return `WK${buurtCode.slice(2, 8)}`;
}
export function areaPathOf(code: string): string {
  if (code.startsWith('BU')) return `${voorbeeld.code}/${wijkOf(code)}/${code}`;
  if (code.startsWith('WK')) return `${voorbeeld.code}/${code}`;
  return code;
}

export function organisationName(key: OrgKey): string {
  const o = voorbeeld.organisations.find((x) => x.key === key);
  if (!o) throw new Error(`demo organisation ${key} is missing from voorbeeld-data`);
  return o.name;
}

export function personName(key: PersonKey): string {
  const u = voorbeeld.users.find((x) => x.email === demoPeople[key]);
  if (!u) throw new Error(`demo person ${key} is missing from voorbeeld-data`);
  return u.name;
}

export function categoryOf(code: string): DemoCategory {
  const c = demoCategories.find((x) => x.code === code);
  if (!c) throw new Error(`demo category ${code} is missing`);
  return c;
}

function routingRules(rules: readonly DemoRoutingRule[]): Array<RoutingRule & { rule: DemoRoutingRule }> {
  return rules.map((r) => ({
    id: String(r.position),
    position: r.position,
    kindId: r.kind,
    categoryId: r.category,
    areaPath: r.area ? areaPathOf(r.area) : null,
    targetOrganisationId: r.target,
    targetPersonId: r.person,
    active: r.active,
    rule: r,
  }));
}

/** Who gets a new item: the first matching rule, else the category's owner. */
export function routeDemoItem(item: DemoItem): {
  owner: OrgKey;
  person: PersonKey | null;
  rulePosition: number | null;
} {
  const category = categoryOf(item.category);
  const rules = routingRules(demoRoutingRules);
  const match = matchRule(rules, {
    kindId: category.kind,
    categoryId: category.code,
    areaPath: areaPathOf(item.area),
  });
  const rule = match ? rules.find((r) => r.id === match.id)?.rule : undefined;
  if (rule) return { owner: rule.target, person: rule.person, rulePosition: rule.position };
  return { owner: category.owner, person: null, rulePosition: null };
}

const dateFormats = {
  nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};
const euroFormats = {
  nl: new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }),
};

export function residentDate(locale: 'nl' | 'en', date: string): string {
  return dateFormats[locale].format(new Date(`${date}T12:00:00Z`));
}
export function euro(locale: 'nl' | 'en', cents: number): string {
  return euroFormats[locale].format(cents / 100);
}

type TextParams = { reference: string; title: string; owner: string; deadline: string } & Partial<
  Record<'answer' | 'question' | 'reason' | 'text' | 'amount', string>
>;

// What the resident was told at each step (the history on their page). Short versions of the
// built-in resident messages; the demo writes them as they would have been sent.
const texts: Record<'nl' | 'en', Record<string, (p: TextParams) => string>> = {
  nl: {
    received: (p) =>
      `Bedankt voor uw melding "${p.title}". Uw nummer is ${p.reference}. ${p.owner} gaat ermee aan de slag. U hoort uiterlijk ${p.deadline} van ons.`,
    transferred: (p) =>
      `Uw melding "${p.title}" (${p.reference}) is doorgezet naar ${p.owner}. Zij behandelen hem vanaf nu. Waarom: ${p.reason}`,
    in_progress: (p) =>
      `${p.owner} is begonnen met uw melding "${p.title}". U hoort uiterlijk ${p.deadline} van ons.`,
    question: (p) =>
      `Over uw melding "${p.title}" hebben wij een vraag: ${p.question} Zolang wij op uw antwoord wachten, staat de termijn stil.`,
    answer: (p) => `Uw antwoord: ${p.text}`,
    decided_granted: (p) => `Goed nieuws over "${p.title}": wij hebben uw aanvraag toegekend. ${p.answer}`,
    decided_rejected: (p) =>
      `Wij hebben uw melding "${p.title}" bekeken. Helaas kunnen wij er niet mee verder. ${p.answer}`,
    decided_referred: (p) =>
      `Uw melding "${p.title}" kunnen wij niet zelf oplossen. Wij verwijzen u door. ${p.answer}`,
    in_execution: (p) => `Wij gaan aan de slag met "${p.title}". ${p.owner} voert het uit.`,
    done: (p) =>
      `Uw melding "${p.title}" is afgerond. Bent u tevreden over hoe wij uw melding hebben behandeld? Laat het ons weten.`,
    cancelled: (p) => `Wij zijn gestopt met uw melding "${p.title}". Waarom: ${p.reason}`,
    reopened: (p) =>
      `Wij hebben uw melding "${p.title}" weer geopend. ${p.owner} kijkt er opnieuw naar. Waarom: ${p.reason}`,
    payment_recorded: (p) => `Wij hebben ${p.amount} aan u overgemaakt voor "${p.title}".`,
    accounting_submitted: () =>
      'Uw verantwoording is ontvangen. Wij kijken ernaar en laten u weten of alles klopt.',
    accounting_approved: () => 'Uw verantwoording is goedgekeurd. Bedankt voor uw inzet voor de buurt!',
    grant_withdrawn: (p) =>
      `De bijdrage van ${p.amount} uit het wijkbudget is ingetrokken. Waarom: ${p.reason}`,
  },
  en: {
    received: (p) =>
      `Thank you for your report "${p.title}". Your number is ${p.reference}. ${p.owner} will deal with it. You will hear from us by ${p.deadline}.`,
    transferred: (p) =>
      `Your report "${p.title}" (${p.reference}) has been passed on to ${p.owner}. They handle it from now on. Why: ${p.reason}`,
    in_progress: (p) =>
      `${p.owner} has started on your report "${p.title}". You will hear from us by ${p.deadline}.`,
    question: (p) =>
      `We have a question about your report "${p.title}": ${p.question} While we wait for your answer, the clock stops.`,
    answer: (p) => `Your answer: ${p.text}`,
    decided_granted: (p) => `Good news about "${p.title}": we have granted your request. ${p.answer}`,
    decided_rejected: (p) =>
      `We have looked at your report "${p.title}". Unfortunately we cannot take it further. ${p.answer}`,
    decided_referred: (p) => `We cannot solve "${p.title}" ourselves. We refer you on. ${p.answer}`,
    in_execution: (p) => `We are getting to work on "${p.title}". ${p.owner} carries it out.`,
    done: (p) => `Your report "${p.title}" is done. Are you satisfied with how we handled it? Let us know.`,
    cancelled: (p) => `We have stopped handling your report "${p.title}". Why: ${p.reason}`,
    reopened: (p) =>
      `We have reopened your report "${p.title}". ${p.owner} looks at it again. Why: ${p.reason}`,
    payment_recorded: (p) => `We have transferred ${p.amount} to you for "${p.title}".`,
    accounting_submitted: () =>
      'We have received your account. We will look at it and let you know whether all is in order.',
    accounting_approved: () =>
      'Your account has been approved. Thank you for what you did for the neighbourhood!',
    grant_withdrawn: (p) =>
      `The contribution of ${p.amount} from the neighbourhood budget has been withdrawn. Why: ${p.reason}`,
  },
};

export function residentText(locale: 'nl' | 'en', event: string, params: TextParams): string {
  const text = texts[locale][event];
  if (!text) throw new Error(`no demo resident text for ${event}`);
  return text(params);
}

/** Timeline entries: the script's steps plus the grant's payment, accounting, review, withdrawal. */
type Entry =
  | { at: Date; step: DemoStep }
  | { at: Date; grantPart: 'payment' | 'accounting' | 'review' | 'withdrawn' };

function timeline(item: DemoItem, receivedDate: string): Entry[] {
  const entries: Entry[] = item.steps.map((step) => ({
    at: stepInstant(receivedDate, step.after, step.hour),
    step,
  }));
  const g = item.grant;
  if (g?.payment) entries.push({ at: stepInstant(receivedDate, g.payment.after, 11), grantPart: 'payment' });
  if (g?.accounting)
    entries.push({ at: stepInstant(receivedDate, g.accounting.after, 20), grantPart: 'accounting' });
  if (g?.accounting?.review)
    entries.push({ at: stepInstant(receivedDate, g.accounting.review.after, 10), grantPart: 'review' });
  if (g?.withdrawn)
    entries.push({ at: stepInstant(receivedDate, g.withdrawn.after, 16), grantPart: 'withdrawn' });
  // Stable: entries at the same moment keep the script's order.
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.at.getTime() - b.e.at.getTime() || a.i - b.i)
    .map((x) => x.e);
}

/**
 * Plays one item's script on the given day. Throws when the script breaks a rule (a step off the
 * whitelist, a grant the budget cannot carry, an escalation before it is due, a step in the future):
 * the demo must be something the services themselves could have produced.
 */
export function playItem(
  item: DemoItem,
  reference: string,
  today: Date,
  reservedByArea: Map<string, number> = new Map(),
): PlayedItem {
  const fail = (why: string): never => {
    throw new Error(`demo item ${item.key}: ${why}`);
  };
  const category = categoryOf(item.category);
  const locale = item.locale ?? 'nl';
  const receivedDate = receivedDateOf(item, today);
  const receivedAt = amsterdamInstant(receivedDate, item.hour, 0);
  const route = routeDemoItem(item);
  const handling = { days: category.handlingDays, dayType: category.dayType };
  const escalationDays = demoSettings.escalationWorkingDays;
  const deadlineOn = computeDeadline(receivedAt, handling, demoCalendar);

  const s: PlayedItem = {
    item,
    category,
    reference,
    receivedAt,
    status: 'received',
    decision: null,
    answer: null,
    owner: route.owner,
    ownerPerson: route.person,
    rulePosition: route.rulePosition,
    deadlineOn,
    escalateOn: escalationDate(deadlineOn, escalationDays, demoCalendar),
    escalatedAt: null,
    decidedAt: null,
    closedAt: null,
    updatedAt: receivedAt,
    version: 1,
    events: [],
    ratings: [],
    grant: null,
  };
  const params = (extra: Partial<TextParams> = {}): TextParams => ({
    reference,
    title: item.title,
    owner: organisationName(s.owner),
    deadline: residentDate(locale, s.deadlineOn),
    ...extra,
  });
  const push = (
    e: Omit<PlayedEvent, 'fromOrganisation' | 'toOrganisation' | 'reason' | 'publicText' | 'internalNote'> &
      Partial<PlayedEvent>,
  ) => {
    s.events.push({
      fromOrganisation: null,
      toOrganisation: null,
      reason: null,
      publicText: null,
      internalNote: null,
      ...e,
    });
  };
  const changed = (at: Date) => {
    s.updatedAt = at;
    s.version++;
  };
  const freshDeadlines = (at: Date) => {
    s.deadlineOn = computeDeadline(at, handling, demoCalendar);
    s.escalateOn = escalationDate(s.deadlineOn, escalationDays, demoCalendar);
  };
  let questionAt: Date | null = null;

  push({
    at: receivedAt,
    event: 'received',
    fromStatus: null,
    toStatus: 'received',
    toOrganisation: s.owner,
    publicText: residentText(locale, 'received', params()),
    internalNote: route.rulePosition === null ? 'Toegewezen aan de eigenaar van de categorie.' : null,
    actor: item.registeredBy ?? item.submitter ?? 'resident',
  });

  let last = receivedAt;
  for (const entry of timeline(item, receivedDate)) {
    const at = entry.at;
    if (at.getTime() <= last.getTime()) fail(`step at ${at.toISOString()} is not after the previous one`);
    if (at.getTime() >= today.getTime()) fail(`step at ${at.toISOString()} lies in the future`);
    last = at;

    if ('grantPart' in entry) {
      const g = item.grant;
      const played = s.grant;
      if (!g || !played) return fail(`${entry.grantPart} before the grant`);
      if (entry.grantPart === 'payment' && g.payment) {
        played.payment = {
          at,
          paidOn: amsterdamDate(at),
          amountCents: g.payment.amountCents,
          reference: g.payment.reference,
          by: played.grantedBy,
        };
        played.status = 'paid';
        push({
          at,
          event: 'payment_recorded',
          fromStatus: null,
          toStatus: null,
          publicText: residentText(
            locale,
            'payment_recorded',
            params({ amount: euro(locale, g.payment.amountCents) }),
          ),
          internalNote: `Betaald, kenmerk ${g.payment.reference}.`,
          actor: played.grantedBy,
        });
      } else if (entry.grantPart === 'accounting' && g.accounting) {
        played.accounting = {
          submittedAt: at,
          report: g.accounting.report,
          spentCents: g.accounting.spentCents,
          status: g.accounting.review ? 'submitted' : g.accounting.status,
          reviewedAt: null,
          reviewedBy: null,
          reviewNote: '',
        };
        push({
          at,
          event: 'accounting_submitted',
          fromStatus: null,
          toStatus: null,
          publicText: residentText(locale, 'accounting_submitted', params()),
          actor: 'resident',
        });
      } else if (entry.grantPart === 'review' && g.accounting?.review && played.accounting) {
        played.accounting.status = g.accounting.status;
        played.accounting.reviewedAt = at;
        played.accounting.reviewedBy = g.accounting.review.by;
        played.accounting.reviewNote = g.accounting.review.note;
        if (g.accounting.status === 'approved') played.status = 'accounted';
        push({
          at,
          event: 'accounting_reviewed',
          fromStatus: null,
          toStatus: null,
          publicText:
            g.accounting.status === 'approved' ? residentText(locale, 'accounting_approved', params()) : null,
          internalNote: g.accounting.review.note,
          actor: g.accounting.review.by,
        });
      } else if (entry.grantPart === 'withdrawn' && g.withdrawn) {
        if (played.payment) fail('a paid grant cannot be withdrawn in the demo');
        played.status = 'withdrawn';
        reservedByArea.set(
          played.budgetArea,
          (reservedByArea.get(played.budgetArea) ?? 0) - played.amountCents,
        );
        push({
          at,
          event: 'grant_withdrawn',
          fromStatus: null,
          toStatus: null,
          reason: g.withdrawn.reason,
          publicText: residentText(
            locale,
            'grant_withdrawn',
            params({ amount: euro(locale, played.amountCents), reason: g.withdrawn.reason }),
          ),
          actor: played.grantedBy,
        });
      }
      continue;
    }

    const step = entry.step;
    const by = step.by;
    switch (step.kind) {
      case 'status': {
        const check = checkTransition(s.status, step.to, step);
        if (!check.ok) fail(`${s.status} → ${step.to}: ${check.key}`);
        if (step.to === 'awaiting_resident') fail('ask a question with a question step');
        const from = s.status;
        if (from === 'awaiting_resident' && step.to === 'in_progress' && questionAt) {
          s.deadlineOn = extendDeadline(s.deadlineOn, questionAt, at, demoCalendar);
          s.escalateOn = escalationDate(s.deadlineOn, escalationDays, demoCalendar);
          questionAt = null;
        }
        s.status = step.to;
        let internalNote = step.note ?? null;
        if (step.to === 'decided') {
          s.decision = step.decision ?? null;
          s.answer = step.answer ?? null;
          s.decidedAt = at;
          if (item.grant && step.decision === 'granted') {
            if (by === 'resident' || by === 'system') return fail('a grant is made by a person');
            const area = wijkOf(item.area);
            const budget = demoBudgets.find((b) => b.area === area);
            if (!budget) return fail(`no demo budget for ${area}`);
            const reserved = reservedByArea.get(area) ?? 0;
            const ok = checkGrant(
              {
                amountCents: budget.amountCents,
                reservedCents: reserved,
                maxPerInitiativeCents: budget.maxPerInitiativeCents,
              },
              item.grant.amountCents,
            );
            if (!ok.ok) fail(`grant refused: ${ok.key}`);
            reservedByArea.set(area, reserved + item.grant.amountCents);
            s.grant = {
              budgetArea: area,
              amountCents: item.grant.amountCents,
              note: item.grant.note,
              grantedAt: at,
              grantedBy: by,
              status: 'granted',
              payment: null,
              accounting: null,
            };
            internalNote = `Toegekend: ${euro('nl', item.grant.amountCents)} uit het wijkbudget ${area}.`;
          }
        }
        if (step.to === 'done' || step.to === 'cancelled') s.closedAt = at;
        if (step.to === 'reopened') {
          freshDeadlines(at);
          Object.assign(s, {
            decision: null,
            answer: null,
            decidedAt: null,
            closedAt: null,
            escalatedAt: null,
          });
        }
        changed(at);
        const event = residentEventFor(step.to, step.decision);
        push({
          at,
          event,
          fromStatus: from,
          toStatus: step.to,
          reason: step.reason ?? null,
          publicText: residentText(
            locale,
            event,
            params({ answer: s.answer ?? '', reason: step.reason ?? '' }),
          ),
          internalNote,
          actor: by,
        });
        break;
      }
      case 'question': {
        const check = checkTransition(s.status, 'awaiting_resident', {});
        if (!check.ok) fail(`${s.status} → awaiting_resident: ${check.key}`);
        const from = s.status;
        s.status = 'awaiting_resident';
        questionAt = at;
        changed(at);
        push({
          at,
          event: 'question',
          fromStatus: from,
          toStatus: 'awaiting_resident',
          publicText: residentText(locale, 'question', params({ question: step.question })),
          actor: by,
        });
        break;
      }
      case 'answer': {
        if (s.status !== 'awaiting_resident' || !questionAt) return fail('an answer without a question');
        s.deadlineOn = extendDeadline(s.deadlineOn, questionAt, at, demoCalendar);
        s.escalateOn = escalationDate(s.deadlineOn, escalationDays, demoCalendar);
        questionAt = null;
        s.status = 'in_progress';
        changed(at);
        push({
          at,
          event: 'answer',
          fromStatus: 'awaiting_resident',
          toStatus: 'in_progress',
          publicText: residentText(locale, 'answer', params({ text: step.text })),
          actor: 'resident',
        });
        break;
      }
      case 'transfer': {
        const from = s.owner;
        if (from === step.to) fail('a transfer to the same organisation');
        s.owner = step.to;
        s.ownerPerson = step.person ?? null;
        changed(at);
        push({
          at,
          event: 'transferred',
          fromStatus: null,
          toStatus: null,
          fromOrganisation: from,
          toOrganisation: step.to,
          reason: step.reason,
          publicText: residentText(locale, 'transferred', params({ reason: step.reason })),
          actor: by,
        });
        break;
      }
      case 'assign': {
        s.ownerPerson = step.person;
        changed(at);
        push({
          at,
          event: 'assigned',
          fromStatus: null,
          toStatus: null,
          internalNote: `Toegewezen aan ${personName(step.person)}.`,
          actor: by,
        });
        break;
      }
      case 'escalate': {
        const day = amsterdamDate(at);
        if (
          !isEscalationDue({ status: s.status, escalateOn: s.escalateOn, escalatedAt: s.escalatedAt }, day)
        ) {
          fail(`escalation on ${day} is not due (escalate_on ${s.escalateOn})`);
        }
        s.escalatedAt = at;
        changed(at);
        push({
          at,
          event: 'escalated',
          fromStatus: null,
          toStatus: null,
          internalNote: `De termijn (${s.deadlineOn}) is ruim verstreken; de coördinator is ingelicht.`,
          actor: 'system',
        });
        break;
      }
      case 'rating': {
        if (!mayRate({ status: s.status, closedAt: s.closedAt }, at, demoSettings.reopenDays))
          fail('rating not possible');
        const reopens = reopensOnRating(
          { satisfied: step.satisfied, closedAt: s.closedAt },
          at,
          demoSettings.reopenDays,
        );
        s.ratings.push({ at, satisfied: step.satisfied, reason: step.reason, reopened: reopens });
        push({
          at,
          event: 'rated',
          fromStatus: null,
          toStatus: null,
          reason: step.reason,
          actor: 'resident',
        });
        if (reopens) {
          const check = checkTransition(s.status, 'reopened', {});
          if (!check.ok) fail(`${s.status} → reopened: ${check.key}`);
          const from = s.status;
          s.status = 'reopened';
          freshDeadlines(at);
          Object.assign(s, {
            decision: null,
            answer: null,
            decidedAt: null,
            closedAt: null,
            escalatedAt: null,
          });
          changed(at);
          push({
            at,
            event: 'reopened',
            fromStatus: from,
            toStatus: 'reopened',
            reason: step.reason,
            publicText: residentText(locale, 'reopened', params({ reason: step.reason })),
            actor: 'resident',
          });
        }
        break;
      }
    }
  }
  return s;
}

/** Every demo item played on the given day, with references in order of receipt per year. */
export function playDemo(items: readonly DemoItem[], today: Date): PlayedItem[] {
  const ordered = [...items].sort(
    (a, b) =>
      receivedAtOf(a, today).getTime() - receivedAtOf(b, today).getTime() || a.key.localeCompare(b.key),
  );
  const counters = new Map<number, number>();
  const references = new Map<string, string>();
  for (const item of ordered) {
    const year = Number(amsterdamDate(receivedAtOf(item, today)).slice(0, 4));
    const n = (counters.get(year) ?? 0) + 1;
    counters.set(year, n);
    references.set(item.key, `M-${year}-${String(n).padStart(6, '0')}`);
  }
  // Grants are made in the order they happened, so the budgets fill up the way they would have.
  const reserved = new Map<string, number>();
  return ordered.map((item) => playItem(item, references.get(item.key) ?? '', today, reserved));
}
