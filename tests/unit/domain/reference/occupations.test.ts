import { describe, expect, it } from 'vitest';
import { OCCUPATIONS, matchOccupation, occupationByCode } from '../../../../domain/reference/occupations';

describe('OCCUPATIONS', () => {
  it('offers between 25 and 40 trades', () => {
    expect(OCCUPATIONS.length).toBeGreaterThanOrEqual(25);
    expect(OCCUPATIONS.length).toBeLessThanOrEqual(40);
  });

  it('has unique codes and labels', () => {
    expect(new Set(OCCUPATIONS.map((o) => o.code)).size).toBe(OCCUPATIONS.length);
    expect(new Set(OCCUPATIONS.map((o) => o.label)).size).toBe(OCCUPATIONS.length);
  });

  it('uses lower-case ascii slugs as codes', () => {
    for (const o of OCCUPATIONS) expect(o.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('gives every trade an icon name, an English label and at least one keyword', () => {
    for (const o of OCCUPATIONS) {
      expect(o.icon).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(o.labelEn.length).toBeGreaterThan(0);
      expect(o.keywords.length).toBeGreaterThan(0);
    }
  });

  it('never gives one keyword to two trades, so a match is never decided by list order alone', () => {
    const owners = new Map<string, string>();
    for (const o of OCCUPATIONS) {
      for (const k of [o.label, ...o.keywords]) {
        expect(owners.get(k), `${k} in ${o.code} and ${owners.get(k)}`).toBeUndefined();
        owners.set(k, o.code);
      }
    }
  });

  it('has no one-character keywords, which would match almost anything', () => {
    for (const o of OCCUPATIONS) for (const k of o.keywords) expect(Array.from(k).length).toBeGreaterThan(1);
  });

  it('maps every label and keyword back to its own trade', () => {
    for (const o of OCCUPATIONS) {
      for (const k of [o.label, ...o.keywords]) expect(matchOccupation(k)?.code, k).toBe(o.code);
    }
  });
});

describe('matchOccupation', () => {
  it.each([
    ['营业员', 'sales'],
    ['送货员', 'delivery'],
    ['家政服务员', 'housekeeping'],
    ['中式面点师', 'cook'],
    ['保安员', 'security'],
    ['电工', 'electrician'],
    ['理货员', 'warehouse'],
    ['餐厅服务员', 'waiter'],
    ['快递员', 'courier'],
    ['机械加工工', 'factory'],
    ['客户服务管理员', 'customer-service'],
    ['营销员', 'sales'],
    ['出纳员', 'clerk'],
    ['养老护理员', 'elderly-care'],
    ['月嫂', 'childcare'],
    ['装卸工', 'loading'],
    ['钢筋工', 'rebar'],
    ['泥瓦工', 'mason'],
    ['水电工', 'plumbing-electrical'],
    ['电焊工', 'welder'],
    ['洗碗工', 'dishwasher'],
    ['小区绿化养护', 'gardening'],
    ['货车司机', 'driver'],
    ['发传单', 'flyers'],
    ['搬家', 'moving'],
  ])('maps %s to %s', (text, code) => {
    expect(matchOccupation(text)?.code).toBe(code);
  });

  it('prefers the longer, more specific keyword: 维修电工 is an electrician, not repair', () => {
    expect(matchOccupation('维修电工')?.code).toBe('electrician');
    expect(matchOccupation('空调维修')?.code).toBe('repair');
  });

  it('does not read 水电工 as 电工', () => {
    expect(matchOccupation('水电工')?.code).toBe('plumbing-electrical');
  });

  it('finds a keyword inside a longer posting title', () => {
    expect(matchOccupation('招聘火锅店传菜员 日结')?.code).toBe('waiter');
    expect(matchOccupation('沙坪坝仓库打包 临时工')?.code).toBe('warehouse');
  });

  it('returns the label with the code', () => {
    expect(matchOccupation('保安员')).toEqual({ code: 'security', label: '保安' });
  });

  it('accepts the code itself and full-width or spaced text', () => {
    expect(matchOccupation('elderly-care')?.code).toBe('elderly-care');
    expect(matchOccupation(' 保 安 员 ')?.code).toBe('security');
  });

  it.each(['', '   ', '程序员', '律师', '工'])('returns null for %s', (text) => {
    expect(matchOccupation(text)).toBeNull();
  });

  it('looks up a trade by code', () => {
    expect(occupationByCode('cleaning')?.icon).toBe('broom');
    expect(occupationByCode('nope')).toBeNull();
  });
});
