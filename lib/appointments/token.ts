// The personal link to reschedule or cancel without an account: 192 random bits in the mail,
// only their SHA-256 in the database, so a database leak does not hand out working links.
import { createHash, randomBytes } from "node:crypto";

export function newManageToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, hash: hashManageToken(token) };
}

export function hashManageToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
