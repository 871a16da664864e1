/**
 * Copy-as-image, kept out of the lazily loaded adapter on purpose: Safari
 * accepts a clipboard write only inside the click that asked for it, so the
 * write starts at once with a promise of the PNG that is still being drawn.
 */
export function canCopyImage(): boolean {
  return (
    typeof window !== 'undefined' &&
    window.isSecureContext &&
    typeof ClipboardItem !== 'undefined' &&
    typeof navigator.clipboard?.write === 'function'
  );
}

export async function copyImage(png: Promise<Blob>): Promise<void> {
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
  } catch (error) {
    // Chromium before 98 wants a Blob, not a promise of one.
    if (!(error instanceof TypeError)) throw error;
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': await png })]);
  }
}
