import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-href';

describe('safeHref', () => {
  it('passes http, https and mailto', () => {
    expect(safeHref('http://news.lyd.com.cn/a.shtml')).toBe('http://news.lyd.com.cn/a.shtml');
    expect(safeHref('https://example.org')).toBe('https://example.org/');
    expect(safeHref('mailto:office@example.org')).toBe('mailto:office@example.org');
  });
  it('refuses script, data and relative links', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref(' JavaScript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeUndefined();
    expect(safeHref('/relative')).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
  });
});
