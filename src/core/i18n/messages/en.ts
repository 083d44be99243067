import { adminEn } from './admin.en.ts';
import { authEn } from './auth.en.ts';
import { baseEn } from './base.en.ts';
import type { nl } from './nl.ts';
import { pagesEn } from './pages.en.ts';

// English catalogue: every Dutch key must have its English text (checked by the type).
export const en: Record<keyof typeof nl, string> = { ...baseEn, ...pagesEn, ...adminEn, ...authEn };
