import type { Channel, Decision, ItemStatus } from './initiatives.tables.ts';

// The module's domain types: what services return, the API serialises and the pages show.
// Services map rows (initiatives.tables.ts) to these and never hand rows out.

export type { Channel, Decision, ItemStatus };

export const itemStatuses: readonly ItemStatus[] = [
  'received',
  'in_progress',
  'awaiting_resident',
  'decided',
  'in_execution',
  'done',
  'cancelled',
  'reopened',
];
export const decisions: readonly Decision[] = ['granted', 'rejected', 'referred'];
export const channels: readonly Channel[] = ['web', 'phone', 'counter', 'street', 'email', 'open311', 'api'];

/** States in which the item is still waiting for a decision: the deadline runs. */
export const openStatuses: readonly ItemStatus[] = [
  'received',
  'in_progress',
  'awaiting_resident',
  'reopened',
];
/** States after which nothing more happens unless the item is reopened. */
export const closedStatuses: readonly ItemStatus[] = ['done', 'cancelled'];

export interface Item {
  id: string;
  reference: string;
  kindId: string;
  categoryId: string;
  title: string;
  description: string;
  areaId: string;
  areaPath: string;
  lon: number | null;
  lat: number | null;
  address: string | null;
  status: ItemStatus;
  decision: Decision | null;
  answer: string | null;
  ownerOrganisationId: string;
  ownerPersonId: string | null;
  channel: Channel;
  registeredBy: string | null;
  /** Staff only: the resident's contact details (null once removed after the retention period). */
  contact: { name: string | null; email: string | null; phone: string | null } | null;
  locale: 'nl' | 'en';
  requestedCents: number | null;
  attributeValues: Record<string, unknown>;
  receivedAt: string;
  deadlineOn: string;
  escalateOn: string;
  escalatedAt: string | null;
  decidedAt: string | null;
  closedAt: string | null;
  public: boolean;
  version: number;
  updatedAt: string;
}

export interface ItemEvent {
  id: string;
  event: string;
  fromStatus: ItemStatus | null;
  toStatus: ItemStatus | null;
  fromOrganisationId: string | null;
  toOrganisationId: string | null;
  reason: string | null;
  /** What the resident was told; shown on their page. */
  publicText: string | null;
  /** Staff only; null when the reader is the resident. */
  internalNote: string | null;
  actorLabel: string;
  createdAt: string;
}
