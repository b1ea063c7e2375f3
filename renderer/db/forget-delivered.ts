// PIPL (DESIGN §5): a kiosk keeps a seeker's personal data only until the
// server has it. A kiosk never pulls seekers, so every seeker row in its store
// is one it registered; once no outbox row for it is left (the server
// acknowledged the write) the row is removed locally. Locally only: the
// server's copy stays, and no tombstone is sent. A write the server refused
// goes too: no kiosk screen can correct it, and the seeker was told to ask a
// window if the receipt's status page does not show the registration.
import type { TerminalDb } from './database';
import { recordTable } from './database';

export async function forgetDeliveredSeekers(db: TerminalDb): Promise<number> {
  return db.transaction('rw', ['seekers', 'outbox'], async () => {
    const seekers = recordTable(db, 'seekers');
    const ids = await seekers.toCollection().primaryKeys();
    if (ids.length === 0) return 0;
    const pending = new Set<unknown>();
    await db.outbox.each((m) => {
      if (m.args.table === 'seekers') pending.add(m.args.record.id);
    });
    const gone = ids.filter((id) => !pending.has(id));
    await seekers.bulkDelete(gone);
    return gone.length;
  });
}
