// The answer to the click at opening, shown in place of a new page: who has a place, who waits,
// and the button to pay the order holding the places (they go to the next in line after the time).
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";
import { formatEuro } from "@/lib/be/money";
import { formatTime } from "@/lib/be/time";
import type { RegisterAnswer as Answer } from "@/lib/activities/register-answer";

export function RegisterAnswer({ answer }: { answer: Answer }) {
  const waiting = answer.lines.some((l) => !l.placed);
  return (
    <div className="space-y-3">
      <p className="font-semibold">
        {answer.order ? "Je inschrijving is binnen." : "Alles is volzet: je kinderen staan op de wachtlijst."}
      </p>
      <ul className="list-disc space-y-1 pl-5">
        {answer.lines.map((l) => (
          <li key={`${l.child}|${l.session}`}>
            {l.child}, {l.session}: {l.placed ? "een plaats" : "op de wachtlijst"}
          </li>
        ))}
      </ul>
      {answer.order && (
        <>
          <p>
            Betaal {formatEuro(answer.order.totalCents)}
            {answer.order.expiresAt && ` vóór ${formatTime(answer.order.expiresAt)}`}; daarna gaan de plaatsen
            naar de volgende op de wachtlijst.
          </p>
          <Link className={buttonClass()} href={`/bestelling/${answer.order.accessToken}`}>
            Betalen
          </Link>
        </>
      )}
      {waiting && (
        <p>
          Komt er een plaats vrij, dan krijg je een e-mail met een aanbod. Je plaats op de wachtlijst staat in{" "}
          <Link href="/mijn/activiteiten">Mijn activiteiten</Link>.
        </p>
      )}
    </div>
  );
}
