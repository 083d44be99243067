import { randomUUID } from 'node:crypto';
import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import type { Db } from '../../../core/db/database.ts';
import { ConflictError, ValidationError } from '../../../core/errors.ts';
import { translate } from '../../../core/i18n/i18n.ts';
import { systemActor } from '../../../core/permissions/actor.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { parseInput } from '../../../core/validation.ts';
import './programme-i18n.ts';
import './programme-policy.ts';
import {
  criteriaRows,
  findSettings,
  insertCriterion,
  insertSettings,
  peopleNames,
  toCriterion,
  updateCriterion,
  updateSettings,
} from './programme.repository.ts';
import { programmeDb, programmeTx } from './programme.tables.ts';
import type { EffectFramework } from './programme.ts';
import { type UpdateFrameworkInput, updateFrameworkInput } from './programme-input.ts';

export type { UpdateFrameworkInput };
export { updateFrameworkInput };

// The effect framework per municipality. Den Haag's programme (seed 002) is the default: six
// societal effects, a project serves at least three substantially, durability is a criterion.
// A municipality changes names, descriptions, the minimum, adds or retires effects and criteria.

export const defaultEffectCodes = [
  'social_cohesion',
  'positive_image',
  'access_to_facilities',
  'safety',
  'employment',
  'ownership',
] as const;
export const defaultMinSubstantial = 3;

/** Writes the default framework in the municipality's language (Dutch) when it has none yet. */
async function ensureFramework(db: Db, municipalityId: string): Promise<void> {
  if (await findSettings(programmeDb(db), municipalityId)) return;
  const text = (key: string) => translate('nl', key);
  await runWrite({ db, actor: systemActor(municipalityId), meta: {} }, async (wtx, audit) => {
    const tx = programmeTx(wtx);
    // Another request created it in the meantime: nothing to add.
    if (!(await insertSettings(tx, municipalityId, defaultMinSubstantial))) {
      audit({ action: 'programme.framework.seed_skipped', resourceType: 'effect_framework' });
      return;
    }
    let position = 0;
    for (const code of defaultEffectCodes) {
      await insertCriterion(tx, municipalityId, {
        kind: 'effect',
        code,
        name: text(`plan.programme.default.${code}.name`),
        description: text(`plan.programme.default.${code}.description`),
        minScore: null,
        position: position++,
        active: true,
      });
    }
    await insertCriterion(tx, municipalityId, {
      kind: 'criterion',
      code: 'durability',
      name: text('plan.programme.default.durability.name'),
      description: text('plan.programme.default.durability.description'),
      minScore: 'some',
      position: 0,
      active: true,
    });
    audit({
      action: 'programme.framework.seed',
      resourceType: 'effect_framework',
      changes: { effects: defaultEffectCodes.length, minSubstantial: defaultMinSubstantial },
    });
  });
}

/** The municipality's framework (public: the submission form shows the effects). */
export async function getFramework(db: Db, municipalityId: string): Promise<EffectFramework> {
  await ensureFramework(db, municipalityId);
  const pdb = programmeDb(db);
  const [settings, rows] = await Promise.all([
    findSettings(pdb, municipalityId),
    criteriaRows(pdb, municipalityId),
  ]);
  if (!settings) throw new Error('programme settings missing after ensureFramework');
  const names = await peopleNames(pdb, municipalityId, settings.assessor_ids);
  const criteria = rows.map(toCriterion);
  return {
    minSubstantial: settings.min_substantial,
    effects: criteria.filter((c) => c.kind === 'effect'),
    criteria: criteria.filter((c) => c.kind === 'criterion'),
    assessors: settings.assessor_ids
      .filter((id) => names.has(id))
      .map((id) => ({ id, name: names.get(id) ?? '' }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    version: settings.version,
  };
}

/** Is this person listed as an assessor? */
export async function isAssessor(db: Db, municipalityId: string, personId: string | null): Promise<boolean> {
  if (!personId) return false;
  const settings = await findSettings(programmeDb(db), municipalityId);
  return settings?.assessor_ids.includes(personId) ?? false;
}

/**
 * Coordinators and administrators change the framework. Existing effects keep their ids (the
 * scores given stay attached); an effect is retired, never deleted. Version check: a change
 * made since the form was opened is a ConflictError.
 */
export async function updateFramework(
  ctx: ServiceContext,
  input: UpdateFrameworkInput,
): Promise<EffectFramework> {
  const municipalityId = ctx.actor.municipalityId;
  requireAccess(ctx.actor, 'update', { type: 'effect_framework', municipalityId });
  const data = parseInput(updateFrameworkInput, input);
  const current = await getFramework(ctx.db, municipalityId);
  const known = new Map([...current.effects, ...current.criteria].map((c) => [c.id, c]));
  const errors: ValidationError['fieldErrors'] = [];
  data.effects.forEach((e, i) => {
    if (e.id && known.get(e.id)?.kind !== 'effect')
      errors.push({ field: `effects.${i}.id`, key: 'validation.invalid' });
  });
  data.criteria.forEach((c, i) => {
    if (c.id && known.get(c.id)?.kind !== 'criterion')
      errors.push({ field: `criteria.${i}.id`, key: 'validation.invalid' });
  });
  const activeEffects = data.effects.filter((e) => e.active).length;
  if (data.minSubstantial > activeEffects)
    errors.push({
      field: 'minSubstantial',
      key: 'plan.programme.error.minAboveEffects',
      params: { count: activeEffects },
    });
  const assessorNames = await peopleNames(programmeDb(ctx.db), municipalityId, data.assessorIds);
  data.assessorIds.forEach((id, i) => {
    if (!assessorNames.has(id)) errors.push({ field: `assessorIds.${i}`, key: 'validation.invalid' });
  });
  if (errors.length > 0) throw new ValidationError(errors);

  await runWrite(ctx, async (wtx, audit) => {
    const tx = programmeTx(wtx);
    const saved = await updateSettings(tx, municipalityId, {
      version: data.version,
      minSubstantial: data.minSubstantial,
      assessorIds: [...new Set(data.assessorIds)],
    });
    if (!saved) throw new ConflictError('plan.programme.error.frameworkConflict');
    const write = async (kind: 'effect' | 'criterion', list: typeof data.criteria | typeof data.effects) => {
      for (const [position, c] of list.entries()) {
        const minScore: 'some' | 'substantial' | null =
          kind === 'criterion' ? ((c as { minScore?: 'some' | 'substantial' }).minScore ?? 'some') : null;
        const values = { name: c.name, description: c.description, minScore, position, active: c.active };
        if (c.id) await updateCriterion(tx, municipalityId, c.id, values);
        else
          await insertCriterion(tx, municipalityId, {
            ...values,
            kind,
            code: `${kind}-${randomUUID().slice(0, 8)}`,
          });
      }
    };
    await write('effect', data.effects);
    await write('criterion', data.criteria);
    audit({
      action: 'programme.framework.update',
      resourceType: 'effect_framework',
      changes: {
        minSubstantial: data.minSubstantial,
        effects: data.effects.map((e) => ({ id: e.id ?? null, name: e.name, active: e.active })),
        criteria: data.criteria.map((c) => ({
          id: c.id ?? null,
          name: c.name,
          active: c.active,
          minScore: c.minScore,
        })),
        assessors: data.assessorIds.length,
      },
    });
  });
  return getFramework(ctx.db, municipalityId);
}
