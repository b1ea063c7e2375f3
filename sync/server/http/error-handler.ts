// Every error becomes `{code, message: {zh, en}}`. Fastify's own 4xx (bad
// JSON, body too large, wrong content type) are mapped to protocol codes;
// anything else is a genuine fault: logged, answered 500 without detail.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ProtocolError } from './protocol-error';

function fromFastify(error: FastifyError): ProtocolError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ProtocolError(413, 'body_too_large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
        ? new ProtocolError(415, 'unsupported_media_type')
        : new ProtocolError(400, 'malformed_request', 'content-length');
    default:
      break;
  }
  const status = error.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    // Bad JSON and the like: say what the parser said, never 500.
    return new ProtocolError(
      status === 413 ? 413 : 400,
      status === 413 ? 'body_too_large' : 'malformed_request',
      error.message.slice(0, 200),
    );
  }
  return undefined;
}

export function handleError(error: FastifyError | ProtocolError, request: FastifyRequest, reply: FastifyReply): void {
  const known = error instanceof ProtocolError ? error : fromFastify(error);
  if (known !== undefined) {
    void reply.code(known.statusCode).headers(known.headers).send(known.toBody());
    return;
  }
  request.log.error({ err: error }, 'unhandled error');
  const internal = new ProtocolError(500, 'internal');
  void reply.code(500).send(internal.toBody());
}

export function handleNotFound(_request: FastifyRequest, reply: FastifyReply): void {
  void reply.code(404).send(new ProtocolError(404, 'not_found').toBody());
}
