import { registerMessages } from '../../../../core/i18n/i18n.ts';
import { handlingPagesEn } from './handling-pages-messages.en.ts';
import { handlingPagesNl } from './handling-pages-messages.nl.ts';

// The staff pages' texts join the central catalogue when a page imports this file.
registerMessages(handlingPagesNl, handlingPagesEn);

export type HandlingPagesMessageKey = keyof typeof handlingPagesNl;
