import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../domain/ids/uuidv7';
import { parseRecord } from '../../../../domain/records/registry';
import { projectForRole, publicEmployer, receivesPublicProjection } from '../../../../sync/protocol/public-records';

const MARKET = uuidv7(Date.parse('2026-11-01T00:00:00Z'));
const company = {
  id: uuidv7(Date.parse('2026-11-02T00:00:00Z')),
  hlc: '2026-11-26T08:00:00.000Z-0000-0123456789abcdef',
  deleted: false,
  marketId: MARKET,
  name: '重庆合川南津物业管理有限公司',
  kind: 'company',
  creditCode: '91500117MA5U8XXXXX',
  contact: { name: '李红梅', phone: '13800004321' },
  district: '500117',
  address: '合川区南津街88号',
  registeredBy: 'staff-1',
  registeredAt: '2026-11-26T08:00:00.000Z',
  // A field the record may gain later stays on the server until someone lists it as public.
  internalNote: '信用不良',
};

describe('the public projection kiosks receive', () => {
  it('keeps the name and credit code for the 已核验 badge and drops the contact, address, registrar and unknown fields', () => {
    const projected = publicEmployer(company);
    expect(projected).toMatchObject({ name: company.name, creditCode: company.creditCode, kind: 'company' });
    expect(projected).toMatchObject({ contact: null, address: '', registeredBy: null });
    expect(JSON.stringify(projected)).not.toMatch(/李红梅|13800004321|南津街88号|staff-1|信用不良/);
  });

  it('is itself a valid employer record, so the kiosk stores it like any pulled row', () => {
    const projected = publicEmployer(company);
    expect(projected).not.toBeNull();
    expect(() => parseRecord('employers', projected)).not.toThrow();
  });

  it("masks the name of an employer who is a person, since it is a person's name", () => {
    expect(publicEmployer({ ...company, kind: 'person', name: '欧阳娜娜', creditCode: null })?.name).toBe('欧阳**');
  });

  it('withholds a row that does not parse instead of sending part of it', () => {
    expect(publicEmployer({ ...company, contact: 'x' })).toBeNull();
  });

  it('applies only to kiosks and only to employers; callers and hubs get rows whole', () => {
    expect(receivesPublicProjection('kiosk', 'employers')).toBe(true);
    expect(receivesPublicProjection('caller', 'employers')).toBe(false);
    expect(receivesPublicProjection('hub', 'employers')).toBe(false);
    expect(projectForRole('caller', 'employers', company)).toBe(company);
    expect(projectForRole('kiosk', 'postings', company)).toBe(company);
  });
});
