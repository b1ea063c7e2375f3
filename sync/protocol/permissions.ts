// What each terminal role may read and write, as one table (DESIGN §3: a
// display writes nothing; a kiosk cannot publish postings). The server
// enforces it; the client may read it to hide what would be refused anyway.
//
// Reads also follow PIPL (DESIGN §5): kiosks and displays never receive
// seekers or applications, and only callers receive staff (PIN hashes).
// Kiosks read employers only as their public projection (public-records.ts):
// name, kind and credit code for the posting's employer and its 已核验 badge.
// Help requests hold no personal data (domain/records/help), so the kiosk may
// read them back.
import type { TerminalRole } from '../../domain/records/market';
import type { RecordTable } from '../../domain/records/registry';
import type { TicketEventType } from '../../domain/records/queue';
import { KIOSK_HELP_STATUSES } from '../../domain/records/help';

/** A write allowed only when `field` holds one of the listed values. */
export interface FieldRule {
  readonly field: string;
  readonly oneOf: readonly string[];
}

export interface Access {
  readonly read: boolean;
  readonly write: boolean | FieldRule;
}

const N: Access = { read: false, write: false };
const R: Access = { read: true, write: false };
const W: Access = { read: false, write: true };
const RW: Access = { read: true, write: true };
const writeOnlyWhere = (field: string, oneOf: readonly string[], read: boolean): Access => ({
  read,
  write: { field, oneOf },
});

const KIOSK_TICKET_EVENTS: readonly TicketEventType[] = ['printed', 'print_failed', 'reprinted'];

// prettier-ignore
export const ROLE_ACCESS: Readonly<Record<RecordTable, Readonly<Record<TerminalRole, Access>>>> = {
  //                  display  kiosk                                                           caller
  markets:           { display: R, kiosk: R,                                                   caller: RW },
  terminals:         { display: R, kiosk: R,                                                   caller: RW },
  staff:             { display: N, kiosk: N,                                                   caller: RW },
  employers:         { display: N, kiosk: R,                                                   caller: RW },
  postings:          { display: R, kiosk: R,                                                   caller: RW },
  seekers:           { display: N, kiosk: W,                                                   caller: RW },
  applications:      { display: N, kiosk: writeOnlyWhere('status', ['requested', 'cancelled'], false), caller: RW },
  tickets:           { display: R, kiosk: RW,                                                  caller: RW },
  ticketEvents:      { display: R, kiosk: writeOnlyWhere('type', KIOSK_TICKET_EVENTS, true),   caller: RW },
  serviceRecords:    { display: N, kiosk: N,                                                   caller: RW },
  recruitmentEvents: { display: R, kiosk: R,                                                   caller: RW },
  contentItems:      { display: R, kiosk: R,                                                   caller: RW },
  surveyResponses:   { display: N, kiosk: W,                                                   caller: RW },
  feedback:          { display: N, kiosk: W,                                                   caller: RW },
  // A kiosk reads its market's requests back to learn who is coming; a display has no use for them.
  helpRequests:      { display: N, kiosk: writeOnlyWhere('status', KIOSK_HELP_STATUSES, true), caller: RW },
  // Staff ids and unreviewed wording: the review trail stays with the windows.
  postingHistory:    { display: N, kiosk: N,                                                   caller: RW },
};

export function readableTables(role: TerminalRole): RecordTable[] {
  return (Object.keys(ROLE_ACCESS) as RecordTable[]).filter((t) => ROLE_ACCESS[t][role].read);
}

export type WriteVerdict = 'ok' | 'role_forbidden' | 'value_forbidden';

/** Whether `role` may write this record of `table` (market scope is checked elsewhere). */
export function checkWrite(
  role: TerminalRole,
  table: RecordTable,
  record: Readonly<Record<string, unknown>>,
): WriteVerdict {
  const { write } = ROLE_ACCESS[table][role];
  if (write === true) return 'ok';
  if (write === false) return 'role_forbidden';
  const value = record[write.field];
  return typeof value === 'string' && write.oneOf.includes(value) ? 'ok' : 'value_forbidden';
}
