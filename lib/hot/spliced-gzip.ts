/**
 * A gzip body for a cached page whose only varying part is the CSP nonce, without compressing the
 * whole page again per request. The parts between nonces are compressed once, each as independent
 * deflate data ending on a byte boundary (a full flush, not a final block); per request the fresh
 * nonce goes between them as small stored (uncompressed) blocks, then a final empty block and the
 * gzip trailer (CRC-32 and length of the whole page) close the stream. RFC 1951 §3.2.4, RFC 1952.
 */
import zlib from "node:zlib";

const HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff]);
// BFINAL=1, BTYPE=00 (stored), LEN=0, NLEN=0xffff.
const FINAL_EMPTY_BLOCK = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);

export interface SplicedGzip {
  parts: Buffer[];
  compressed: Buffer[];
}

/** `parts` are the page split at every nonce (n nonces, n + 1 parts). */
export function prepareSplicedGzip(parts: Buffer[]): SplicedGzip {
  const compressed = parts.map((part) =>
    zlib.deflateRawSync(part, {
      level: 6,
      finishFlush: zlib.constants.Z_FULL_FLUSH,
    }),
  );
  return { parts, compressed };
}

function storedBlock(data: Buffer): Buffer {
  const block = Buffer.alloc(5 + data.length);
  block[0] = 0x00; // BFINAL=0, BTYPE=00; the stream is byte-aligned after a full flush
  block.writeUInt16LE(data.length, 1);
  block.writeUInt16LE(~data.length & 0xffff, 3);
  data.copy(block, 5);
  return block;
}

/** The chunks of the gzip stream of `parts.join(fill)`. `fill` must be shorter than 64 KiB. */
export function splicedGzip({ parts, compressed }: SplicedGzip, fill: Buffer): Buffer[] {
  const out: Buffer[] = [HEADER];
  const stored = storedBlock(fill);
  let crc = 0;
  let length = 0;
  // zlib's crc32 of an empty buffer can come back as 0 rather than the running value: skip those.
  const add = (data: Buffer) => {
    if (data.length > 0) crc = zlib.crc32(data, crc);
    length += data.length;
  };
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) {
      out.push(stored);
      add(fill);
    }
    out.push(compressed[i]);
    add(parts[i]);
  }
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(length >>> 0, 4);
  out.push(FINAL_EMPTY_BLOCK, trailer);
  return out;
}
