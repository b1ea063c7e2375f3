// The wrong-PIN counts, kept in localStorage beside the terminal's database so
// that reloading the window does not hand out five fresh guesses.
import { z } from 'zod';
import type { Lockouts } from './staff-session-machine';

const lockoutsSchema = z.record(
  z.string(),
  z.object({ failures: z.number().int().min(0), lockedUntil: z.number().nullable() }),
);

const key = (dbName: string) => `gig-kiosk:pin-lockouts:${dbName}`;

export function loadLockouts(dbName: string, storage: Storage = localStorage): Lockouts {
  const saved = storage.getItem(key(dbName));
  if (saved === null) return {};
  try {
    const parsed = lockoutsSchema.safeParse(JSON.parse(saved));
    return parsed.success ? parsed.data : {};
  } catch {
    // Unreadable counts start again from none; the lock is a brake, not a record.
    return {};
  }
}

export function saveLockouts(dbName: string, lockouts: Lockouts, storage: Storage = localStorage): void {
  storage.setItem(key(dbName), JSON.stringify(lockouts));
}
