import { describe, expect, it } from 'vitest';
import { planStartup } from '../../../electron/startup';

const MARKET = '01936f3e-1c2a-7b4d-8e5f-0123456789ab';
const fileFor = (role: string) => () =>
  JSON.stringify({ version: 1, role, marketId: MARKET, serverUrl: 'https://gig.example.cn', windowNumber: 3 });
const noFile = () => {
  throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
};

describe('planStartup', () => {
  it('in the field, takes the role from the config file and serves the renderer over app://', () => {
    const plan = planStartup({}, '/appdata', fileFor('display'));
    expect(plan).toMatchObject({
      ok: true,
      dev: false,
      profile: 'display',
      configPath: '/appdata/gig-kiosk/terminal.json',
      rendererUrl: 'app://renderer/index.html#/display',
    });
  });

  it('in the field, ignores GIG_ROLE: the config file decides', () => {
    const plan = planStartup({ GIG_ROLE: 'kiosk' }, '/appdata', fileFor('caller'));
    expect(plan.ok && plan.config.role).toBe('caller');
  });

  it('with no file in the field, plans the error page under an "unconfigured" profile', () => {
    const plan = planStartup({}, '/appdata', noFile);
    expect(plan).toMatchObject({ ok: false, profile: 'unconfigured', problem: { code: 'missing' } });
  });

  it('honours GIG_CONFIG', () => {
    const seen: string[] = [];
    planStartup({ GIG_CONFIG: '/etc/gig.json' }, '/appdata', (p) => {
      seen.push(p);
      return fileFor('kiosk')();
    });
    expect(seen).toEqual(['/etc/gig.json']);
  });

  it('under npm start, never reads the machine config and runs windowed for GIG_ROLE', () => {
    const plan = planStartup(
      { GIG_RENDERER_URL: 'http://127.0.0.1:5173/#/caller', GIG_ROLE: 'caller' },
      '/appdata',
      () => {
        throw new Error('must not read');
      },
    );
    expect(plan).toMatchObject({
      ok: true,
      dev: true,
      profile: 'caller',
      rendererUrl: 'http://127.0.0.1:5173/#/caller',
    });
    expect(plan.ok && plan.config.kiosk.lockdown).toBe(false);
  });

  it('under npm start, still shows a bad GIG_CONFIG rather than hiding it', () => {
    const plan = planStartup(
      { GIG_RENDERER_URL: 'http://127.0.0.1:5173/#/kiosk', GIG_CONFIG: '/bad.json' },
      '/appdata',
      () => '{',
    );
    expect(plan).toMatchObject({ ok: false, dev: true, problem: { code: 'not-json' } });
  });

  it.each([
    'http://192.168.1.9:5173/',
    'https://evil.example/#/kiosk',
    'file:///tmp/index.html',
    'http://u:p@127.0.0.1:5173/',
    'nope',
  ])('refuses to hand the preload API to a dev server that is not on this machine: %s', (url) => {
    const plan = planStartup({ GIG_RENDERER_URL: url, GIG_ROLE: 'kiosk' }, '/appdata');
    expect(plan).toMatchObject({ ok: false, problem: { path: 'GIG_RENDERER_URL' } });
  });

  it.each(['http://127.0.0.1:5173/#/kiosk', 'http://localhost:5173/', 'http://[::1]:5173/'])(
    'accepts the loopback dev server %s',
    (url) => {
      expect(planStartup({ GIG_RENDERER_URL: url }, '/appdata').ok).toBe(true);
    },
  );

  it('turns a bad GIG_SERVER_URL into a problem, not an exception', () => {
    const plan = planStartup({ GIG_RENDERER_URL: 'http://127.0.0.1:5173/', GIG_SERVER_URL: 'nope' }, '/appdata');
    expect(plan).toMatchObject({ ok: false, problem: { code: 'invalid', path: 'GIG_SERVER_URL' } });
  });
});
