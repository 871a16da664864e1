/**
 * WeChat's in-app browser (Android and iOS) names itself `MicroMessenger`. It
 * ignores downloads, so there an exported image is shown full-screen for a
 * long-press save instead. WeChat Work (`wxwork`) says MicroMessenger too and
 * behaves the same way.
 */
export function isWeChat(userAgent: string): boolean {
  return /MicroMessenger/i.test(userAgent);
}
