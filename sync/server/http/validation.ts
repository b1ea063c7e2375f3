// Route schemas are the protocol's zod schemas: Fastify calls this compiler
// for every `schema.body` / `schema.querystring`, so no handler ever sees a
// body that was not parsed by its schema. Versions are checked first, so an
// old terminal is told to update (426) rather than that its body is wrong.
import type { FastifySchemaCompiler } from 'fastify';
import type { ZodType } from 'zod';
import { versionEnvelopeSchema } from '../../protocol/envelope';
import {
  checkVersion,
  MIN_PROTOCOL_VERSION,
  MIN_SCHEMA_VERSION,
  PROTOCOL_VERSION,
  SCHEMA_VERSION,
} from '../../protocol/version';
import { ProtocolError } from './protocol-error';

function isZodType(schema: unknown): schema is ZodType {
  return typeof schema === 'object' && schema !== null && 'safeParse' in schema;
}

export function versionError(protocolVersion: number, schemaVersion: number): ProtocolError | undefined {
  const p = checkVersion(protocolVersion, PROTOCOL_VERSION, MIN_PROTOCOL_VERSION);
  const s = checkVersion(schemaVersion, SCHEMA_VERSION, MIN_SCHEMA_VERSION);
  if (p === 'too_old' || s === 'too_old') {
    return new ProtocolError(426, 'upgrade_required', `protocol ${protocolVersion}, schema ${schemaVersion}`);
  }
  if (p === 'too_new' || s === 'too_new') {
    return new ProtocolError(400, 'version_unsupported', `protocol ${protocolVersion}, schema ${schemaVersion}`);
  }
  return undefined;
}

export const zodValidatorCompiler: FastifySchemaCompiler<unknown> = ({ schema }) => {
  if (!isZodType(schema)) throw new TypeError('route schemas must be zod schemas');
  return (data: unknown) => {
    const coerce = (v: unknown) => (typeof v === 'string' && /^-?\d{1,6}$/.test(v) ? Number(v) : v);
    const envelope =
      typeof data === 'object' && data !== null
        ? versionEnvelopeSchema.safeParse({
            protocolVersion: coerce((data as Record<string, unknown>).protocolVersion),
            schemaVersion: coerce((data as Record<string, unknown>).schemaVersion),
          })
        : undefined;
    if (envelope?.success === true) {
      const err = versionError(envelope.data.protocolVersion, envelope.data.schemaVersion);
      if (err !== undefined) return { error: err };
    }
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    const issues = result.error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.'), message: i.message }));
    const tooMany = result.error.issues.some(
      (i) => i.code === 'too_big' && i.path.length === 1 && i.path[0] === 'mutations',
    );
    return {
      error: tooMany
        ? new ProtocolError(413, 'batch_too_large', undefined, issues)
        : new ProtocolError(
            400,
            'malformed_request',
            issues[0] === undefined ? undefined : `${issues[0].path || '(root)'}: ${issues[0].message}`,
            issues,
          ),
    };
  };
};
