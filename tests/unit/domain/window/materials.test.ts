import { describe, expect, it } from 'vitest';
import {
  buildNotice,
  checklistFor,
  DEFAULT_CHECKLISTS,
  NOTICE_MATTERS,
  noticeLines,
} from '../../../../domain/window/materials';

function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('fixture missing');
  return value;
}

const party = {
  marketName: '渝中区解放碑零工市场',
  address: '渝中区民族路 1 号',
  hours: '周一至周五 9:00–17:00',
  phone: '023-63000000',
  staffName: '王芳',
  staffNo: 'YZ007',
  day: '2026-12-03',
};

describe('materials checklists', () => {
  it('has a default checklist for each of the six matters the spec names', () => {
    expect(DEFAULT_CHECKLISTS.map((l) => l.label.zh)).toEqual([
      '求职登记',
      '用工登记',
      '就业登记',
      '失业登记',
      '灵活就业人员社保补贴',
      '创业担保贷款',
    ]);
    expect(DEFAULT_CHECKLISTS.map((l) => l.matter)).toEqual([...NOTICE_MATTERS]);
    for (const l of DEFAULT_CHECKLISTS) expect(l.items.length).toBeGreaterThan(1);
  });

  it('prefers the market’s own list over the default', () => {
    const own = { matter: 'unemployment-registration', label: { zh: '失业登记', en: 'x' }, items: ['社保卡'] };
    expect(checklistFor('unemployment-registration', [own])?.items).toEqual(['社保卡']);
    expect(checklistFor('startup-guaranteed-loan', [own])?.items).toContain('营业执照');
  });
});

describe('buildNotice', () => {
  it('lists every missing item once, in checklist order, with the market, owner and date', () => {
    const list = defined(checklistFor('flexible-social-insurance-subsidy'));
    const missing = [defined(list.items[3]), defined(list.items[0]), defined(list.items[3]), '近期照片'];
    const lines = noticeLines(buildNotice(list, missing, party));
    expect(lines[0]).toBe('一次性告知书（灵活就业人员社保补贴）');
    expect(lines.filter((l) => /^\d+\. /.test(l))).toEqual([
      `1. ${list.items[0]}`,
      `2. ${list.items[3]}`,
      '3. 近期照片',
    ]);
    expect(lines.join('\n')).toContain('王芳（工号 YZ007）');
    expect(lines.join('\n')).toContain('023-63000000');
    expect(lines.join('\n')).toContain('2026-12-03');
  });

  it('refuses a notice with nothing missing', () => {
    expect(() => buildNotice(defined(DEFAULT_CHECKLISTS[0]), [' '], party)).toThrow(RangeError);
  });
});
