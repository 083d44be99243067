import { registerMessages } from '../../../core/i18n/i18n.ts';
import { contributeEn } from './contribute-messages.en.ts';
import { contributeNl } from './contribute-messages.nl.ts';

// The contribution pages' texts join the catalogue wherever a page or component imports this
// (on the server and in the page bundle).
registerMessages(contributeNl, contributeEn);
