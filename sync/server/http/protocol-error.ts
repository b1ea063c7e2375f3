// An answer other than 2xx, with its protocol code; the error handler turns
// it into `{code, message: {zh, en}, issues?}`.
import { ERROR_MESSAGES, withDetail, type Bilingual, type ErrorBody, type ErrorCode } from '../../protocol/errors';

export class ProtocolError extends Error {
  readonly bilingual: Bilingual;
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    detail?: string,
    readonly issues?: ErrorBody['issues'],
    /** Extra response headers, e.g. Retry-After. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    const bilingual = withDetail(ERROR_MESSAGES[code], detail);
    super(`${bilingual.zh} / ${bilingual.en}`);
    this.bilingual = bilingual;
  }

  toBody(): ErrorBody {
    return this.issues === undefined
      ? { code: this.code, message: this.bilingual }
      : { code: this.code, message: this.bilingual, issues: this.issues };
  }
}
