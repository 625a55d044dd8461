import { describe, expect, it } from 'vitest';
import { isSafeUrl } from './safe-url';

describe('isSafeUrl', () => {
  it('accepts http(s) URLs only', () => {
    expect(isSafeUrl('https://example.org/a?b#c')).toBe(true);
    expect(isSafeUrl('http://example.org')).toBe(true);
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'example.org', '']) {
      expect(isSafeUrl(url)).toBe(false);
    }
  });
});
