import { registerMessages } from '../../../core/i18n/i18n.ts';
import { planPublicEn } from './plan-public-messages.en.ts';
import { planPublicNl } from './plan-public-messages.nl.ts';

// The public plan pages' texts join the catalogue wherever a page imports this file, on the
// server and in the page bundle.
registerMessages(planPublicNl, planPublicEn);
