import { describe, expect, it } from 'vitest';
import { PERSONAL_TABLES, RECORD_TABLES } from '../../../../domain/records/registry';
import { checkWrite, readableTables, ROLE_ACCESS } from '../../../../sync/protocol/permissions';

describe('role permissions', () => {
  it('covers every record table for every role', () => {
    expect(Object.keys(ROLE_ACCESS).sort()).toEqual([...RECORD_TABLES].sort());
  });

  it('a display writes nothing', () => {
    for (const t of RECORD_TABLES) expect(checkWrite('display', t, {})).toBe('role_forbidden');
  });

  it('a kiosk cannot write postings and records only print events', () => {
    expect(checkWrite('kiosk', 'postings', {})).toBe('role_forbidden');
    expect(checkWrite('kiosk', 'ticketEvents', { type: 'printed' })).toBe('ok');
    expect(checkWrite('kiosk', 'ticketEvents', { type: 'called' })).toBe('value_forbidden');
    expect(checkWrite('kiosk', 'applications', { status: 'requested' })).toBe('ok');
    expect(checkWrite('kiosk', 'applications', { status: 'hired' })).toBe('value_forbidden');
  });

  it('a caller writes every table of its market', () => {
    for (const t of RECORD_TABLES) expect(checkWrite('caller', t, { type: 'called', status: 'hired' })).toBe('ok');
  });

  it('personal data and PIN hashes reach callers only (PIPL)', () => {
    for (const role of ['kiosk', 'display'] as const) {
      const readable = readableTables(role);
      for (const t of PERSONAL_TABLES) expect(readable).not.toContain(t);
      expect(readable).not.toContain('staff');
    }
    expect(readableTables('caller')).toEqual(expect.arrayContaining([...PERSONAL_TABLES, 'staff']));
  });
});
