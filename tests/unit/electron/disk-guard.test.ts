import { afterEach, describe, expect, it, vi } from 'vitest';
import { decideDisk, readDiskSpace, startDiskGuard, type StatFs } from '../../../electron/disk-guard';
import { diskStatusSchema } from '../../../electron/ipc-contract';

const MB = 1024 * 1024;
const thresholds = { minFreeMb: 500, warnFreeMb: 2000 };
const when = new Date('2026-11-26T08:00:00Z');

describe('decideDisk', () => {
  it('is ok with plenty of space', () => {
    const s = decideDisk({ freeBytes: 10_000 * MB, totalBytes: 64_000 * MB }, thresholds, when);
    expect(s).toMatchObject({
      level: 'ok',
      canIssueTickets: true,
      message: null,
      checkedAt: '2026-11-26T08:00:00.000Z',
    });
    expect(diskStatusSchema.parse(s)).toEqual(s);
  });

  it('warns below the warning threshold but keeps issuing tickets', () => {
    const s = decideDisk({ freeBytes: 1999 * MB, totalBytes: 64_000 * MB }, thresholds, when);
    expect(s).toMatchObject({ level: 'low', canIssueTickets: true });
    expect(s.message?.zh).toMatch(/1999 MB/);
  });

  it('stops issuing tickets below the minimum, and says so in both languages', () => {
    const s = decideDisk({ freeBytes: 499 * MB, totalBytes: 64_000 * MB }, thresholds, when);
    expect(s).toMatchObject({ level: 'critical', canIssueTickets: false });
    expect(s.message?.zh).toMatch(/已暂停取号/);
    expect(s.message?.en).toMatch(/ticket issuing is paused/);
  });

  it('puts the boundary exactly at the threshold', () => {
    expect(decideDisk({ freeBytes: 500 * MB, totalBytes: 1 }, thresholds, when).level).toBe('low');
    expect(decideDisk({ freeBytes: 500 * MB - 1, totalBytes: 1 }, thresholds, when).level).toBe('critical');
    expect(decideDisk({ freeBytes: 2000 * MB, totalBytes: 1 }, thresholds, when).level).toBe('ok');
  });
});

describe('readDiskSpace', () => {
  it('counts blocks available to the user, not root’s reserve', async () => {
    const statfs: StatFs = () => Promise.resolve({ bavail: 10, blocks: 100, bsize: 4096 });
    expect(await readDiskSpace('/x', statfs)).toEqual({ freeBytes: 40_960, totalBytes: 409_600 });
  });

  it('reads the real file system', async () => {
    const space = await readDiskSpace(process.cwd());
    expect(space.totalBytes).toBeGreaterThan(0);
    expect(space.freeBytes).toBeLessThanOrEqual(space.totalBytes);
  });
});

describe('startDiskGuard (fake timers)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('checks periodically and reports only changes of level', async () => {
    vi.useFakeTimers();
    let free = 5000 * MB;
    const statfs: StatFs = () => Promise.resolve({ bavail: free / 4096, blocks: (64_000 * MB) / 4096, bsize: 4096 });
    const changes: string[] = [];
    const guard = startDiskGuard({
      path: '/data',
      thresholds,
      intervalMs: 60_000,
      statfs,
      onChange: (s) => changes.push(s.level),
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(changes).toEqual(['ok']);
    free = 4000 * MB;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(changes).toEqual(['ok']);
    free = 100 * MB;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(changes).toEqual(['ok', 'critical']);
    expect(guard.current().canIssueTickets).toBe(false);
    free = 3000 * MB;
    expect((await guard.check()).level).toBe('ok');
    expect(changes).toEqual(['ok', 'critical', 'ok']);
    guard.stop();
  });

  it('reports a failing statfs as "unknown" with the reason, without blocking tickets', async () => {
    vi.useFakeTimers();
    const statfs: StatFs = () => Promise.reject(new Error('ENOENT: no such directory'));
    const seen: unknown[] = [];
    const guard = startDiskGuard({
      path: '/gone',
      thresholds,
      intervalMs: 1000,
      statfs,
      onChange: (s) => seen.push(s),
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toHaveLength(1);
    expect(guard.current()).toMatchObject({ level: 'unknown', canIssueTickets: true, freeBytes: null });
    expect(guard.current().message?.en).toMatch(/ENOENT/);
    guard.stop();
  });
});
