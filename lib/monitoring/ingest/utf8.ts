// `ignoreBOM` keeps a value's leading U+FEFF: each decode is its own stream, and the upload's own BOM
// is already stripped by `skipBom`. Not fatal: a stray invalid byte becomes U+FFFD instead of failing.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();
let scratch = new Uint8Array(256);

export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  return decoder.decode(bytes.subarray(start, end));
}

/** `text` as UTF-8 in a shared scratch buffer, valid until the next call. */
export function encodeUtf8(text: string): Uint8Array {
  if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3);
  return scratch.subarray(0, encoder.encodeInto(text, scratch).written);
}

const BOM = [0xef, 0xbb, 0xbf];

/**
 * Wraps `push` to drop a leading UTF-8 byte-order mark, which may itself arrive split across chunks;
 * `flush` hands over the few bytes held back while that was undecided.
 */
export function skipBom(push: (chunk: Uint8Array) => void): { push(chunk: Uint8Array): void; flush(): void } {
  let head: Uint8Array | null = new Uint8Array(0);
  return {
    push(chunk) {
      if (head === null) return push(chunk);
      const joined = new Uint8Array(head.length + chunk.length);
      joined.set(head);
      joined.set(chunk, head.length);
      const checked = Math.min(joined.length, 3);
      let matches = true;
      for (let i = 0; i < checked; i++) if (joined[i] !== BOM[i]) matches = false;
      if (matches && joined.length < 3) {
        head = joined;
        return;
      }
      head = null;
      push(matches ? joined.subarray(3) : joined);
    },
    flush() {
      if (head !== null && head.length > 0) push(head);
      head = null;
    },
  };
}
