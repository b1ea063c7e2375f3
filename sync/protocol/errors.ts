// Every error the sync protocol can answer with, and its words in both
// languages. A terminal shows `message.zh` to the person at the screen and
// logs `code`; `message.en` is for operators and tests.
import { z } from 'zod';

export const bilingualSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type Bilingual = z.infer<typeof bilingualSchema>;

export const ERROR_CODES = [
  'malformed_request',
  'body_too_large',
  'batch_too_large',
  'unsupported_media_type',
  'upgrade_required',
  'version_unsupported',
  'unauthorized',
  'device_revoked',
  'device_mismatch',
  'enrolment_code_invalid',
  'rate_limited',
  'not_found',
  'internal',
  'forbidden',
  'day_out_of_range',
  'lease_exhausted',
  'relay_scope',
  'authority_unreachable',
] as const;
export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** The body of every non-2xx answer. */
export const errorBodySchema = z.object({
  code: errorCodeSchema,
  message: bilingualSchema,
  /** Which fields were wrong, for malformed requests. */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const ERROR_MESSAGES: Readonly<Record<ErrorCode, Bilingual>> = {
  malformed_request: { zh: '请求格式不正确', en: 'the request is malformed' },
  body_too_large: { zh: '请求内容过大', en: 'the request body is too large' },
  batch_too_large: { zh: '一次提交的变更过多', en: 'too many mutations in one batch' },
  unsupported_media_type: { zh: '请求内容类型不受支持，须为 JSON', en: 'unsupported content type: send JSON' },
  upgrade_required: { zh: '终端软件版本过旧，请更新', en: 'this terminal is too old for the server: update it' },
  version_unsupported: {
    zh: '终端版本比服务器新，请先更新服务器',
    en: 'this terminal is newer than the server: update the server first',
  },
  unauthorized: { zh: '设备未登记或凭据无效', en: 'the device is not enrolled or its token is invalid' },
  device_revoked: { zh: '设备已被停用，请重新登记', en: 'the device has been revoked: enrol it again' },
  device_mismatch: {
    zh: '请求中的设备编号与凭据不符',
    en: 'the device id in the request does not match its token',
  },
  enrolment_code_invalid: {
    zh: '登记码无效、已使用或已过期',
    en: 'the enrolment code is invalid, used or expired',
  },
  rate_limited: { zh: '请求过于频繁，请稍后再试', en: 'too many requests: try again shortly' },
  not_found: { zh: '没有这个接口', en: 'no such endpoint' },
  internal: { zh: '服务器内部错误', en: 'internal server error' },
  forbidden: { zh: '该类终端不能执行此操作', en: 'this terminal role may not do this' },
  day_out_of_range: {
    zh: '日期须为市场当地的昨天、今天或明天',
    en: "the day must be yesterday, today or tomorrow in the market's time zone",
  },
  lease_exhausted: {
    zh: '当天该业务的号码已用完，请使用本机备用号段',
    en: "the day's numbers for this lane are used up: issue from the terminal's fallback band",
  },
  relay_scope: {
    zh: '中继站只能转发本市场、由其登记的终端',
    en: 'a hub may relay only the terminals of its own market that it registered',
  },
  authority_unreachable: {
    zh: '暂时无法连接中心服务器，请稍后再试或使用备用号段',
    en: 'the central server cannot be reached: try again shortly or use the fallback band',
  },
};

/** Why a single mutation was refused (the push goes on; DESIGN §3). */
export const REJECTION_CODES = [
  'invalid_record',
  'unsupported_schema_version',
  'hlc_mismatch',
  'role_forbidden',
  'value_forbidden',
  'market_scope',
  'market_conflict',
  'immutable_record',
  'unreviewed_publish',
  'rating_taken',
] as const;
export const rejectionCodeSchema = z.enum(REJECTION_CODES);
export type RejectionCode = z.infer<typeof rejectionCodeSchema>;

export const REJECTION_MESSAGES: Readonly<Record<RejectionCode, Bilingual>> = {
  invalid_record: { zh: '记录不符合格式', en: 'the record is invalid' },
  unsupported_schema_version: {
    zh: '记录格式版本不受支持',
    en: 'the record schema version is not supported',
  },
  hlc_mismatch: { zh: '变更与记录的时间戳不一致', en: 'the mutation and record timestamps differ' },
  role_forbidden: { zh: '该类终端不能修改此类记录', en: 'this terminal role may not write this table' },
  value_forbidden: { zh: '该类终端不能写入此值', en: 'this terminal role may not write this value' },
  market_scope: { zh: '只能修改本市场的记录', en: "a device may only write its own market's records" },
  market_conflict: {
    zh: '同一编号的记录属于另一个市场',
    en: 'a record with this id belongs to another market',
  },
  immutable_record: {
    zh: '排队票、票事件和岗位历史写入后不能修改',
    en: 'tickets, ticket events and posting history cannot be changed once written',
  },
  unreviewed_publish: {
    zh: '岗位未经审核不能发布（须有审核人、发布人，且实行双人审核时审核人不能是采集人）',
    en: 'a posting cannot be published without review (a reviewer and a publisher, and under four-eyes not its collector)',
  },
  rating_taken: { zh: '这张号票已经评价过了', en: 'this ticket has already been rated' },
};

/** Why a push stopped before the end of its batch; nothing after it was looked at. */
export const STOP_REASONS = ['gap', 'clock_drift'] as const;
export const stopReasonSchema = z.enum(STOP_REASONS);
export type StopReason = z.infer<typeof stopReasonSchema>;

export const STOP_MESSAGES: Readonly<Record<StopReason, Bilingual>> = {
  gap: { zh: '变更编号不连续，请从服务器确认的位置重发', en: 'mutation ids skip: resend from the acknowledged id' },
  clock_drift: {
    zh: '终端时钟超前服务器 5 分钟以上，请校准时间',
    en: "the terminal's clock is more than 5 minutes ahead of the server: fix the time",
  },
};

/** A message with detail appended in both languages. */
export function withDetail(message: Bilingual, detail: string | undefined): Bilingual {
  if (detail === undefined || detail === '') return message;
  return { zh: `${message.zh}：${detail}`, en: `${message.en}: ${detail}` };
}
