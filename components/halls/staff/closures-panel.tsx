// A hall's coming closures, each to lift (after a confirmation), and the form to close it again.
import { Card } from "@/components/ui/card";
import { formatDate, formatTime } from "@/lib/be/time";
import { ClosureForm, LiftClosure } from "./closure-forms";

type Closure = { id: string; startsAt: Date; endsAt: Date; reason: string };

const when = (d: Date) => `${formatDate(d)} ${formatTime(d)}`;

export function ClosuresPanel({ hallId, closures }: { hallId: string; closures: Closure[] }) {
  return (
    <Card title="Sluitingen">
      <p className="mb-4">
        Een gesloten zaal staat als &quot;Gesloten&quot; op de kalender en kan niet gereserveerd worden.
        Liggen er actieve reservaties of aanvragen in de periode, dan weigert de sluiting en zie je welke.
      </p>
      {closures.length === 0 ? (
        <p className="mb-4">Geen komende sluitingen.</p>
      ) : (
        <ul className="mb-6 space-y-3">
          {closures.map((c) => (
            <li key={c.id} className="space-y-2 rounded border border-slate-300 p-3">
              <p>
                <strong>
                  {when(c.startsAt)} tot {when(c.endsAt)}
                </strong>
                : {c.reason}
              </p>
              <LiftClosure closureId={c.id} label={`Sluiting van ${formatDate(c.startsAt)} opheffen`} />
            </li>
          ))}
        </ul>
      )}
      <ClosureForm hallId={hallId} />
    </Card>
  );
}
