// The basket of one opening: every line priced as it will be at the click (tariff basis, week
// price, sibling discount, social tariff), removable; then the step that fits the moment: wait
// for the waiting room, take a place in it, or follow it.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";
import { formatEuro } from "@/lib/be/money";
import { formatDateTime } from "@/lib/be/time";
import type { myBaskets } from "@/lib/activities/queries/mine";
import { BasketLineRemove, JoinWaitingRoom } from "./basket-forms";

type Basket = Awaited<ReturnType<typeof myBaskets>>[number];

export function BasketView({ basket, now, residentId }: { basket: Basket; now: Date; residentId?: string }) {
  const { opening, lines, priced } = basket;
  const doorOpens = new Date(opening.opensAt.getTime() - opening.waitingRoomMinutes * 60_000);
  const total = priced?.reduce((sum, p) => sum + p.price.unitCents, 0) ?? null;
  return (
    <section className="mb-8 rounded-lg border border-slate-300 bg-white p-5 shadow-sm">
      <h2 className="mb-1 text-xl font-semibold">{opening.label}</h2>
      <p className="mb-4">Inschrijven vanaf {formatDateTime(opening.opensAt)}</p>
      <ul className="mb-4 divide-y divide-slate-200">
        {lines.map((l, i) => (
          <li key={l.id} className="flex flex-wrap items-start justify-between gap-2 py-3">
            <span>
              <strong>{l.member.firstName}</strong>: {l.session.activity.title}, {l.session.label}
              {priced && (
                <>
                  <br />
                  {formatEuro(priced[i]!.price.unitCents)} ({priced[i]!.label})
                </>
              )}
            </span>
            <BasketLineRemove lineId={l.id} residentId={residentId} />
          </li>
        ))}
      </ul>
      {total !== null && (
        <p className="mb-2 font-semibold">Totaal als alle plaatsen vrij zijn: {formatEuro(total)}</p>
      )}
      {!basket.verified && (
        <p className="mb-4 text-sm">
          Je betaalt het tarief voor niet-inwoners tot de dienst vrije tijd bevestigt dat je in Wingene woont.
        </p>
      )}
      {now >= opening.closesAt ? (
        <p>De inschrijvingen zijn afgesloten.</p>
      ) : now < doorOpens ? (
        <p>
          De wachtzaal gaat open om {formatDateTime(doorOpens)}. Wie er vóór de opening is, krijgt een
          willekeurige plaats in de rij: vroeger komen helpt niet, meerdere toestellen ook niet.
        </p>
      ) : (
        <div className="flex flex-wrap gap-3">
          <JoinWaitingRoom openingId={opening.id} residentId={residentId} />
          {!residentId && (
            <Link className={buttonClass("secondary")} href={`/mijn/activiteiten/wachtzaal/${opening.id}`}>
              Mijn plaats in de wachtzaal
            </Link>
          )}
        </div>
      )}
    </section>
  );
}
