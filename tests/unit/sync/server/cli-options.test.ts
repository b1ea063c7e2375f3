import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCli } from '../../../../sync/server/cli-options';

describe('server command line', () => {
  it('defaults to SQLite at ./data/gig.sqlite on port 8787', () => {
    expect(parseCli([])).toEqual({
      port: 8787,
      host: '127.0.0.1',
      location: { sqlite: resolve('./data/gig.sqlite') },
      demo: false,
      retentionMs: 90 * 24 * 60 * 60 * 1000,
      adminDir: resolve('./dist/renderer'),
      logLevel: 'info',
    });
    expect(parseCli(['--demo']).demo).toBe(true);
  });

  it('takes --log-level from the pino levels and refuses any other word', () => {
    expect(parseCli(['--log-level', 'warn']).logLevel).toBe('warn');
    expect(() => parseCli(['--log-level', 'loud'])).toThrow(/invalid --log-level: loud/);
  });

  it('takes --port, --db and --pg', () => {
    expect(parseCli(['--port', '0', '--db', '/tmp/x.sqlite'])).toMatchObject({
      port: 0,
      location: { sqlite: '/tmp/x.sqlite' },
    });
    expect(parseCli(['--pg', 'postgres://localhost/gig'])).toMatchObject({
      location: { postgres: 'postgres://localhost/gig' },
    });
  });

  it('takes relay mode, retention and the poke channel', () => {
    expect(
      parseCli([
        '--upstream',
        'http://127.0.0.1:9000/',
        '--enrol',
        'ABCD',
        '--retention-days',
        '30',
        '--poke-channel',
        'p',
      ]),
    ).toMatchObject({
      upstream: { url: 'http://127.0.0.1:9000', code: 'ABCD', label: 'hub' },
      retentionMs: 30 * 24 * 60 * 60 * 1000,
      pokeChannel: 'p',
    });
    expect(() => parseCli(['--enrol', 'ABCD'])).toThrow(/--enrol needs --upstream/);
    expect(() => parseCli(['--upstream', 'ftp://x'])).toThrow(/http/);
    expect(() => parseCli(['--retention-days', '0'])).toThrow(/1\.\.3650/);
  });

  it('turns the feed scheduler on only when an adapter is named, and checks its URL and interval', () => {
    expect(parseCli([]).feed).toBeUndefined();
    expect(parseCli(['--feed-url', 'https://yzp.example/in', '--feed-interval-s', '30']).feed).toEqual({
      url: 'https://yzp.example/in',
      intervalMs: 30_000,
    });
    const fileOnly = parseCli(['--feed-dir', 'out']).feed;
    expect(fileOnly?.intervalMs).toBe(60_000);
    expect(fileOnly?.dir).toBe(resolve('out'));
    expect(() => parseCli(['--feed-interval-s', '30'])).toThrow(/needs --feed-url or --feed-dir/);
    expect(() => parseCli(['--feed-url', 'ftp://x'])).toThrow(/http/);
    expect(() => parseCli(['--feed-dir', 'out', '--feed-interval-s', '0'])).toThrow(/1\.\.86400/);
  });

  it('refuses a bad port, both stores at once, and unknown flags', () => {
    expect(() => parseCli(['--port', 'x'])).toThrow(/端口无效/);
    expect(() => parseCli(['--db', 'a', '--pg', 'b'])).toThrow(/--db or --pg/);
    expect(() => parseCli(['--nope'])).toThrow();
  });
});
