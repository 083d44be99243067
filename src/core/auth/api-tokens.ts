import { z } from 'zod';
import { runWrite, type ServiceContext } from '../audit/write.ts';
import type { Db } from '../db/database.ts';
import { NotFoundError } from '../errors.ts';
import { requireAccess } from '../permissions/can.ts';
import { parseInput } from '../validation.ts';
import { randomToken, sha256 } from './tokens.ts';

// Personal access tokens for machine clients: shown once, stored hashed, scoped, revocable.

export const tokenScopes = ['read', 'write'] as const;
export const tokenPrefix = 'ww_';

export const createApiTokenInput = z.object({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(z.enum(tokenScopes)).min(1),
  expiresInDays: z.coerce.number().int().min(1).max(730).optional(),
});

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export async function createApiToken(
  ctx: ServiceContext,
  input: z.input<typeof createApiTokenInput>,
): Promise<{ token: string; apiToken: ApiToken }> {
  const personId = ctx.actor.personId;
  if (!personId) throw new NotFoundError('person');
  requireAccess(ctx.actor, 'create', {
    type: 'api_token',
    municipalityId: ctx.actor.municipalityId,
    ownerId: personId,
  });
  const data = parseInput(createApiTokenInput, input);
  const token = `${tokenPrefix}${randomToken()}`;
  const row = await runWrite(ctx, async (tx, audit) => {
    const r = await tx
      .insertInto('api_tokens')
      .values({
        municipality_id: ctx.actor.municipalityId,
        person_id: personId,
        name: data.name,
        token_hash: sha256(token),
        prefix: token.slice(0, 8),
        scopes: data.scopes,
        expires_at: data.expiresInDays ? new Date(Date.now() + data.expiresInDays * 86_400_000) : null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    audit({
      action: 'api_token.create',
      resourceType: 'api_token',
      resourceId: r.id,
      changes: { name: data.name, scopes: data.scopes },
    });
    return r;
  });
  return { token, apiToken: toApiToken(row) };
}

function toApiToken(r: {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  created_at: Date;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
}): ApiToken {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    scopes: r.scopes,
    createdAt: new Date(r.created_at).toISOString(),
    expiresAt: iso(r.expires_at),
    lastUsedAt: iso(r.last_used_at),
    revokedAt: iso(r.revoked_at),
  };
}

export async function listOwnApiTokens(ctx: ServiceContext): Promise<ApiToken[]> {
  const personId = ctx.actor.personId;
  if (!personId) return [];
  requireAccess(ctx.actor, 'list', {
    type: 'api_token',
    municipalityId: ctx.actor.municipalityId,
    ownerId: personId,
  });
  const rows = await ctx.db
    .selectFrom('api_tokens')
    .selectAll()
    .where('municipality_id', '=', ctx.actor.municipalityId)
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toApiToken);
}

export async function revokeApiToken(ctx: ServiceContext, id: string): Promise<void> {
  const row = await ctx.db
    .selectFrom('api_tokens')
    .select(['id', 'person_id', 'revoked_at'])
    .where('municipality_id', '=', ctx.actor.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('api_token');
  requireAccess(ctx.actor, 'delete', {
    type: 'api_token',
    municipalityId: ctx.actor.municipalityId,
    ownerId: row.person_id,
  });
  if (row.revoked_at) return;
  await runWrite(ctx, async (tx, audit) => {
    await tx.updateTable('api_tokens').set({ revoked_at: new Date() }).where('id', '=', id).execute();
    audit({ action: 'api_token.revoke', resourceType: 'api_token', resourceId: id });
  });
}

/** The person behind a bearer token, if the token is valid, unexpired and not revoked. */
export async function authenticateApiToken(db: Db, municipalityId: string, token: string, now = new Date()) {
  if (!token.startsWith(tokenPrefix)) return undefined;
  const row = await db
    .selectFrom('api_tokens as t')
    .innerJoin('people as p', 'p.id', 't.person_id')
    .select(['t.id as token_id', 't.scopes', 't.last_used_at', 'p.id', 'p.email', 'p.name', 'p.locale'])
    .where('t.token_hash', '=', sha256(token))
    .where('t.municipality_id', '=', municipalityId)
    .where('t.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('t.expires_at', 'is', null), eb('t.expires_at', '>', now)]))
    .where('p.status', '=', 'active')
    .executeTakeFirst();
  if (!row) return undefined;
  // Record use at most once a minute: keeps reads cheap.
  if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() > 60_000) {
    await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.token_id).execute();
  }
  return row;
}
