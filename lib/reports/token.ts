// Status-page tokens: 160 random bits in the link, only their SHA-256 in the database, so a
// leaked database does not open anyone's status page.
import { createHash, randomBytes } from "node:crypto";

export function newStatusToken(): { token: string; hash: string } {
  const token = randomBytes(20).toString("base64url");
  return { token, hash: hashStatusToken(token) };
}

export function hashStatusToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Cheap shape check before touching the database: 27 base64url characters. */
export function looksLikeStatusToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{27}$/.test(token);
}
