import type { authNl } from './auth.nl.ts';

export const authEn: Record<keyof typeof authNl, string> = {};
