import { runWrite } from '../../core/audit/write.ts';
import type { Db } from '../../core/db/database.ts';
import { systemActor } from '../../core/permissions/actor.ts';
import { organisationId, voorbeeldId } from '../plan/testing.ts';
import { initiativesTx } from './initiatives.tables.ts';

// Helpers for the initiatives module's tests (not a test file itself): the four kinds, a few
// categories with owning departments and a routing rule, written straight into the tables so
// every part's tests start from the same configuration. Parts add their helpers at the end.

export { actorFor, ctxFor, demoEmails, organisationId, personId, voorbeeldId } from '../plan/testing.ts';

export interface InitiativesFixture {
  municipalityId: string;
  kinds: { idea: string; initiative: string; signal: string; question: string };
  categories: {
    /** signal, Openbare Ruimte, 5 working days, on the public map */
    pavement: string;
    /** signal, Openbare Ruimte, 10 calendar days */
    litter: string;
    /** idea, Team Wijkzaken, 3 working days (small ideas: a decision within 3 working days) */
    smallIdea: string;
    /** initiative with a budget request, Team Wijkzaken, 10 working days */
    neighbourhoodInitiative: string;
    /** question, Sociaal Domein, 5 working days */
    careQuestion: string;
  };
  organisations: { publicSpace: string; socialDomain: string; wijkzaken: string; housing: string };
}

export async function createInitiativesFixture(db: Db): Promise<InitiativesFixture> {
  const municipalityId = await voorbeeldId(db);
  const organisations = {
    publicSpace: await organisationId(db, 'Afdeling Openbare Ruimte'),
    socialDomain: await organisationId(db, 'Afdeling Sociaal Domein'),
    wijkzaken: await organisationId(db, 'Team Wijkzaken'),
    housing: await organisationId(db, 'Woonstichting Voorbeeld'),
  };
  return runWrite({ db, actor: systemActor(municipalityId, 'test'), meta: {} }, async (wtx, audit) => {
    const tx = initiativesTx(wtx);
    const kind = async (code: string, name: string, position: number, budgetRequest = false) =>
      (
        await tx
          .insertInto('initiative_kinds')
          .values({ municipality_id: municipalityId, code, name, position, budget_request: budgetRequest })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const kinds = {
      idea: await kind('idea', 'Idee', 1),
      initiative: await kind('initiative', 'Initiatief met budgetaanvraag', 2, true),
      signal: await kind('signal', 'Melding', 3),
      question: await kind('question', 'Vraag', 4),
    };
    const category = async (
      kindId: string,
      code: string,
      name: string,
      owner: string,
      days: number,
      dayType: 'working' | 'calendar',
      position: number,
      onPublicMap = false,
    ) =>
      (
        await tx
          .insertInto('initiative_categories')
          .values({
            municipality_id: municipalityId,
            kind_id: kindId,
            code,
            name,
            owner_organisation_id: owner,
            handling_days: days,
            day_type: dayType,
            position,
            on_public_map: onPublicMap,
            attributes: '[]',
            next_steps: `Wij behandelen ${name.toLowerCase()} binnen ${days} dagen.`,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const categories = {
      pavement: await category(
        kinds.signal,
        'losse-tegel',
        'Losse stoeptegel',
        organisations.publicSpace,
        5,
        'working',
        1,
        true,
      ),
      litter: await category(
        kinds.signal,
        'zwerfafval',
        'Zwerfafval',
        organisations.publicSpace,
        10,
        'calendar',
        2,
        true,
      ),
      smallIdea: await category(
        kinds.idea,
        'klein-idee',
        'Klein idee voor de buurt',
        organisations.wijkzaken,
        3,
        'working',
        1,
      ),
      neighbourhoodInitiative: await category(
        kinds.initiative,
        'buurtinitiatief',
        'Buurtinitiatief',
        organisations.wijkzaken,
        10,
        'working',
        1,
      ),
      careQuestion: await category(
        kinds.question,
        'zorg-welzijn',
        'Zorg en welzijn',
        organisations.socialDomain,
        5,
        'working',
        1,
      ),
    };
    audit({ action: 'initiatives.test.fixture', resourceType: 'initiative_config' });
    return { municipalityId, kinds, categories, organisations };
  });
}
