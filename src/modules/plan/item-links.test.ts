import { describe, expect, it } from 'vitest';
import { socialMapReference } from './item-links.ts';

describe('socialMapReference', () => {
  const id = '3f1c2a4e-9b7d-4c1e-8f00-1234567890ab';
  it('finds the id in a pasted address or on its own', () => {
    expect(socialMapReference(`https://wijkwerk.voorbeeld.nl/sociale-kaart/${id}`)).toBe(id);
    expect(socialMapReference(`  ${id.toUpperCase()} `)).toBe(id);
    expect(socialMapReference(`/sociale-kaart/${id}?lang=en`)).toBe(id);
  });
  it('finds nothing in text without an id', () => {
    expect(socialMapReference('Taalcafé Centrum')).toBeNull();
    expect(socialMapReference('')).toBeNull();
  });
});
