// Main process. The disk-space guard: tickets, outbox rows and ledgers live in
// IndexedDB under userData; a ticket handed out but never stored is a person
// who waits for nothing. Below the minimum the renderer is told to stop issuing
// tickets before the disk is actually full (DESIGN §6).
import { statfs as fsStatfs } from 'node:fs/promises';
import type { DiskLevel, DiskStatus } from './ipc-contract';

const MB = 1024 * 1024;

export interface DiskThresholds {
  readonly minFreeMb: number;
  readonly warnFreeMb: number;
}

/** Pure: free and total bytes → the level and whether tickets may still be issued. */
export function decideDisk(
  space: { freeBytes: number; totalBytes: number },
  thresholds: DiskThresholds,
  checkedAt: Date,
): DiskStatus {
  const base = { freeBytes: space.freeBytes, totalBytes: space.totalBytes, checkedAt: checkedAt.toISOString() };
  const freeMb = Math.floor(space.freeBytes / MB);
  if (space.freeBytes < thresholds.minFreeMb * MB) {
    return {
      ...base,
      level: 'critical',
      canIssueTickets: false,
      message: {
        zh: `磁盘空间不足（剩余 ${freeMb} MB），已暂停取号，请联系技术人员。`,
        en: `Disk almost full (${freeMb} MB free): ticket issuing is paused; please call a technician.`,
      },
    };
  }
  if (space.freeBytes < thresholds.warnFreeMb * MB) {
    return {
      ...base,
      level: 'low',
      canIssueTickets: true,
      message: {
        zh: `磁盘空间偏低（剩余 ${freeMb} MB），请尽快清理。`,
        en: `Disk space is low (${freeMb} MB free); please free some space soon.`,
      },
    };
  }
  return { ...base, level: 'ok', canIssueTickets: true, message: null };
}

/**
 * When the free space cannot be read at all we do not block tickets: the
 * write itself will fail loudly if the disk is full, while a spurious block
 * would stop a working market. The failure is reported, not hidden.
 */
export function unknownDisk(err: unknown, checkedAt: Date): DiskStatus {
  const why = err instanceof Error ? err.message : String(err);
  return {
    level: 'unknown',
    canIssueTickets: true,
    freeBytes: null,
    totalBytes: null,
    message: { zh: `无法读取磁盘空间：${why}`, en: `Cannot read the free disk space: ${why}` },
    checkedAt: checkedAt.toISOString(),
  };
}

export type StatFs = (path: string) => Promise<{ bavail: number; blocks: number; bsize: number }>;

/** Free bytes for an unprivileged process (bavail, not bfree: root's reserve is not ours). */
export async function readDiskSpace(
  path: string,
  statfs: StatFs = fsStatfs,
): Promise<{ freeBytes: number; totalBytes: number }> {
  const s = await statfs(path);
  return { freeBytes: s.bavail * s.bsize, totalBytes: s.blocks * s.bsize };
}

export interface DiskGuard {
  current(): DiskStatus;
  /** Check now (also runs every interval); resolves with the new status. */
  check(): Promise<DiskStatus>;
  stop(): void;
}

export function startDiskGuard(opts: {
  path: string;
  thresholds: DiskThresholds;
  intervalMs: number;
  /** Called when the level changes (and after the first check). */
  onChange: (status: DiskStatus) => void;
  statfs?: StatFs;
  now?: () => Date;
}): DiskGuard {
  const now = opts.now ?? (() => new Date());
  let status: DiskStatus = {
    level: 'unknown',
    canIssueTickets: true,
    freeBytes: null,
    totalBytes: null,
    message: null,
    checkedAt: null,
  };
  let lastLevel: DiskLevel | null = null;

  const check = async (): Promise<DiskStatus> => {
    try {
      status = decideDisk(await readDiskSpace(opts.path, opts.statfs), opts.thresholds, now());
    } catch (err) {
      status = unknownDisk(err, now());
    }
    if (status.level !== lastLevel) {
      lastLevel = status.level;
      opts.onChange(status);
    }
    return status;
  };

  // A statfs failure becomes the 'unknown' status inside check(); it can only
  // reject if onChange throws, and then Electron's unhandled-rejection report
  // is the right place for that bug to surface.
  void check();
  const timer = setInterval(() => void check(), opts.intervalMs);
  return {
    current: () => status,
    check,
    stop() {
      clearInterval(timer);
    },
  };
}
