import { describe, expect, it } from 'vitest';
import { negotiateLocale, registerMessages, translate } from './i18n.ts';
import { en } from './messages/en.ts';
import { nl } from './messages/nl.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('have the same keys in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = Object.entries(nl)
      .filter(
        ([key, text]) =>
          JSON.stringify(placeholders(text)) !==
          JSON.stringify(placeholders((en as Record<string, string>)[key] ?? '')),
      )
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('have no empty texts', () => {
    expect(
      Object.entries({ ...nl })
        .filter(([, v]) => v.trim() === '')
        .map(([k]) => k),
    ).toEqual([]);
    expect(
      Object.entries(en)
        .filter(([, v]) => v.trim() === '')
        .map(([k]) => k),
    ).toEqual([]);
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('nl', 'home.title', { municipality: 'Baarn' })).toBe('Wijken in Baarn');
    expect(translate('en', 'home.title', {})).toBe('Neighbourhoods of {municipality}');
  });

  it('shows the key for an unknown key rather than failing', () => {
    expect(translate('nl', 'no.such.key')).toBe('no.such.key');
  });

  it('finds texts a module registered', () => {
    registerMessages({ 'test.module.hello': 'Hallo {name}' }, { 'test.module.hello': 'Hello {name}' });
    expect(translate('en', 'test.module.hello', { name: 'Sam' })).toBe('Hello Sam');
    expect(translate('nl', 'test.module.hello', { name: 'Sam' })).toBe('Hallo Sam');
  });
});

describe('negotiateLocale', () => {
  it('takes the explicit choice, else Dutch', () => {
    expect(negotiateLocale('en')).toBe('en');
    expect(negotiateLocale('nl')).toBe('nl');
    expect(negotiateLocale(undefined)).toBe('nl');
    expect(negotiateLocale('xx')).toBe('nl');
  });
});
