const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/**
 * The only gate through which a link from data reaches an `href`: http, https
 * and mailto pass; `javascript:`, `data:` and anything unparsable do not.
 */
export function safeHref(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return ALLOWED.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
