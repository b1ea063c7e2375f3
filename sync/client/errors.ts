// The one error type of the sync client. Every failure the engine can meet —
// the network, the server's answer, the local replica — becomes a SyncError
// with a stable `code` (logged, tested) and a message in Chinese and English
// (shown), and says whether trying again later can help.
import type { Bilingual, ErrorCode } from '../protocol/errors';

/** Client-side codes, plus every error code the server can answer with. */
export type SyncErrorCode =
  | ErrorCode
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'http_status'
  | 'malformed_response'
  | 'push_gap'
  | 'clock_drift'
  | 'replica_failed'
  | 'pull_reset_loop'
  | 'not_leader';

/**
 * What the engine does after the error: `retry` with backoff, or `halt` until
 * someone acts (update the terminal, enrol it again).
 */
export type SyncErrorAction = 'retry' | 'halt';

export const CLIENT_MESSAGES: Readonly<Record<Exclude<SyncErrorCode, ErrorCode>, Bilingual>> = {
  network: { zh: '无法连接服务器', en: 'cannot reach the server' },
  timeout: { zh: '服务器响应超时', en: 'the server did not answer in time' },
  aborted: { zh: '同步已停止', en: 'sync was stopped' },
  http_status: { zh: '服务器返回了意外的状态', en: 'the server answered with an unexpected status' },
  malformed_response: { zh: '服务器的应答格式不正确', en: 'the server sent a malformed answer' },
  push_gap: {
    zh: '服务器记录的变更编号与本机不连续，需要管理员处理',
    en: "the server's mutation ids for this device skip ahead of this terminal: an operator must look",
  },
  clock_drift: {
    zh: '终端时钟超前服务器 5 分钟以上，请校准时间',
    en: "the terminal's clock is more than 5 minutes ahead of the server: fix the time",
  },
  replica_failed: { zh: '本机数据库操作失败', en: 'the local database failed' },
  not_leader: { zh: '另一窗口正在负责同步', en: 'another window of this terminal runs sync' },
  pull_reset_loop: {
    zh: '服务器反复要求重新下载，稍后再试',
    en: 'the server keeps asking for a full reload: trying again later',
  },
};

/** Answers that no amount of retrying fixes: the terminal needs an update or a new enrolment. */
const HALTING: ReadonlySet<SyncErrorCode> = new Set<SyncErrorCode>([
  'upgrade_required',
  'version_unsupported',
  'unauthorized',
  'device_revoked',
  'device_mismatch',
  'aborted',
]);

/** Failures that mean "no connection" rather than "the server or this terminal is wrong". */
const OFFLINE: ReadonlySet<SyncErrorCode> = new Set<SyncErrorCode>(['network', 'timeout']);

export interface SyncErrorOptions {
  /** HTTP status, when the failure came from an answer. */
  readonly status?: number;
  /** Seconds the server asked us to wait (Retry-After). */
  readonly retryAfterSeconds?: number;
  readonly cause?: unknown;
}

export class SyncError extends Error {
  readonly bilingual: Bilingual;
  readonly status: number | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    readonly code: SyncErrorCode,
    bilingual: Bilingual,
    options: SyncErrorOptions = {},
  ) {
    super(`${bilingual.zh} / ${bilingual.en}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SyncError';
    this.bilingual = bilingual;
    this.status = options.status;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get action(): SyncErrorAction {
    return HALTING.has(this.code) ? 'halt' : 'retry';
  }

  /** True when the terminal simply has no connection (the badge says offline, not error). */
  get offline(): boolean {
    return OFFLINE.has(this.code);
  }
}

/** A client-side error with its standard words and optional detail. */
export function clientError(
  code: Exclude<SyncErrorCode, ErrorCode>,
  detail?: string,
  options: SyncErrorOptions = {},
): SyncError {
  const base = CLIENT_MESSAGES[code];
  const bilingual =
    detail === undefined || detail === '' ? base : { zh: `${base.zh}：${detail}`, en: `${base.en}: ${detail}` };
  return new SyncError(code, bilingual, options);
}

/**
 * Detail for a message from an error elsewhere in the project, whose messages
 * read `中文 / English`: each half goes to its language.
 */
function bilingualDetail(base: Bilingual, detail: string): Bilingual {
  const cut = detail.indexOf(' / ');
  const zh = cut < 0 ? detail : detail.slice(0, cut);
  const en = cut < 0 ? detail : detail.slice(cut + 3);
  return { zh: `${base.zh}：${zh}`, en: `${base.en}: ${en}` };
}

function codeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}

/**
 * Whatever was thrown, as a SyncError. A clock refused by the HLC (a pulled
 * stamp too far ahead of this terminal's clock) keeps its own code, so the
 * screen says "fix the time" rather than "database failed".
 */
export function toSyncError(error: unknown, fallback: Exclude<SyncErrorCode, ErrorCode> = 'replica_failed'): SyncError {
  if (error instanceof SyncError) return error;
  const code = codeOf(error) === 'clock_drift' ? 'clock_drift' : fallback;
  const detail = error instanceof Error ? error.message : String(error);
  return new SyncError(code, bilingualDetail(CLIENT_MESSAGES[code], detail), { cause: error });
}
