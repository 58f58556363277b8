// Random ids and tokens for the busiest write paths (an order and its holds take six per buyer).
// Bytes come from node:crypto's CSPRNG like randomBytes(n), but are drawn from a pool filled
// 4 KiB at a time: one call into the CSPRNG for dozens of orders instead of six per order, which
// showed in the hold benchmark's profile. Every byte is handed out once, never reused.
import { randomFillSync } from "node:crypto";

const POOL_SIZE = 4096;
const pool = Buffer.alloc(POOL_SIZE);
let offset = POOL_SIZE;

/** `size` fresh random bytes (at most the pool's size). */
function take(size: number): Buffer {
  if (size > POOL_SIZE) throw new RangeError("random: te veel bytes in één keer");
  if (offset + size > POOL_SIZE) {
    randomFillSync(pool);
    offset = 0;
  }
  const bytes = pool.subarray(offset, offset + size);
  offset += size;
  return bytes;
}

/** `size` random bytes as hex (2 × size characters), e.g. the 12 bytes behind an order id. */
export function randomHex(size: number): string {
  return take(size).toString("hex");
}

/** `size` random bytes as base64url, e.g. a 24-byte access token. */
export function randomBase64url(size: number): string {
  return take(size).toString("base64url");
}
