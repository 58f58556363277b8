// Per visitor, for an activity in lottery mode: during the window a signed-in parent with children
// gets the entry form (filled with their entry); before or after it, a sentence saying so.
import Link from "next/link";
import { getActor } from "@/lib/auth/actor";
import { myChildren } from "@/lib/activities/queries/mine";
import { myLotteryEntry } from "@/lib/activities/queries/lottery";
import { formatDateTime } from "@/lib/be/time";
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

export async function LotteryIsland({ a, now }: { a: Lottery; now: Date }) {
  const actor = await getActor();
  if (!actor) return <SignInToRegister slug={a.slug} />;
  if (a.lotteryDrawnAt || !a.lotteryClosesAt || now >= a.lotteryClosesAt)
    return (
      <p>
        De termijn voor de loting is voorbij. Wat je kinderen kregen, zie je in{" "}
        <Link href="/mijn/activiteiten">Mijn activiteiten</Link>.
      </p>
    );
  if (!a.lotteryOpensAt || now < a.lotteryOpensAt)
    return <p>Voorkeuren opgeven kan vanaf {formatDateTime(a.lotteryOpensAt ?? a.lotteryClosesAt)}.</p>;
  const [children, entry] = await Promise.all([myChildren(actor.userId), myLotteryEntry(actor.userId, a.id)]);
  if (children.length === 0)
    return (
      <p>
        Voeg eerst je kinderen toe bij <Link href="/mijn/gezin">Mijn gezin</Link>.
      </p>
    );
  const ranks = ["first", "second", "third"];
  const values = {
    together: entry?.keepTogether ? "on" : undefined,
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
    />
  );
}
