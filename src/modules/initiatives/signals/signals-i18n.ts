import { registerMessages } from '../../../core/i18n/i18n.ts';
import { signalsEn } from './signals-messages.en.ts';
import { signalsNl } from './signals-messages.nl.ts';

// The signals part's texts join the central catalogue when this file is imported (every service
// and page of the part imports it).
registerMessages(signalsNl, signalsEn);

export type SignalsMessageKey = keyof typeof signalsNl;
