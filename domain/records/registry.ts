// Every synced table, its schema and its scope, in one place. The local stores
// (renderer/db), the sync protocol and the server all read this map, so adding
// a record type is one line here plus its schema.
import { z } from 'zod';
import { helpRequestSchema } from './help';
import { marketSchema, staffSchema, terminalSchema } from './market';
import { employerSchema, seekerSchema } from './people';
import { applicationSchema, postingSchema } from './posting';
import { postingHistoryEntrySchema } from './posting-history';
import { ticketEventSchema, ticketSchema } from './queue';
import { contentItemSchema, feedbackSchema, recruitmentEventSchema, serviceRecordSchema } from './service';
import { ratingSchema } from './rating';

export const recordSchemas = {
  markets: marketSchema,
  terminals: terminalSchema,
  staff: staffSchema,
  employers: employerSchema,
  postings: postingSchema,
  seekers: seekerSchema,
  applications: applicationSchema,
  tickets: ticketSchema,
  ticketEvents: ticketEventSchema,
  serviceRecords: serviceRecordSchema,
  recruitmentEvents: recruitmentEventSchema,
  contentItems: contentItemSchema,
  /** 服务评价 (domain/records/rating). */
  surveyResponses: ratingSchema,
  feedback: feedbackSchema,
  helpRequests: helpRequestSchema,
  postingHistory: postingHistoryEntrySchema,
} as const;

export type RecordTable = keyof typeof recordSchemas;
export type RecordOf<T extends RecordTable> = z.infer<(typeof recordSchemas)[T]>;
export type AnyRecord = RecordOf<RecordTable>;

export const RECORD_TABLES = Object.keys(recordSchemas) as RecordTable[];
export const recordTableSchema = z.enum(RECORD_TABLES as [RecordTable, ...RecordTable[]]);

/**
 * Personal data (PIPL): a kiosk keeps these only until the server holds them,
 * and never writes them to logs.
 */
export const PERSONAL_TABLES: ReadonlySet<RecordTable> = new Set(['seekers', 'applications']);

export class RecordValidationError extends Error {
  readonly code = 'invalid_record';
  constructor(
    readonly table: RecordTable,
    readonly issues: ReadonlyArray<{ path: string; message: string }>,
  ) {
    super(
      `记录不符合格式 / invalid ${table} record: ` +
        issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; '),
    );
  }
}

/** Parse a record of a table, throwing a bilingual error that names every problem. */
export function parseRecord<T extends RecordTable>(table: T, value: unknown): RecordOf<T> {
  const result = recordSchemas[table].safeParse(value);
  if (!result.success) {
    throw new RecordValidationError(
      table,
      result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  return result.data as RecordOf<T>;
}
