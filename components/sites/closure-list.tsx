// Staff's list of upcoming exceptional closures; lifting one asks for confirmation first.
import { ConfirmAction } from "@/components/ui/form/confirm-action";
import { formatDate } from "@/lib/be/time";
import { removeClosureAction } from "@/lib/sites/actions";

type Closure = { id: string; startsOn: Date; endsOn: Date; reason: string; site: { name: string } | null };

export function ClosureList({ closures }: { closures: Closure[] }) {
  if (closures.length === 0) return <p>Geen uitzonderlijke sluitingen gepland.</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {closures.map((c) => {
        const when =
          c.startsOn.getTime() === c.endsOn.getTime()
            ? formatDate(c.startsOn)
            : `${formatDate(c.startsOn)} – ${formatDate(c.endsOn)}`;
        const where = c.site?.name ?? "alle gemeentehuizen";
        return (
          <li key={c.id} className="space-y-2 py-3">
            <p className="break-words">
              <strong>{when}</strong> · {c.reason} · {where}
            </p>
            <ConfirmAction
              action={removeClosureAction}
              fields={{ id: c.id }}
              trigger={
                <>
                  Verwijderen
                  <span className="sr-only">
                    {" "}
                    (sluiting {when} {c.reason})
                  </span>
                </>
              }
              consequence={`De sluiting verdwijnt van de site: ${where} is op ${when} weer open volgens de weekuren en er kunnen weer afspraken geboekt worden.`}
              confirmLabel="Sluiting verwijderen"
            />
          </li>
        );
      })}
    </ul>
  );
}
