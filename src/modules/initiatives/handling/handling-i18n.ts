import { registerMessages } from '../../../core/i18n/i18n.ts';
import '../i18n.ts';
import { handlingEn } from './handling-messages.en.ts';
import { handlingNl } from './handling-messages.nl.ts';

// The handling part's texts join the central catalogue when this file is imported (every handling
// service imports it, and the API).
registerMessages(handlingNl, handlingEn);

export type HandlingMessageKey = keyof typeof handlingNl;
