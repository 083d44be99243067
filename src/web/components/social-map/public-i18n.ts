import { registerMessages } from '../../../core/i18n/i18n.ts';
import '../../../modules/social-map/i18n.ts';
import { smPublicEn } from './public-messages.en.ts';
import { smPublicNl } from './public-messages.nl.ts';

// The public views' texts (and the module's labels they use) join the catalogue wherever a page
// imports this file, on the server and in the page bundle.
registerMessages(smPublicNl, smPublicEn);
