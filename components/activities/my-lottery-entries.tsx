// Mijn activiteiten: the lotteries the parent entered, per child the choices and the state: entry
// received (until the draw), a place in a period, or the waiting list of the first choice.
import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { MyLotteryEntry } from "@/lib/activities/queries/lottery";
import { formatDateTime } from "@/lib/be/time";
import { formatFriendCode } from "@/lib/activities/friend-code";

function state(e: MyLotteryEntry, c: MyLotteryEntry["children"][number]) {
  if (!e.activity.lotteryDrawnAt)
    return "Je deelname aan de loting is ontvangen; de loting volgt na de sluiting.";
  if (c.placed)
    return `Geloot: plaats in ${c.placed}. Betaal de inschrijving hieronder of via de link in je mail.`;
  if (c.waitingFor) return `Geloot: op de wachtlijst van ${c.waitingFor}.`;
  return "Niet meegeloot (het kind werd uit je gezin verwijderd).";
}

export function MyLotteryEntries({ entries }: { entries: MyLotteryEntry[] }) {
  return (
    <Card title="Lotingen">
      <ul className="space-y-4">
        {entries.map((e) => (
          <li key={e.id}>
            <h3 className="font-semibold">
              <Link href={`/activiteiten/${e.activity.slug}`}>{e.activity.title}</Link>
            </h3>
            <p className="text-slate-700">
              {e.activity.lotteryDrawnAt
                ? `Loting uitgevoerd op ${formatDateTime(e.activity.lotteryDrawnAt)}.`
                : e.activity.lotteryClosesAt
                  ? `Wijzigen kan tot ${formatDateTime(e.activity.lotteryClosesAt)}.`
                  : null}
              {e.keepTogether ? " Broers en zussen samen." : ""}
              {e.friends.length > 0 ? ` Samen met ${e.friends.join(", ")}.` : ""}
            </p>
            {!e.activity.lotteryDrawnAt && (
              <p className="text-slate-700">
                Vriendjescode: <strong className="font-mono">{formatFriendCode(e.friendCode)}</strong>
              </p>
            )}
            <ul className="mt-2 space-y-2">
              {e.children.map((c) => (
                <li key={c.id} className="rounded-md border border-slate-200 p-3">
                  <p className="font-semibold">{c.name}</p>
                  <p>Keuzes: {c.choices.join(", ")}</p>
                  <p>{state(e, c)}</p>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </Card>
  );
}
