// The caller machine's writes and claims over the terminal's real store and
// server. Finishing writes the `done` event and the ledger entry in one Dexie
// transaction (the repository's own transactions nest inside it), so the
// ledger never misses a finished ticket and never holds an unfinished one.
import { clientError } from '../../sync/client/errors';
import { HttpClaimTransport, type ClaimTransport } from '../../sync/client/queue-claim';
import { loadCredentials } from '../app/credentials';
import type { TerminalDb } from '../db/database';
import type { DeviceContext } from '../db/device';
import { appendTicketEvent, newRecordId, putRecord } from '../db/repository';
import type { CallerDeps } from '../state/caller-machine';

/** A terminal that was never enrolled has no authority to ask: it is as cut off as one that cannot reach it. */
const NO_AUTHORITY: ClaimTransport = {
  claim: () => Promise.reject(clientError('network', 'not enrolled')),
};

export function claimTransportFor(db: TerminalDb): ClaimTransport {
  const credentials = loadCredentials(db);
  if (credentials === null) return NO_AUTHORITY;
  return new HttpClaimTransport({ baseUrl: credentials.baseUrl, token: credentials.token });
}

export function createCallerDeps(db: TerminalDb, ctx: DeviceContext, claims: ClaimTransport): CallerDeps {
  return {
    claim: (input) => claims.claim(input),
    append: async (draft) => {
      await appendTicketEvent(db, ctx, draft);
    },
    finish: (done, record) =>
      db.transaction('rw', ['ticketEvents', 'tickets', 'serviceRecords', 'outbox', 'meta'], async () => {
        await appendTicketEvent(db, ctx, done);
        await putRecord(db, ctx, 'serviceRecords', { ...record, id: newRecordId(ctx), deleted: false });
      }),
  };
}
