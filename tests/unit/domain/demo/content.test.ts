import { describe, expect, it } from 'vitest';
import { describeHours } from '../../../../domain/demo/content';

describe('describeHours', () => {
  it('writes a run of weekdays as a range and single or scattered days by name', () => {
    expect(
      describeHours([
        { weekdays: [1, 2, 3, 4, 5], open: '08:30', close: '17:30' },
        { weekdays: [6], open: '09:00', close: '12:00' },
      ]),
    ).toBe('周一至周五 08:30-17:30；周六 09:00-12:00');
    expect(describeHours([{ weekdays: [1, 3, 7], open: '09:00', close: '11:00' }])).toBe(
      '周一、周三、周日 09:00-11:00',
    );
  });
});
