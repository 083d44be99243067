import { z } from 'zod';
import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import type { Db } from '../../../core/db/database.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { parseInput } from '../../../core/validation.ts';
import { smDb, smTx } from '../social-map.tables.ts';
import { type SynonymEntry, words } from './build-search-query.ts';
import './synonyms.policy.ts';
import {
  deleteSynonymRow,
  findSynonymRow,
  listSynonymRows,
  saveSynonymRow,
  seedDefaultSynonyms,
} from './synonyms.repository.ts';

// The municipality's synonym list for resident search (schulden ↔ geldzaken). Stored the way
// queries are parsed (lower case, no accents, single spaces) so a lookup is an exact match.

const normalized = z
  .string()
  .max(60)
  .transform((s) => words(s).join(' '))
  .pipe(z.string().min(1, 'validation.required'));

export const setSynonymsInput = z.object({
  term: normalized,
  /** Empty: the term is removed from the list. */
  synonyms: z.array(normalized).max(30),
});
export type SetSynonymsInput = z.input<typeof setSynonymsInput>;

const resource = (municipalityId: string) => ({ type: 'social_map_synonyms', municipalityId });

export async function listSynonyms(db: Db, actor: Actor): Promise<SynonymEntry[]> {
  requireAccess(actor, 'list', resource(actor.municipalityId));
  return listSynonymRows(smDb(db), actor.municipalityId);
}

/** Sets (or with no synonyms removes) one entry. Coordinators and administrators. */
export async function setSynonyms(
  ctx: ServiceContext,
  input: SetSynonymsInput,
): Promise<SynonymEntry | null> {
  const municipalityId = ctx.actor.municipalityId;
  requireAccess(ctx.actor, 'update', resource(municipalityId));
  const v = parseInput(setSynonymsInput, input);
  const synonyms = [...new Set(v.synonyms)].filter((s) => s !== v.term);
  return runWrite(ctx, async (wtx, audit) => {
    const tx = smTx(wtx);
    const before = await findSynonymRow(tx, municipalityId, v.term);
    if (synonyms.length === 0) {
      await deleteSynonymRow(tx, municipalityId, v.term);
    } else {
      await saveSynonymRow(tx, municipalityId, { term: v.term, synonyms }, new Date());
    }
    audit({
      action: synonyms.length === 0 ? 'social_map.synonyms.delete' : 'social_map.synonyms.set',
      resourceType: 'social_map_synonyms',
      changes: {
        term: v.term,
        synonyms: { from: before?.synonyms ?? null, to: synonyms.length ? synonyms : null },
      },
    });
    return synonyms.length === 0 ? null : { term: v.term, synonyms };
  });
}

/** Brings back the default Dutch entries; what the municipality changed is kept. */
export async function restoreDefaultSynonyms(ctx: ServiceContext): Promise<SynonymEntry[]> {
  const municipalityId = ctx.actor.municipalityId;
  requireAccess(ctx.actor, 'update', resource(municipalityId));
  await runWrite(ctx, async (wtx, audit) => {
    await seedDefaultSynonyms(smTx(wtx), municipalityId);
    audit({ action: 'social_map.synonyms.restore_defaults', resourceType: 'social_map_synonyms' });
  });
  return listSynonymRows(smDb(ctx.db), municipalityId);
}
