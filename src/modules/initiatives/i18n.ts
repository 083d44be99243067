import { registerMessages } from '../../core/i18n/i18n.ts';
import { initiativesEn } from './initiatives-messages.en.ts';
import { initiativesNl } from './initiatives-messages.nl.ts';

// The module's shared texts join the central catalogue when this file is imported.
registerMessages(initiativesNl, initiativesEn);

export type InitiativesMessageKey = keyof typeof initiativesNl;
