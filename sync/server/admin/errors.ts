// Errors the console's routes answer with: `{code, message: {zh, en}}`, the
// same shape as the terminals' protocol errors, with the console's own codes.
import type { AdminErrorBody, AdminErrorCode } from '../../protocol/admin';

const MESSAGES: Readonly<Record<AdminErrorCode, { zh: string; en: string }>> = {
  malformed_request: { zh: '请求格式不正确', en: 'the request is malformed' },
  unauthenticated: { zh: '请先登录', en: 'sign in first' },
  forbidden: { zh: '无权访问此项', en: 'your account may not do this' },
  csrf_invalid: { zh: '页面已过期，请刷新后重试', en: 'the page is stale (CSRF token missing or wrong): reload it' },
  bad_credentials: { zh: '用户名或密码错误', en: 'wrong username or password' },
  locked_out: { zh: '登录失败次数过多，账号暂时锁定', en: 'too many failed sign-ins: the account is locked for now' },
  rate_limited: { zh: '尝试过于频繁，请稍后再试', en: 'too many attempts: try again later' },
  not_found: { zh: '找不到该项', en: 'not found' },
  conflict: { zh: '与已有记录冲突', en: 'conflicts with an existing record' },
  invalid_record: { zh: '内容不符合要求', en: 'the record is invalid' },
  internal: { zh: '服务器内部错误', en: 'internal server error' },
};

export class AdminError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: AdminErrorCode,
    readonly detail?: string,
    readonly issues?: AdminErrorBody['issues'],
  ) {
    super(`${MESSAGES[code].zh} / ${MESSAGES[code].en}${detail === undefined ? '' : `: ${detail}`}`);
  }

  toBody(): AdminErrorBody {
    const m = MESSAGES[this.code];
    const message = this.detail === undefined ? m : { zh: `${m.zh}：${this.detail}`, en: `${m.en}: ${this.detail}` };
    return this.issues === undefined ? { code: this.code, message } : { code: this.code, message, issues: this.issues };
  }
}
