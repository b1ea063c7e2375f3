import { describe, expect, it } from 'vitest';
import { renderShellPage, ShellPages } from '../../../electron/shell-pages';

describe('shell pages', () => {
  it('escapes everything interpolated (a config value cannot inject markup)', () => {
    const html = renderShellPage({
      title: { zh: '终端配置错误', en: 'Terminal configuration error' },
      message: { zh: '<script>alert(1)</script>', en: '"quoted" & <b>' },
      details: ['serverUrl: <img src=x onerror=alert(1)>'],
    });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&quot;quoted&quot; &amp; &lt;b&gt;');
    expect(html).toContain('<h1>终端配置错误</h1>');
    expect(html).toContain('<h2>Terminal configuration error</h2>');
    expect(html).not.toMatch(/<script/i);
  });

  it('adds a retry link and an automatic retry when asked', () => {
    const html = renderShellPage({
      title: { zh: '暂停服务', en: 'Out of service' },
      message: { zh: '稍后重试', en: 'Retrying later' },
      link: { href: 'app://renderer/index.html#/kiosk', label: { zh: '重试', en: 'Try again' } },
      refreshSeconds: 120.4,
    });
    expect(html).toContain('<meta http-equiv="refresh" content="120;url=app://renderer/index.html#/kiosk">');
    expect(html).toContain('<a href="app://renderer/index.html#/kiosk">重试 / Try again</a>');
  });

  it('keeps the current page by name and returns its URL', () => {
    const pages = new ShellPages();
    expect(pages.get('error')).toBeNull();
    expect(pages.set('error', { title: { zh: '错', en: 'E' }, message: { zh: '错', en: 'E' } })).toBe(
      'app://shell/error',
    );
    expect(pages.get('error')).toContain('<h1>错</h1>');
  });
});
