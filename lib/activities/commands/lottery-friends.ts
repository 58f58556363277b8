// Named friends in a lottery: the entry whose friend code a parent typed, checked before the entry
// is saved. The code must belong to another parent's entry in the same lottery, and the group the
// link makes (every entry linked to it, in either direction) must stay small and share a session,
// or the friends could never be placed together.
import "server-only";
import { randomInt } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { FieldError } from "@/lib/errors";
import { hit } from "@/lib/rate-limit";
import { candidates, type LotteryChild } from "../lottery";
import { activityMessages as m } from "../messages";

// 8 characters from 32 that cannot be misread (no 0/O, 1/I): 40 random bits, far beyond guessing
// through the rate-limited form, and short enough to read out on the phone.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export function newFriendCode(): string {
  return Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

/** The most children a group of friends (and their siblings) can be drawn as. */
export const FRIEND_GROUP_MAX = 6;

/** Saves with a friend code per account: enough for typing errors, too few to try codes. */
export const FRIEND_CODE_LIMIT = { max: 20, windowSeconds: 3600 };

export async function friendEntryFor(
  db: Db,
  input: { activityId: string; friendCode: string | null; userId: string; children: LotteryChild[] },
): Promise<string | null> {
  if (!input.friendCode) return null;
  if (!(await hit(db, `lottery-friend-code:${input.userId}`, FRIEND_CODE_LIMIT)))
    throw new FieldError("friendCode", m.friendCodeTooMany);
  const entries = await db.lotteryEntry.findMany({
    where: { activityId: input.activityId },
    select: {
      id: true,
      userId: true,
      friendCode: true,
      friendEntryId: true,
      children: { select: { id: true, choices: true } },
    },
  });
  const friend = entries.find((e) => e.friendCode === input.friendCode);
  if (!friend) throw new FieldError("friendCode", m.friendCodeUnknown, "NOT_FOUND");
  if (friend.userId === input.userId) throw new FieldError("friendCode", m.friendCodeOwn);
  const own = entries.find((e) => e.userId === input.userId);
  // The group after saving: this entry (with its new children) linked to the friend's.
  const others = entries.filter((e) => e.userId !== input.userId);
  const links = [
    ...others.flatMap((e) => (e.friendEntryId ? [[e.id, e.friendEntryId] as const] : [])),
    ["self", friend.id] as const,
  ].map(([a, b]) => [a === own?.id ? "self" : a, b === own?.id ? "self" : b] as const);
  const group = new Set(["self"]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [a, b] of links)
      if (group.has(a) !== group.has(b)) {
        group.add(group.has(a) ? b : a);
        grew = true;
      }
  }
  const children = [...input.children, ...others.filter((e) => group.has(e.id)).flatMap((e) => e.children)];
  if (children.length > FRIEND_GROUP_MAX)
    throw new FieldError("friendCode", m.friendGroupTooBig(FRIEND_GROUP_MAX));
  if (candidates({ id: "group", children }).length === 0)
    throw new FieldError("friendCode", m.friendNothingShared);
  return friend.id;
}
