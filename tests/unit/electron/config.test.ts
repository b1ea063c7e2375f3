import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEV_MARKET_ID,
  defaultConfigPath,
  devTerminalConfig,
  loadTerminalConfig,
  parseTerminalConfig,
  terminalView,
} from '../../../electron/config';

const MARKET = '01936f3e-1c2a-7b4d-8e5f-0123456789ab';
const HASH = `scrypt$16384$8$1$${Buffer.alloc(16, 1).toString('base64')}$${Buffer.alloc(32, 2).toString('base64')}`;

const valid = {
  version: 1,
  role: 'kiosk',
  marketId: MARKET,
  serverUrl: 'https://gig.example.cn/',
  printer: { host: '192.168.1.50', paperWidth: 80 },
  schedule: { nightlyRestart: '03:30' },
  staff: { pinHash: HASH },
};

const parse = (value: unknown) => parseTerminalConfig(JSON.stringify(value), '/etc/gig/terminal.json');

function problemOf(value: unknown) {
  const r = parse(value);
  if (r.ok) throw new Error('expected a problem');
  return r.problem;
}

describe('parseTerminalConfig', () => {
  it('accepts a full kiosk config and fills the defaults', () => {
    const r = parse(valid);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.printer).toEqual({ host: '192.168.1.50', port: 9100, paperWidth: 80, timeoutMs: 5000 });
    expect(r.config.kiosk).toEqual({ lockdown: true, idleResetSeconds: 90 });
    expect(r.config.disk).toEqual({ minFreeMb: 500, warnFreeMb: 2000, checkIntervalSeconds: 60 });
    expect(r.config.windowNumber).toBeNull();
  });

  it('fills every optional section when only the required fields are given', () => {
    const r = parse({ version: 1, role: 'display', marketId: MARKET, serverUrl: 'http://10.0.0.2:8787' });
    expect(r.ok && r.config).toMatchObject({
      printer: null,
      schedule: { nightlyRestart: '03:30' },
      staff: { pinHash: null },
      kiosk: { lockdown: true },
    });
  });

  it('says in Chinese and English that the file is not JSON', () => {
    const r = parseTerminalConfig('{ role: kiosk', '/x.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.code).toBe('not-json');
    expect(r.problem.message.zh).toMatch(/JSON/);
    expect(r.problem.message.en).toMatch(/not valid JSON/);
    expect(r.problem.path).toBe('/x.json');
  });

  it.each([
    ['an unknown role', { role: 'printer' }, 'role'],
    ['a market id that is not a UUIDv7', { marketId: 'market-1' }, 'marketId'],
    ['a non-HTTP server URL', { serverUrl: 'ftp://gig.example.cn' }, 'serverUrl'],
    ['credentials in the server URL', { serverUrl: 'https://user:pw@gig.example.cn' }, 'serverUrl'],
    ['a paper width of 76 mm', { printer: { host: 'p1', paperWidth: 76 } }, 'printer.paperWidth'],
    ['a printer port out of range', { printer: { host: 'p1', paperWidth: 58, port: 70000 } }, 'printer.port'],
    ['a printer host with a scheme', { printer: { host: 'http://p1', paperWidth: 58 } }, 'printer.host'],
    ['a restart time of 24:00', { schedule: { nightlyRestart: '24:00' } }, 'schedule.nightlyRestart'],
    ['a malformed PIN hash', { staff: { pinHash: 'md5$abc' } }, 'staff.pinHash'],
    ['a PIN hash with an absurd cost', { staff: { pinHash: HASH.replace('16384', '1073741824') } }, 'staff.pinHash'],
    ['an unknown key (typo)', { serverURL: 'https://x' }, '(root)'],
    ['a caller without a window number', { role: 'caller' }, 'windowNumber'],
    ['a warning threshold below the minimum', { disk: { minFreeMb: 900, warnFreeMb: 100 } }, 'disk'],
    ['another version', { version: 2 }, 'version'],
  ])('refuses %s, naming the field', (_name, patch, field) => {
    const problem = problemOf({ ...valid, ...patch });
    expect(problem.code).toBe('invalid');
    expect(problem.message.zh).toMatch(/终端配置文件有误/);
    expect(problem.message.en).toMatch(/config file has errors/);
    expect(problem.details.some((d) => d.startsWith(`${field}:`))).toBe(true);
  });

  it.each([
    ['role', { role: 'printer' }, /角色.*role must be/],
    ['marketId', { marketId: 'market-1' }, /市场编号.*UUIDv7/],
    ['printer.paperWidth', { printer: { host: 'p1', paperWidth: 76 } }, /纸宽.*58 or 80/],
    ['printer.port', { printer: { host: 'p1', paperWidth: 58, port: 0 } }, /端口.*1–65535/],
    ['schedule.nightlyRestart', { schedule: { nightlyRestart: '3:30' } }, /HH:MM.*24-hour/],
    ['windowNumber', { role: 'caller', windowNumber: 120 }, /窗口号.*windowNumber/],
    ['version', { version: 2 }, /配置版本.*version must be 1/],
  ])('explains a bad %s in Chinese and English', (field, patch, text) => {
    const detail = problemOf({ ...valid, ...patch }).details.find((d) => d.startsWith(`${field}:`));
    expect(detail).toMatch(text);
  });

  it('accepts a caller with its window number', () => {
    expect(parse({ ...valid, role: 'caller', windowNumber: 2 }).ok).toBe(true);
  });
});

describe('loadTerminalConfig', () => {
  it('reports a missing file as "not set up", never throwing', () => {
    const r = loadTerminalConfig('/nowhere/terminal.json', () => {
      throw Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.code).toBe('missing');
    expect(r.problem.message.zh).toMatch(/找不到终端配置文件/);
    expect(r.problem.message.en).toMatch(/has not been set up/);
  });

  it('reports other read errors as unreadable', () => {
    const r = loadTerminalConfig('/root/terminal.json', () => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    });
    expect(!r.ok && r.problem.code).toBe('unreadable');
  });

  it('tolerates the byte-order mark Windows Notepad writes', () => {
    const r = loadTerminalConfig('/c/terminal.json', () => `\uFEFF${JSON.stringify(valid)}`);
    expect(r.ok).toBe(true);
  });

  it('reads a real file from disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gig-config-'));
    writeFileSync(join(dir, 'terminal.json'), JSON.stringify(valid));
    expect(loadTerminalConfig(join(dir, 'terminal.json')).ok).toBe(true);
    expect(loadTerminalConfig(join(dir, 'absent.json'))).toMatchObject({ ok: false, problem: { code: 'missing' } });
  });
});

describe('what the renderer sees', () => {
  it('never includes the PIN hash or the printer address', () => {
    const r = parse(valid);
    if (!r.ok) throw new Error('expected ok');
    const view = terminalView(r.config, { dev: false, appVersion: '0.1.0' });
    const text = JSON.stringify(view);
    expect(text).not.toContain('scrypt');
    expect(text).not.toContain('192.168.1.50');
    expect(view.printer).toEqual({ paperWidth: 80, network: true });
  });
});

describe('defaults for development', () => {
  it('builds a windowed config per role with a placeholder market', () => {
    const caller = devTerminalConfig('caller');
    expect(caller).toMatchObject({ role: 'caller', windowNumber: 1, marketId: DEV_MARKET_ID });
    expect(caller.kiosk.lockdown).toBe(false);
    expect(caller.schedule.nightlyRestart).toBeNull();
    expect(devTerminalConfig('display').windowNumber).toBeNull();
  });

  it('keeps the config beside the role profiles', () => {
    expect(defaultConfigPath('/home/k/.config')).toBe('/home/k/.config/gig-kiosk/terminal.json');
  });
});
