import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isValidCreditCode } from '../../../../domain/ids/credit-code';
import { demoCreditCode, orgCodeCheckChar } from '../../../../domain/demo/credit-code';
import { createPrng } from '../../../../domain/demo/prng';
import { assertProperty } from '../../../support/property';

describe('demo credit codes', () => {
  it('computes the GB 11714 organisation-code check digit (the standard’s own example D2143569-X)', () => {
    expect(orgCodeCheckChar('D2143569')).toBe('X');
    expect(orgCodeCheckChar('71526726')).toBe('X');
  });

  it('makes codes that pass the GB 32100 check, with a valid organisation code inside', () => {
    assertProperty(
      fc.property(
        fc.integer(),
        fc.constantFrom(['9', '1'] as const, ['9', '2'] as const, ['9', '3'] as const, ['1', '2'] as const),
        (seed, [authority, category]) => {
          const code = demoCreditCode(createPrng(seed), {
            authority,
            category,
            division: '500117',
          });
          expect(isValidCreditCode(code)).toBe(true);
          expect(code.slice(0, 8)).toBe(`${authority}${category}500117`);
          expect(orgCodeCheckChar(code.slice(8, 16))).toBe(code.charAt(16));
        },
      ),
    );
  });

  it('numbers 市场监管 registrations from MA and keeps other bodies to digits', () => {
    const prng = createPrng(5);
    expect(demoCreditCode(prng, { authority: '9', category: '1', division: '500117' }).slice(8, 10)).toBe('MA');
    expect(demoCreditCode(prng, { authority: '1', category: '2', division: '500117' }).slice(8, 16)).toMatch(/^\d{8}$/);
  });
});
