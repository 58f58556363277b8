// What an offer link shows: the registration behind the token (only its hash is stored), or null.
import "server-only";
import { db } from "@/lib/db";
import { offerByToken } from "../commands/offers";

export async function offerForLink(token: string) {
  if (token.length > 80) return null;
  return offerByToken(db, token);
}
