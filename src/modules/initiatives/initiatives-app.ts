import type { AppContext } from '../../core/app-context.ts';

/** What the module's services need of the application besides the database: mail, links, signing. */
export type InitiativesApp = Pick<AppContext, 'mailer' | 'publicUrl' | 'secret'>;
