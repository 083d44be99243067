import { registerMessages } from '../../../core/i18n/i18n.ts';
import { smOfficerEn } from './officer-messages.en.ts';
import { smOfficerNl } from './officer-messages.nl.ts';

// The officer's texts (overview, settings, imports) join the central catalogue when imported:
// by the services that throw these keys, and by the pages (so the client bundle has them too).
registerMessages(smOfficerNl, smOfficerEn);

export type SmOfficerKey = keyof typeof smOfficerNl;
