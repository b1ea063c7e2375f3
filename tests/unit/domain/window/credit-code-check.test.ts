import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CREDIT_CODE_CHARSET, creditCodeCheckChar } from '../../../../domain/ids/credit-code';
import { checkCreditCode } from '../../../../domain/window/credit-code-check';
import { assertProperty } from '../../../support/property';

const VALID = '91500106MA5YH2L8QN';

describe('checkCreditCode', () => {
  it('accepts a valid code typed in lower case with spaces', () => {
    expect(checkCreditCode(' 91500106ma5yh2l8qn ')).toEqual({ ok: true, code: VALID });
  });

  it('names the position and the letter O where a digit belongs, and suggests 0', () => {
    const r = checkCreditCode('91500106MA5YH2L8QO');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.position).toBe(18);
    expect(r.found).toBe('O');
    expect(r.problem.zh).toContain('第 18 位“O”');
    expect(r.problem.zh).toContain('“0”');
  });

  it('names the check character found and the one the first 17 give', () => {
    const r = checkCreditCode('91500106MA5YH2L8QM');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.position).toBe(18);
    expect(r.problem.zh).toContain('“M”');
    expect(r.problem.zh).toContain('“N”');
    expect(r.problem.en).toContain('"N"');
  });

  it('names a wrong registration authority as character 1', () => {
    const r = checkCreditCode('B1500106MA5YH2L8QN');
    expect(r.ok ? null : r.position).toBe(1);
  });

  it('names a wrong division digit', () => {
    const r = checkCreditCode('9100010' + '6MA5YH2L8QN');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.position).toBe(3);
    expect(r.problem.zh).toContain('第 3–8 位');
  });

  it('gives no position for a code of the wrong length', () => {
    const r = checkCreditCode('91500106MA5YH2L8Q');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.position).toBeNull();
    expect(r.problem.zh).toContain('17');
  });

  it('flags any single changed character of a valid code and points inside the code', () => {
    const chars = Array.from(CREDIT_CODE_CHARSET);
    assertProperty(
      fc.property(fc.integer({ min: 8, max: 16 }), fc.constantFrom(...chars), (i, ch) => {
        fc.pre(VALID.charAt(i) !== ch);
        const typo = VALID.slice(0, i) + ch + VALID.slice(i + 1);
        // A one-character change always breaks the mod-31 check (weights are units mod 31).
        const r = checkCreditCode(typo);
        expect(r.ok).toBe(false);
        if (!r.ok) {
          expect(r.position).toBe(18);
          expect(r.found).toBe(VALID.charAt(17));
          expect(r.problem.zh).toContain(`“${creditCodeCheckChar(typo.slice(0, 17))}”`);
        }
      }),
    );
  });
});
