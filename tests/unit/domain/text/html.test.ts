import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../../domain/text/html';

describe('escapeHtml', () => {
  it('escapes all five HTML specials', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('leaves Chinese text and ordinary punctuation as written', () => {
    expect(escapeHtml('保洁（日结）200元/天，李女士')).toBe('保洁（日结）200元/天，李女士');
  });

  it('turns a record that carries markup into text', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
