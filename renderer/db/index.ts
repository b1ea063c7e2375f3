// The local store of a terminal: what the screens, the state machines and the
// sync client use. Everything else in this folder is internal.
export { openTerminalDb, recordTable, TerminalDb } from './database';
export type { DeviceContext } from './device';
export {
  AckOutOfRangeError,
  DeviceMismatchError,
  EpochMismatchError,
  ImmutableRecordError,
  InvalidDeviceIdError,
  MetaCorruptError,
  RecordNotFoundError,
  RemoteChangeError,
} from './errors';
export { readMeta, setMarketId, type MetaKey, type MetaValue } from './meta';
export { MIGRATIONS, type Migration } from './migrations';
export {
  applyRemoteChanges,
  deleteAcknowledged,
  pendingCount,
  readAckedMutationId,
  readCursor,
  readOutboxBatch,
  resetCursor,
  type ApplyResult,
  type RemoteChange,
  type SyncCursor,
} from './outbox';
export {
  activeStaff,
  currentContent,
  publishedPostings,
  recruitmentEventsNotEnded,
  seekersByPhone,
  serviceRecordsOfDay,
  ticketEventsOf,
  ticketEventsOfDay,
  ticketsOfDay,
  type PostingFilter,
} from './queries';
export {
  appendTicketEvent,
  deleteRecord,
  issueTicket,
  newRecordId,
  putRecord,
  savePosting,
  type PostingDraft,
  type RecordDraft,
  type TicketDraft,
  type TicketEventDraft,
} from './repository';
