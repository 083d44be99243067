import type { Role } from '../permissions/actor.ts';

export interface RoleAssignment {
  id: string;
  role: Role;
  area: { code: string; name: string; path: string } | null;
  organisation: { id: string; name: string; kind: string } | null;
}

export interface Person {
  id: string;
  email: string;
  name: string;
  locale: 'nl' | 'en';
  status: 'active' | 'disabled';
  lastSignInAt: string | null;
  createdAt: string;
  roles: RoleAssignment[];
}
