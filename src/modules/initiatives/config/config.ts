import type { CategoryAttribute, DayType } from '../initiatives.tables.ts';

// The configuration's domain types: what the config services return, the API serialises and the
// pages show (and what intake, handling, Open311 and the public map read). Rows stay in
// config.repository.ts.

export type { CategoryAttribute, DayType };

export const dayTypes: readonly DayType[] = ['working', 'calendar'];

/** Per municipality; defaults (initiativeSettingsDefaults) when nobody has saved them yet. */
export interface InitiativeSettings {
  /** Liberation Day (5 May) is a day off for the deadline calendar. */
  liberationDayOff: boolean;
  /** Escalation to the coordinators this many working days after the deadline. */
  escalationWorkingDays: number;
  /** A resident who is unhappy within this many days after closing reopens the item. */
  reopenDays: number;
  /** Contact details and submission photos are removed this many days after closing. */
  retentionDays: number;
  /** The public map of signals (rounded locations) is on. */
  publicMap: boolean;
  /** 0 while no settings were saved (the defaults apply). */
  version: number;
  updatedAt: string | null;
}

export const initiativeSettingsDefaults: Omit<InitiativeSettings, 'version' | 'updatedAt'> = {
  liberationDayOff: false,
  escalationWorkingDays: 5,
  reopenDays: 14,
  retentionDays: 365,
  publicMap: false,
};

export interface Kind {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  description: string;
  descriptionEn: string | null;
  /** Items of this kind may ask for money from the quick budget. */
  budgetRequest: boolean;
  position: number;
  active: boolean;
}

export interface Category {
  id: string;
  kindId: string;
  kindCode: string;
  code: string;
  name: string;
  nameEn: string | null;
  /** Help for choosing this category (shown on the public form). */
  help: string;
  helpEn: string | null;
  /** What happens after submitting (shown on the receipt and the public start page). */
  nextSteps: string;
  nextStepsEn: string | null;
  /** The department/team/partner that gets the item when no routing rule matches. */
  ownerOrganisationId: string;
  ownerOrganisationName: string;
  handlingDays: number;
  dayType: DayType;
  keywords: string[];
  /** Extra questions (Open311 service-definition attributes). */
  attributes: CategoryAttribute[];
  onPublicMap: boolean;
  active: boolean;
  position: number;
  /** From the kind: items may ask for money from the quick budget. */
  budgetRequest: boolean;
  version: number;
}

export interface RoutingRuleView {
  id: string;
  position: number;
  kindId: string | null;
  kindName: string | null;
  categoryId: string | null;
  categoryName: string | null;
  areaId: string | null;
  areaCode: string | null;
  areaName: string | null;
  areaPath: string | null;
  targetOrganisationId: string;
  targetOrganisationName: string;
  targetPersonId: string | null;
  targetPersonName: string | null;
  note: string;
  active: boolean;
  version: number;
}

/** Where an item would go: the organisation, optionally a person, and the rule that decided. */
export interface RouteResult {
  organisationId: string;
  personId: string | null;
  /** null when no rule matched and the category's owner organisation takes it. */
  ruleId: string | null;
}
