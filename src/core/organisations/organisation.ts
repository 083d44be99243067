// What services hand out about an organisation (never a database row).

export const organisationKinds = [
  'department',
  'partner',
  'resident_organisation',
  'informal_group',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export interface ServedArea {
  code: string;
  name: string;
  path: string;
}

export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  sector: string | null;
  description: string;
  email: string | null;
  phone: string | null;
  website: string | null;
  /** The areas the organisation works in, in tree order. */
  areas: ServedArea[];
  createdAt: string;
  updatedAt: string;
}
