import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next.ts';

describe('safeNext', () => {
  it('keeps paths on this site', () => {
    expect(safeNext('/wijken/WK999901?tab=plan#acties')).toBe('/wijken/WK999901?tab=plan#acties');
    expect(safeNext('/')).toBe('/');
  });

  it('refuses other origins and odd input', () => {
    for (const bad of [
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      'wijken',
      '',
      null,
      undefined,
    ]) {
      expect(safeNext(bad)).toBe('/');
    }
    expect(safeNext('//evil.example', '/beheer')).toBe('/beheer');
  });
});
