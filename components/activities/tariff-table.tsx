// An activity's tariffs as data: per basis (verified resident or not), day and week price, the
// sibling discount and the cancellation terms.
import { formatEuro } from "@/lib/be/money";
import type { CatalogueActivity } from "@/lib/activities/queries/catalogue";

export function TariffTable({ activity: a }: { activity: CatalogueActivity }) {
  return (
    <>
      <ul className="space-y-1">
        {a.tariffs.map((t) => (
          <li key={t.id}>
            <strong>{t.label}</strong>: {formatEuro(t.dayCents)} per dag
            {t.weekCents !== null && <>, {formatEuro(t.weekCents)} voor een week van vijf dagen</>}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm">
        Het inwonerstarief geldt wanneer de dienst vrije tijd bevestigde dat je in Wingene woont; tot dan
        betaal je het andere tarief.
        {a.siblingDiscountPercent > 0 &&
          ` Broers en zussen: ${a.siblingDiscountPercent}% korting vanaf het tweede kind.`}{" "}
        Annuleren kan tot {a.cancelDays} dagen voor de start
        {a.cancelFeeCents > 0 ? `, met ${formatEuro(a.cancelFeeCents)} annuleringskosten` : ", gratis"}.
      </p>
    </>
  );
}
