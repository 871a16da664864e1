import { describe, expect, it } from 'vitest';
import { httpHref } from './http-href';

describe('httpHref', () => {
  it('passes http and https, and nothing else', () => {
    expect(httpHref('https://www.ly.gov.cn/a')).toBe('https://www.ly.gov.cn/a');
    expect(httpHref('http://news.lyd.com.cn/x.shtml')).toBe('http://news.lyd.com.cn/x.shtml');
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<b>x</b>',
      'mailto:a@b.cn',
      '/relative',
      'not a url',
      undefined,
    ]) {
      expect(httpHref(url)).toBeUndefined();
    }
  });
});
