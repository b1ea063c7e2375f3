import { describe, expect, it } from 'vitest';
import { parseStartArgs, terminalUrl } from '../../../scripts/start-options';

describe('npm start options', () => {
  it('defaults to all three roles in Electron on port 5173 with the embedded SQLite file', () => {
    expect(parseStartArgs([])).toEqual({
      web: false,
      roles: ['kiosk', 'display', 'caller'],
      port: 5173,
      db: './data/gig.sqlite',
      verbose: false,
    });
  });

  it('takes browser mode, one role, a port and a database file', () => {
    expect(parseStartArgs(['--web', '--role=caller', '--port=6000', '--db=/tmp/g.sqlite', '--verbose'])).toEqual({
      web: true,
      roles: ['caller'],
      port: 6000,
      db: '/tmp/g.sqlite',
      verbose: true,
    });
  });

  it('refuses an unknown role, option or port with a bilingual message', () => {
    expect(() => parseStartArgs(['--role=admin'])).toThrow(/invalid role/);
    expect(() => parseStartArgs(['--fast'])).toThrow(/unknown option/);
    expect(() => parseStartArgs(['--port=0'])).toThrow(/invalid port/);
    expect(() => parseStartArgs(['--port=65535'])).toThrow(/invalid port/);
  });

  it('puts the enrolment code in the query and the role in the hash', () => {
    expect(terminalUrl('http://127.0.0.1:5173/', 'kiosk', 'ABCD-EFGH-JKLM-NPQR')).toBe(
      'http://127.0.0.1:5173/?enrol=ABCD-EFGH-JKLM-NPQR#/kiosk',
    );
    expect(terminalUrl('http://127.0.0.1:5173/', 'display', null)).toBe('http://127.0.0.1:5173/#/display');
  });
});
