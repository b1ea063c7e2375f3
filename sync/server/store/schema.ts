// The server's tables as Kysely sees them. Columns use only types both SQLite
// and PostgreSQL share (text, integer, bigint): booleans are 0/1 integers and
// bodies are JSON text, so no query needs a dialect branch.
import type { Generated } from 'kysely';
export interface StoreMetaTable {
  /** Always 1: a single row. */
  id: number;
  /** Random id made when the store is created; changes when it is restored. */
  epoch: string;
  /** The change order: raised inside every write transaction (DESIGN §3). */
  version: number;
  /** Pull cursors below this were made before tombstones were purged: reset. */
  min_cursor: number;
  created_at: number;
}

export interface RecordsTable {
  table_name: string;
  id: string;
  /** Null for rows every market reads (the market directory, city-wide content). */
  market_id: string | null;
  hlc: string;
  deleted: number;
  body: string;
  version: number;
}

export interface DevicesTable {
  id: string;
  market_id: string;
  role: string;
  label: string;
  token_hash: string;
  revoked: number;
  last_mutation_id: number;
  created_at: number;
  last_seen_at: number | null;
  /** The hub that registered this terminal (relay mode); null for devices enrolled here. */
  hub_id: string | null;
  /** The terminal's fallback number band (sync/protocol/queue), unique per market. */
  band_index: number | null;
  /** 1 after a restore: the device's next push may skip past its gap once (migration 003). */
  rebase_pending: Generated<number>;
}

export interface EnrolmentCodesTable {
  code_hash: string;
  market_id: string;
  role: string;
  expires_at: number;
  created_at: number;
  used_at: number | null;
  device_id: string | null;
}

export interface RejectionsTable {
  device_id: string;
  mutation_id: number;
  table_name: string;
  record_id: string | null;
  code: string;
  message_zh: string;
  message_en: string;
  at: number;
}

export interface QueueCountersTable {
  market_id: string;
  day: string;
  lane: string;
  next_number: number;
  limit_number: number;
}

export interface QueueLeasesTable {
  market_id: string;
  day: string;
  lane: string;
  from_number: number;
  to_number: number;
  device_id: string;
  leased_at: number;
}

export interface QueueClaimsTable {
  market_id: string;
  ticket_id: string;
  round: number;
  window_number: number;
  device_id: string;
  claimed_at: number;
  released: number;
}

export interface RelayOutboxTable {
  device_id: string;
  mutation_id: number;
  body: string;
}

export interface RelayDevicesTable {
  device_id: string;
  fingerprint: string;
}

/** The ticket each rating names; a second rating for a ticket is refused (push/one-rating). */
export interface RatingTicketsTable {
  ticket_id: string;
  rating_id: string;
}

export interface RelayStateTable {
  key: string;
  value: string;
}

export interface AdminAccountsTable {
  id: string;
  username: string;
  display_name: string;
  /** scrypt, self-describing (sync/server/admin/password). */
  password_hash: string;
  role: string;
  district: string | null;
  market_id: string | null;
  active: number;
  failed_signins: number;
  locked_until: number | null;
  created_at: number;
  updated_at: number;
}

export interface AdminSessionsTable {
  token_hash: string;
  account_id: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
}

export interface AdminAuditTable {
  id: string;
  at: number;
  account_id: string | null;
  username: string;
  action: string;
  target: string;
  market_id: string | null;
  district: string | null;
  before_json: string | null;
  after_json: string | null;
}

export interface DeviceHeartbeatsTable {
  device_id: string;
  received_at: number;
  online_since: number;
  app_version: string;
  last_sync_at: number | null;
  outbox_depth: number;
  previous_outbox_depth: number;
  unread_refusals: number;
  printer_state: string;
  free_disk_bytes: number | null;
}

export interface FeedItemsTable {
  /** The idempotency key the receiver sees: kind, record id and a digest of the body. */
  key: string;
  kind: string;
  record_id: string;
  market_id: string | null;
  body: string;
  created_at: number;
}

export interface FeedDeliveriesTable {
  item_key: string;
  adapter: string;
  status: string;
  attempts: number;
  next_attempt_at: number;
  last_error: string | null;
  delivered_at: number | null;
}

export interface FeedCursorTable {
  name: string;
  version: number;
}

export interface Database {
  store_meta: StoreMetaTable;
  records: RecordsTable;
  devices: DevicesTable;
  enrolment_codes: EnrolmentCodesTable;
  rejections: RejectionsTable;
  queue_counters: QueueCountersTable;
  queue_leases: QueueLeasesTable;
  queue_claims: QueueClaimsTable;
  relay_outbox: RelayOutboxTable;
  relay_devices: RelayDevicesTable;
  relay_state: RelayStateTable;
  admin_accounts: AdminAccountsTable;
  admin_sessions: AdminSessionsTable;
  admin_audit: AdminAuditTable;
  device_heartbeats: DeviceHeartbeatsTable;
  feed_items: FeedItemsTable;
  feed_deliveries: FeedDeliveriesTable;
  feed_cursor: FeedCursorTable;
  rating_tickets: RatingTicketsTable;
}
