import { describe, expect, it } from 'vitest';
import { formatStamp } from '../../../../domain/clock/hlc';
import { uuidv7 } from '../../../../domain/ids/uuidv7';
import { RATING_REASONS, RATING_REASON_CODES, reasonsFor } from '../../../../domain/records/rating';
import { RecordValidationError, parseRecord } from '../../../../domain/records/registry';

const T = Date.parse('2026-11-26T08:00:00.000Z');
const hlc = formatStamp({ millis: T, counter: 0, node: '0123456789abcdef' });

function rating(overrides: Record<string, unknown> = {}) {
  return {
    id: uuidv7(T),
    hlc,
    deleted: false,
    marketId: uuidv7(T + 1),
    respondent: 'seeker',
    environment: 5,
    process: 2,
    result: 4,
    reasons: ['clean_hall', 'long_wait', 'found_work'],
    comment: '',
    ticketId: null,
    at: '2026-11-26T08:05:00.000Z',
    ...overrides,
  };
}

describe('rating record', () => {
  it('accepts three five-level aspects with chips that fit each level, and no ticket', () => {
    const parsed = parseRecord('surveyResponses', rating());
    expect(parsed.reasons).toEqual(['clean_hall', 'long_wait', 'found_work']);
    expect(parsed.ticketId).toBeNull();
  });

  it('reads a rating stored before chips existed as one with no chips', () => {
    const { reasons: _dropped, ...old } = rating();
    expect(parseRecord('surveyResponses', old).reasons).toEqual([]);
  });

  it('names no seeker: a phone or name field is stripped, never stored', () => {
    const parsed = parseRecord('surveyResponses', rating({ phone: '13800138000', name: '张三' }));
    expect(parsed).not.toHaveProperty('phone');
    expect(parsed).not.toHaveProperty('name');
  });

  it('refuses a level outside 1–5 and a fractional level', () => {
    expect(() => parseRecord('surveyResponses', rating({ environment: 6 }))).toThrow(RecordValidationError);
    expect(() => parseRecord('surveyResponses', rating({ process: 0 }))).toThrow(RecordValidationError);
    expect(() => parseRecord('surveyResponses', rating({ result: 3.5 }))).toThrow(RecordValidationError);
  });

  it('refuses a praise chip beside a low level and a complaint chip beside a high one', () => {
    expect(() => parseRecord('surveyResponses', rating({ process: 5, reasons: ['long_wait'] }))).toThrow(
      /理由与评分不符/,
    );
    expect(() => parseRecord('surveyResponses', rating({ environment: 1, reasons: ['clean_hall'] }))).toThrow(
      /理由与评分不符/,
    );
  });

  it('refuses the same chip twice and an unknown chip', () => {
    expect(() => parseRecord('surveyResponses', rating({ reasons: ['clean_hall', 'clean_hall'] }))).toThrow(
      /评价理由重复/,
    );
    expect(() => parseRecord('surveyResponses', rating({ reasons: ['rude'] }))).toThrow(RecordValidationError);
  });

  it('offers praise chips at 4 and 5, complaint chips at 1 to 3, each for its own aspect only', () => {
    for (const aspect of ['environment', 'process', 'result'] as const) {
      for (const level of [1, 2, 3, 4, 5] as const) {
        const chips = reasonsFor(aspect, level);
        expect(chips.length).toBeGreaterThan(0);
        for (const code of chips) {
          expect(RATING_REASONS[code].aspect).toBe(aspect);
          expect(RATING_REASONS[code].praise).toBe(level >= 4);
        }
      }
    }
    const offered = new Set(
      (['environment', 'process', 'result'] as const).flatMap((a) => [...reasonsFor(a, 1), ...reasonsFor(a, 5)]),
    );
    expect([...offered].sort()).toEqual([...RATING_REASON_CODES].sort());
  });
});
