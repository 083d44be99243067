import type { ServiceContext } from '../../../core/audit/write.ts';
import { resolveScope, type ScopeArea } from './scope.ts';

/** The areas the actor may make a wijksignaal for (ForbiddenError for people without any). */
export async function signalAreaChoices(ctx: ServiceContext): Promise<ScopeArea[]> {
  return (await resolveScope(ctx)).choices;
}
