import { describe, expect, it } from 'vitest';
import { canonicalPlace, decodeList, decodeTagged, firstNameGender, isDemonym } from '../src/lexicon/gazetteer.js';

describe('gazetteer encoding', () => {
  it('should decode a front-coded list, each entry sharing a prefix with the one before', () => {
    expect(decodeList('0Alexander7ra0Bob2x')).toEqual(['Alexander', 'Alexandra', 'Bob', 'Box']);
  });
  it('should decode a tagged list into entries with their tags', () => {
    expect([...decodeTagged('f0Ada3a|m0Aaron')]).toEqual([['Ada', 'f'], ['Adaa', 'f'], ['Aaron', 'm']]);
  });
  it('should answer lookups from the generated lists', () => {
    expect(canonicalPlace('britain')).toBe('United Kingdom');
    expect(isDemonym('Iranian')).toBe(true);
    expect(isDemonym('Iran')).toBe(false);
    expect(firstNameGender('Olga')).toBe('f');
  });
});
