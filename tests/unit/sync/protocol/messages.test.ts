import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../domain/ids/uuidv7';
import { formatStamp } from '../../../../domain/clock/hlc';
import { SCHEMA_VERSION } from '../../../../domain/records/mutation';
import { enrolRequestSchema } from '../../../../sync/protocol/enrol';
import { ERROR_MESSAGES, REJECTION_MESSAGES, STOP_MESSAGES } from '../../../../sync/protocol/errors';
import { MAX_PUSH_BATCH } from '../../../../sync/protocol/limits';
import { pullRequestSchema, pullResponseSchema, RESET_MESSAGES } from '../../../../sync/protocol/pull';
import { pushRequestSchema, pushResponseSchema } from '../../../../sync/protocol/push';
import { PROTOCOL_VERSION } from '../../../../sync/protocol/version';

const V = { protocolVersion: PROTOCOL_VERSION, schemaVersion: SCHEMA_VERSION };
const T = Date.parse('2026-11-26T08:00:00.000Z');
const deviceId = uuidv7(T);
const hlc = formatStamp({ millis: T, counter: 0, node: '0123456789abcdef' });
const mutation = {
  deviceId,
  mutationId: 1,
  name: 'put',
  args: { table: 'feedback', record: { id: 'x' } },
  hlc,
  schemaVersion: 1,
};

describe('protocol messages', () => {
  it('every error, rejection, stop and reset has words in Chinese and English', () => {
    for (const m of [ERROR_MESSAGES, REJECTION_MESSAGES, STOP_MESSAGES, RESET_MESSAGES].flatMap((o) =>
      Object.values(o),
    )) {
      expect(m.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(m.en).toMatch(/[a-z]/);
    }
  });

  it('a push carries versions, the device and 1…MAX_PUSH_BATCH mutations', () => {
    expect(pushRequestSchema.safeParse({ ...V, deviceId, mutations: [mutation] }).success).toBe(true);
    expect(pushRequestSchema.safeParse({ ...V, deviceId, mutations: [] }).success).toBe(false);
    expect(
      pushRequestSchema.safeParse({ ...V, deviceId, mutations: Array(MAX_PUSH_BATCH + 1).fill(mutation) }).success,
    ).toBe(false);
    expect(pushRequestSchema.safeParse({ deviceId, mutations: [mutation] }).success).toBe(false);
  });

  it('a push answer reports applied, skipped and rejected mutations and where it stopped', () => {
    const ok = pushResponseSchema.safeParse({
      lastMutationId: 3,
      results: [
        { status: 'applied', mutationId: 1, won: true },
        { status: 'skipped', mutationId: 2 },
        { status: 'rejected', mutationId: 3, code: 'role_forbidden', message: REJECTION_MESSAGES.role_forbidden },
      ],
      stop: { reason: 'gap', mutationId: 5, message: STOP_MESSAGES.gap },
    });
    expect(ok.success).toBe(true);
  });

  it('a pull takes a decimal cursor with its epoch and answers a page or a reset', () => {
    expect(pullRequestSchema.safeParse({ ...V, cursor: null, epoch: null }).success).toBe(true);
    expect(pullRequestSchema.safeParse({ ...V, cursor: '12', epoch: 'e' }).success).toBe(true);
    expect(pullRequestSchema.safeParse({ ...V, cursor: 'abc', epoch: 'e' }).success).toBe(false);
    expect(
      pullResponseSchema.safeParse({ type: 'page', changes: [], nextCursor: '0', hasMore: false, epoch: 'e' }).success,
    ).toBe(true);
    expect(
      pullResponseSchema.safeParse({
        type: 'reset',
        reason: 'unknown_epoch',
        epoch: 'e',
        message: RESET_MESSAGES.unknown_epoch,
      }).success,
    ).toBe(true);
  });

  it('an enrolment code is accepted as typed: lower case, dashes, spaces', () => {
    const r = enrolRequestSchema.parse({ ...V, code: 'abcd-efgh jkmn-pqrs', label: '自助机' });
    expect(r.code).toBe('ABCDEFGHJKMNPQRS');
    expect(enrolRequestSchema.safeParse({ ...V, code: 'ILOU-ILOU-ILOU-ILOU', label: 'k' }).success).toBe(false);
  });
});
