// The server's tables as Kysely sees them. Columns use only types both SQLite
// and PostgreSQL share (text, integer, bigint): booleans are 0/1 integers and
// bodies are JSON text, so no query needs a dialect branch.
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

export interface Database {
  store_meta: StoreMetaTable;
  records: RecordsTable;
  devices: DevicesTable;
  enrolment_codes: EnrolmentCodesTable;
  rejections: RejectionsTable;
}
