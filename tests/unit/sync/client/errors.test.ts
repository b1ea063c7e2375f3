import { describe, expect, it } from 'vitest';
import { ClockDriftError } from '../../../../domain/clock/hlc';
import { clientError, SyncError, toSyncError } from '../../../../sync/client/errors';

describe('sync errors', () => {
  it('say both languages and keep the code, with detail after each', () => {
    const e = clientError('network', 'ECONNREFUSED');
    expect(e.bilingual).toEqual({ zh: '无法连接服务器：ECONNREFUSED', en: 'cannot reach the server: ECONNREFUSED' });
    expect(e.message).toBe('无法连接服务器：ECONNREFUSED / cannot reach the server: ECONNREFUSED');
    expect(e.offline).toBe(true);
    expect(e.action).toBe('retry');
  });

  it('split a bilingual message from elsewhere between the two languages', () => {
    const e = toSyncError(new Error('本机设置项已损坏 / local meta entry is corrupt'));
    expect(e.code).toBe('replica_failed');
    expect(e.bilingual).toEqual({
      zh: '本机数据库操作失败：本机设置项已损坏',
      en: 'the local database failed: local meta entry is corrupt',
    });
  });

  it('keep a refused clock as clock_drift, not as a database failure', () => {
    const e = toSyncError(new ClockDriftError(10 * 60_000, 0));
    expect(e.code).toBe('clock_drift');
    expect(e.offline).toBe(false);
    expect(e.bilingual.zh).toContain('请校准时间');
  });

  it('halt on answers no retry can fix', () => {
    for (const code of ['upgrade_required', 'version_unsupported', 'unauthorized', 'device_revoked'] as const) {
      expect(new SyncError(code, { zh: '中', en: 'en' }).action).toBe('halt');
    }
    expect(toSyncError('text').message).toContain('text');
  });
});
