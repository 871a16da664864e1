// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isWeChat } from './user-agent';

describe('isWeChat', () => {
  it('recognises the WeChat in-app browser on Android and iOS, and WeChat Work', () => {
    expect(
      isWeChat(
        'Mozilla/5.0 (Linux; Android 12; V2118A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5061 MMWEBSDK/20230303 MMWEBID/1234 MicroMessenger/8.0.34.2340(0x2800225D) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64',
      ),
    ).toBe(true);
    expect(
      isWeChat(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.30(0x18001e2f) NetType/WIFI Language/zh_CN',
      ),
    ).toBe(true);
    expect(isWeChat('Mozilla/5.0 ... wxwork/4.1.0 MicroMessenger/7.0.1')).toBe(true);
  });

  it('leaves other browsers alone, including QQ and 360', () => {
    expect(
      isWeChat(
        'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36',
      ),
    ).toBe(false);
    expect(isWeChat('Mozilla/5.0 (Linux; Android 10) MQQBrowser/11.0 Mobile Safari/537.36 QQ/8.9')).toBe(false);
  });
});
