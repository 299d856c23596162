import { once } from 'node:events';
import { createGunzip } from 'node:zlib';

/**
 * Gzip decompression for batch input that keeps what a damaged file gave: every byte decompressed before the damage
 * reaches the reader, then the error (a stream's async iterator would drop its buffered data on error and lose the
 * records before it).
 * @module
 */

/** Decompressed chunks held ahead of the reader before decompression pauses (memory stays bounded). */
const READ_AHEAD_CHUNKS = 16;

/**
 * The decompressed bytes of a gzipped stream (all members, as WARC files have one per record).
 * @param chunks - the compressed bytes
 * @returns the decompressed bytes; fails with zlib's error (`unexpected end of file`) after the last good byte
 */
export async function* gunzip(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const inflater = createGunzip();
  const ready: Buffer[] = [];
  let failure: unknown;
  let ended = false;
  let wake: (() => void) | undefined;
  const signal = (): void => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  inflater.on('data', (chunk: Buffer) => {
    ready.push(chunk);
    if (ready.length >= READ_AHEAD_CHUNKS) inflater.pause();
    signal();
  });
  inflater.on('error', (error) => {
    failure ??= error;
    signal();
  });
  inflater.on('end', () => {
    ended = true;
    signal();
  });
  const feed = async (): Promise<void> => {
    try {
      for await (const chunk of chunks) if (!inflater.write(chunk)) await once(inflater, 'drain');
      inflater.end();
    } catch (error) {
      failure ??= error;
      signal();
    }
  };
  void feed();
  try {
    for (;;) {
      const chunk = ready.shift();
      if (chunk !== undefined) {
        if (ready.length < READ_AHEAD_CHUNKS) inflater.resume();
        yield chunk;
      } else if (failure !== undefined) throw failure;
      else if (ended) return;
      else await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    inflater.destroy();
  }
}
