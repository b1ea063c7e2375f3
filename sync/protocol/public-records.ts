// What a terminal that may not hold personal data receives of a record it
// needs in part. A kiosk shows the employer of a posting and its 已核验
// badge (issue 9), which need the employer's name and credit code, both
// public business facts (the credit code is printed on the business
// licence); the contact person, the address and who registered it are
// not. An employer that is a natural person is a person's name, so the
// kiosk gets it masked like any other name it shows.
import { maskName } from '../../domain/ids/mask';
import { employerSchema } from '../../domain/records/people';
import type { RecordTable } from '../../domain/records/registry';
import type { DeviceRole } from './roles';

/** Tables whose rows a role receives only as their public projection. */
const PUBLIC_ONLY: Readonly<Partial<Record<DeviceRole, ReadonlySet<RecordTable>>>> = {
  kiosk: new Set<RecordTable>(['employers']),
};

export function receivesPublicProjection(role: DeviceRole, table: RecordTable): boolean {
  return PUBLIC_ONLY[role]?.has(table) ?? false;
}

/**
 * The public projection of an employer: an allow-list, so a field added to
 * the record later stays on the server until someone decides it is public.
 * A row that does not parse is withheld whole rather than sent half-read.
 */
export function publicEmployer(record: Readonly<Record<string, unknown>>): Record<string, unknown> | null {
  const parsed = employerSchema.safeParse(record);
  if (!parsed.success) return null;
  const e = parsed.data;
  return {
    id: e.id,
    marketId: e.marketId,
    hlc: e.hlc,
    deleted: e.deleted,
    name: e.kind === 'person' ? maskName(e.name) : e.name,
    kind: e.kind,
    creditCode: e.creditCode,
    contact: null,
    district: e.district,
    address: '',
    registeredBy: null,
    registeredAt: e.registeredAt,
  };
}

/** The row as `role` may receive it, or null when it may receive none of it. */
export function projectForRole(
  role: DeviceRole,
  table: RecordTable,
  record: Record<string, unknown>,
): Record<string, unknown> | null {
  if (!receivesPublicProjection(role, table)) return record;
  return table === 'employers' ? publicEmployer(record) : null;
}
