import { adminNl } from './admin.nl.ts';
import { authNl } from './auth.nl.ts';
import { baseNl } from './base.nl.ts';
import { pagesNl } from './pages.nl.ts';

// Dutch catalogue: the source of truth for message keys, one file per part of the product.
export const nl = { ...baseNl, ...pagesNl, ...adminNl, ...authNl };
