// The route to print for the technical service: one numbered stop per loan in route order, with
// window, address, who and their phone, and the material with quantities. Plain list, no table,
// so it reads on paper and on a 320 px phone alike.
import { formatDateKey } from "@/lib/be/calendar-date";
import type { Route, RouteStopView } from "@/lib/lending/queries/route";
import { ROUTE_TEXT, stopWho, stopWindow } from "./route-section";

export function PrintedRoute({ day, route, stops }: { day: string; route: Route; stops: RouteStopView[] }) {
  const text = ROUTE_TEXT[route];
  return (
    <article className="space-y-4">
      <h1 className="text-3xl font-bold">
        {text.title} op {formatDateKey(day)}
      </h1>
      <p className="print:hidden">Druk deze pagina af (Ctrl+P) en neem ze mee op de ronde.</p>
      {stops.length === 0 ? (
        <p>{text.empty}</p>
      ) : (
        <ol className="space-y-4">
          {stops.map((s, i) => (
            <li key={s.id} className="break-inside-avoid border-b border-slate-400 pb-3">
              <h2 className="text-xl font-bold">
                {i + 1}. {s.address ?? "Adres verwijderd"}
              </h2>
              <p>
                {stopWindow(s)} · {stopWho(s)}
                {s.phone ? ` · tel. ${s.phone}` : ""}
              </p>
              <ul className="list-disc pl-5">
                {s.lines.map((l) => (
                  <li key={l.id}>
                    {l.quantity} × {l.item.name.toLowerCase()}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
