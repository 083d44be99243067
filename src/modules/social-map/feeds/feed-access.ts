import type { Db } from '../../../core/db/database.ts';
import { type FieldError, NotFoundError, ValidationError } from '../../../core/errors.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import { organisationName } from '../assets.repository.ts';
import { smDb } from '../social-map.tables.ts';
import { listTaxonomy } from '../taxonomy.ts';
import { type Feed, feedResource, requireFeedAccess, toFeed } from './feed.ts';
import { type FeedRowWithRefs, findFeedRow } from './feeds.repository.ts';
import { feedDb } from './feeds.tables.ts';

// Shared steps of the feed services: load a feed the actor may see, check the defaults.

export async function requireFeedRow(
  db: Db,
  actor: Actor,
  id: string,
  action: 'read' | 'update' | 'delete',
): Promise<FeedRowWithRefs> {
  const row = await findFeedRow(feedDb(db), actor.municipalityId, id);
  if (!row) throw new NotFoundError('feed');
  requireFeedAccess(actor, action, feedResource(row));
  return row;
}

export async function feedById(db: Db, municipalityId: string, id: string): Promise<Feed> {
  const row = await findFeedRow(feedDb(db), municipalityId, id);
  if (!row) throw new NotFoundError('feed');
  return toFeed(row);
}

/** Theme and target group codes must be the municipality's; the organisation must exist. */
export async function checkFeedDefaults(
  db: Db,
  municipalityId: string,
  v: {
    themes?: string[] | undefined;
    targetGroups?: string[] | undefined;
    organisationId?: string | null | undefined;
  },
): Promise<void> {
  const errors: FieldError[] = [];
  const terms = await listTaxonomy(db, municipalityId);
  const check = (field: string, codes: string[] | undefined, vocabulary: 'theme' | 'target_group') => {
    const known = new Set(terms.filter((t) => t.vocabulary === vocabulary).map((t) => t.code));
    codes?.forEach((c, i) => {
      if (!known.has(c)) errors.push({ field: `${field}.${i}`, key: 'validation.choice' });
    });
  };
  check('themes', v.themes, 'theme');
  check('targetGroups', v.targetGroups, 'target_group');
  if (v.organisationId && (await organisationName(smDb(db), municipalityId, v.organisationId)) === null)
    errors.push({ field: 'organisationId', key: 'validation.choice' });
  if (errors.length) throw new ValidationError(errors);
}
