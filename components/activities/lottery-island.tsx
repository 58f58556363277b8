// Per visitor, for an activity in lottery mode: during the window a signed-in parent with children
// gets the entry form (filled with their entry); before or after it, a sentence saying so. At the
// desk (residentId) the same for the parent found there.
import Link from "next/link";
import { getActor } from "@/lib/auth/actor";
import { myChildren } from "@/lib/activities/queries/mine";
import { myLotteryEntry } from "@/lib/activities/queries/lottery";
import { formatDateTime } from "@/lib/be/time";
import { formatFriendCode } from "@/lib/activities/friend-code";
import { LotteryEntryForm } from "./lottery-entry-form";
import { SignInToRegister } from "./sign-in-to-register";

type Lottery = {
  id: string;
  slug: string;
  lotteryOpensAt: Date | null;
  lotteryClosesAt: Date | null;
  lotteryDrawnAt: Date | null;
  sessions: { id: string; label: string }[];
};

export async function LotteryIsland({ a, now, residentId }: { a: Lottery; now: Date; residentId?: string }) {
  const userId = residentId ?? (await getActor())?.userId;
  if (!userId) return <SignInToRegister slug={a.slug} />;
  if (a.lotteryDrawnAt || !a.lotteryClosesAt || now >= a.lotteryClosesAt)
    return residentId ? (
      <p>De termijn voor de loting is voorbij.</p>
    ) : (
      <p>
        De termijn voor de loting is voorbij. Wat je kinderen kregen, zie je in{" "}
        <Link href="/mijn/activiteiten">Mijn activiteiten</Link>.
      </p>
    );
  if (!a.lotteryOpensAt || now < a.lotteryOpensAt)
    return <p>Voorkeuren opgeven kan vanaf {formatDateTime(a.lotteryOpensAt ?? a.lotteryClosesAt)}.</p>;
  const [children, entry] = await Promise.all([myChildren(userId), myLotteryEntry(userId, a.id)]);
  if (children.length === 0)
    return (
      <p>
        Voeg eerst je kinderen toe bij <Link href="/mijn/gezin">Mijn gezin</Link>.
      </p>
    );
  const ranks = ["first", "second", "third"];
  const values = {
    together: entry?.keepTogether ? "on" : undefined,
    friendCode: entry?.friendEntry ? formatFriendCode(entry.friendEntry.friendCode) : "",
    children: Object.fromEntries(
      (entry?.children ?? []).flatMap((c) =>
        c.memberId ? [[c.memberId, Object.fromEntries(c.choices.map((s, i) => [ranks[i]!, s]))]] : [],
      ),
    ),
  };
  return (
    <LotteryEntryForm
      activityId={a.id}
      sessions={a.sessions.map((s) => ({ id: s.id, label: s.label }))}
      kids={children.map((c) => ({ id: c.id, firstName: c.firstName }))}
      values={values}
      entered={Boolean(entry)}
      ownCode={entry ? formatFriendCode(entry.friendCode) : null}
      residentId={residentId}
    />
  );
}
