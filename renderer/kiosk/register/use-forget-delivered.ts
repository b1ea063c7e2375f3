// Runs forgetDeliveredSeekers whenever the outbox shrinks or grows, for as
// long as the kiosk runs (mounted above the per-person screens, so an idle
// reset does not stop it and a registration that syncs later is still forgotten).
import { liveQuery } from 'dexie';
import { useEffect } from 'react';
import { forgetDeliveredSeekers } from '../../db/forget-delivered';
import type { TerminalDb } from '../../db/database';

export function useForgetDeliveredSeekers(db: TerminalDb): void {
  useEffect(() => {
    const subscription = liveQuery(() => db.outbox.count()).subscribe({
      next: () => {
        forgetDeliveredSeekers(db).catch((error: unknown) => {
          console.warn('本机求职登记清理失败 / could not clear delivered registrations', error);
        });
      },
    });
    return () => {
      subscription.unsubscribe();
    };
  }, [db]);
}
