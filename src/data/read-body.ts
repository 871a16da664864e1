/** How far the dataset has come: for the loading message, and to restart the silence timer. */
export interface LoadProgress {
  /** Bytes of the body received so far (after any decompression by the browser). */
  received: number;
  /** The body's full size, only where the server says so and it counts the same bytes as `received`. */
  total: number | undefined;
}

/**
 * The size to show beside the bytes received. `Content-Length` counts the bytes
 * on the wire: with `Content-Encoding: gzip` (or br, …) it is the compressed size
 * while the stream yields the decompressed bytes, so it is no total at all then.
 */
export function expectedTotal(headers: Headers): number | undefined {
  const encoding = (headers.get('content-encoding') ?? '').trim().toLowerCase();
  if (encoding !== '' && encoding !== 'identity') return undefined;
  const length = Number(headers.get('content-length') ?? '');
  return Number.isSafeInteger(length) && length > 0 ? length : undefined;
}

/**
 * Reads the body as UTF-8 text chunk by chunk, calling `onChunk` after each
 * (the caller restarts its silence timer there). Falls back to `text()` where
 * the response has no readable stream.
 */
export async function readBody(
  response: Response,
  signal: AbortSignal,
  onChunk: (progress: LoadProgress) => void,
): Promise<string> {
  const total = expectedTotal(response.headers);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const onAbort = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', onAbort);
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let received = 0;
  try {
    for (;;) {
      if (signal.aborted) throw new DOMException('The read was aborted', 'AbortError');
      const { done, value } = await reader.read();
      if (signal.aborted) throw new DOMException('The read was aborted', 'AbortError');
      if (done) break;
      received += value.byteLength;
      parts.push(decoder.decode(value, { stream: true }));
      onChunk({ received, total });
    }
    parts.push(decoder.decode());
    return parts.join('');
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
