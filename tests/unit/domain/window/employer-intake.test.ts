import { describe, expect, it } from 'vitest';
import {
  EMPTY_EMPLOYER_DRAFT,
  checkEmployerDraft,
  employerIdForList,
  findEmployerByCode,
} from '../../../../domain/window/employer-intake';

const TODAY = '2026-12-03';
const MARKET = '019ad000-0000-7000-8000-000000000001';
const company = {
  ...EMPTY_EMPLOYER_DRAFT,
  name: '重庆某某家政服务有限公司',
  creditCode: '91500106MA5YH2L8QN',
  contactName: '李女士',
  contactPhone: '138 1234 5678',
};

describe('checkEmployerDraft', () => {
  it('accepts a company with a valid code and normalises the phone', () => {
    const r = checkEmployerDraft(company, TODAY);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.intake.creditCode).toBe('91500106MA5YH2L8QN');
      expect(r.intake.contact.phone).toBe('13812345678');
      expect(r.intake.idNumber).toBeNull();
    }
  });

  it('reports every wrong field at once, the credit code naming its wrong character', () => {
    const r = checkEmployerDraft(
      { ...company, creditCode: '91500106MA5YH2L8QO', contactName: ' ', contactPhone: '12' },
      TODAY,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(Object.keys(r.problems).sort()).toEqual(['contactName', 'contactPhone', 'creditCode']);
      expect(r.problems.creditCode?.zh).toContain('第 18 位“O”');
    }
  });

  it('lets a private household register with a phone and no ID', () => {
    const r = checkEmployerDraft({ ...company, kind: 'person', name: '张先生家', creditCode: '' }, TODAY);
    expect(r.ok).toBe(true);
  });

  it('checks a private employer’s ID number when given and refuses a wrong check digit', () => {
    const good = checkEmployerDraft(
      { ...company, kind: 'person', creditCode: '', idNumber: '11010519491231002X' },
      TODAY,
    );
    expect(good.ok && good.intake.idNumber).toBe('11010519491231002X');
    const bad = checkEmployerDraft(
      { ...company, kind: 'person', creditCode: '', idNumber: '110105194912310021' },
      TODAY,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.idNumber?.zh).toContain('校验码');
  });

  it('refuses a credit code on a private employer rather than dropping it silently', () => {
    const r = checkEmployerDraft({ ...company, kind: 'person' }, TODAY);
    expect(r.ok ? null : r.problems.creditCode?.zh).toContain('个体工商户');
  });
});

describe('findEmployerByCode', () => {
  const employers = [
    { id: 'e1', creditCode: '91500106MA5YH2L8QN', deleted: false, marketId: MARKET, name: '甲' },
    { id: 'e2', creditCode: '914403001922038216', deleted: true, marketId: MARKET, name: '乙' },
  ];
  it('finds the employer already registered under a code however it is typed', () => {
    expect(findEmployerByCode(employers, MARKET, '91500106ma5yh2l8qn')).toEqual({ id: 'e1', name: '甲' });
  });
  it('ignores deleted employers and other markets', () => {
    expect(findEmployerByCode(employers, MARKET, '914403001922038216')).toBeNull();
    expect(findEmployerByCode(employers, 'other', '91500106MA5YH2L8QN')).toBeNull();
  });
});

describe('employerIdForList', () => {
  it('masks a private employer’s ID number', () => {
    expect(employerIdForList('11010519491231002X')).toBe('1101**********2X');
    expect(employerIdForList(null)).toBe('');
  });
});
