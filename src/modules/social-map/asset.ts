import type { Schedule } from './schedule/schedule.ts';

// The social map's own types. An asset is anything of value in the neighbourhood in the ABCD
// sense: a place, an offering of an organisation, a group or initiative, an activity, or a key
// person. Services hand out these types, never database rows.

export const assetKinds = ['place', 'offering', 'group', 'activity', 'key_person'] as const;
export type AssetKind = (typeof assetKinds)[number];

export const formalities = ['formal', 'informal'] as const;
export type Formality = (typeof formalities)[number];

/** address: a street address (and usually a point); area: only the area; none: no fixed place. */
export const locationTypes = ['address', 'area', 'none', 'online'] as const;
export type LocationType = (typeof locationTypes)[number];

export const linkRelations = ['located_at', 'organised_by', 'part_of', 'related'] as const;
export type LinkRelation = (typeof linkRelations)[number];

export const contactTypes = ['email', 'phone', 'website', 'whatsapp', 'social'] as const;
export type ContactType = (typeof contactTypes)[number];

export const accessibilityFeatures = [
  'wheelchair',
  'accessible_toilet',
  'lift',
  'hearing_loop',
  'sign_language',
  'easy_language',
  'quiet_space',
  'guide_dogs_welcome',
  'disabled_parking',
] as const;
export type AccessibilityFeature = (typeof accessibilityFeatures)[number];

export const editorialPolicies = ['edited', 'open', 'partners_only'] as const;
export type EditorialPolicy = (typeof editorialPolicies)[number];

export const assetStatuses = ['pending', 'published', 'rejected', 'archived'] as const;
export type AssetStatus = (typeof assetStatuses)[number];

export type FreshnessState = 'fresh' | 'due' | 'possibly_outdated' | 'hidden_stale';
export type RevisionState = 'pending' | 'to_check' | 'approved' | 'rejected';
export type RevisionSource = 'editor' | 'organisation' | 'contributor' | 'public' | 'restore' | 'demo';

export interface ContactChannel {
  type: ContactType;
  value: string;
}

export interface AssetLink {
  relation: LinkRelation;
  assetId: string;
}

/**
 * The editable content of an asset: what a revision snapshots, what a diff compares and what a
 * restore brings back. Dates are calendar dates 'YYYY-MM-DD'.
 */
export interface AssetContent {
  kind: AssetKind;
  formality: Formality;
  title: string;
  summary: string;
  description: string;
  areaId: string;
  ownerOrganisationId: string | null;
  themes: string[];
  targetGroups: string[];
  abcdCategories: string[];
  locationType: LocationType;
  address: { street: string; postalCode: string; city: string } | null;
  point: { lat: number; lon: number } | null;
  onlineUrl: string | null;
  /** Opening hours (a weekly series per set of days) or when an activity takes place. */
  schedules: Schedule[];
  /** What a schedule cannot say: "op afspraak", "niet in schoolvakanties". */
  scheduleNote: string | null;
  costFree: boolean;
  costText: string | null;
  languages: string[];
  accessibility: AccessibilityFeature[];
  contact: ContactChannel[];
  photoUrl: string | null;
  photoAlt: string | null;
  validFrom: string | null;
  validUntil: string | null;
  links: AssetLink[];
}

export interface AreaRef {
  id: string;
  code: string;
  name: string;
  path: string;
}

export interface Asset extends AssetContent {
  id: string;
  area: AreaRef;
  ownerOrganisationName: string | null;
  ownerPersonId: string | null;
  status: AssetStatus;
  currentRevisionId: string | null;
  revisionCount: number;
  lastVerifiedAt: Date;
  lastVerifiedLabel: string;
  freshness: FreshnessState;
  /** Hidden after too many reports, until an editor reviews it. */
  hiddenForReports: boolean;
  /** valid_until has passed. */
  expired: boolean;
  publicationConsent: boolean;
  /** Shown to everyone (published, not hidden, not stale, not expired, consent for key persons). */
  publiclyVisible: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** What a write did: published at once, published but to be checked, or waiting for review. */
export type WriteOutcome = 'published' | 'to_check' | 'pending';

export interface AssetWriteResult {
  assetId: string;
  revisionId: string;
  outcome: WriteOutcome;
}

export interface FieldChange {
  field: keyof AssetContent;
  before: unknown;
  after: unknown;
}

export interface Revision {
  id: string;
  assetId: string;
  number: number;
  state: RevisionState;
  source: RevisionSource;
  authorLabel: string;
  changeNote: string;
  snapshot: AssetContent;
  restoredFromId: string | null;
  reviewedByLabel: string | null;
  reviewedAt: Date | null;
  decisionReason: string | null;
  createdAt: Date;
}

export interface SocialMapSettings {
  reportHideThreshold: number;
  verifyAfterMonths: number;
  graceMonths: number;
  hideAfterMonths: number;
  keyPersonRetentionMonths: number;
  submitterRetentionMonths: number;
}

export const defaultSettings: SocialMapSettings = {
  reportHideThreshold: 3,
  verifyAfterMonths: 6,
  graceMonths: 1,
  hideAfterMonths: 3,
  keyPersonRetentionMonths: 24,
  submitterRetentionMonths: 12,
};
