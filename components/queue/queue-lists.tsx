// The desk's view of today's queue: the tickets called now (with what happened to them) and
// everyone still waiting.
import type { ReactNode } from "react";
import { formatTime } from "@/lib/be/time";
import { CalledTicketButtons } from "./desk-forms";

type Ticket = {
  id: string;
  code: string;
  status: string;
  createdAt: Date;
  queueService: { name: string };
  desk: { name: string } | null;
};

export function CalledTickets({ tickets }: { tickets: Ticket[] }) {
  const called = tickets.filter((t) => t.status === "CALLED");
  if (called.length === 0) return null;
  return (
    <section aria-labelledby="nu-opgeroepen" className="mt-6">
      <h3 id="nu-opgeroepen" className="text-lg font-semibold">
        Nu opgeroepen
      </h3>
      <ul className="divide-y divide-slate-200">
        {called.map((t) => (
          <li key={t.id} className="py-2">
            <span className="font-mono text-lg font-bold">{t.code}</span> naar {t.desk?.name}
            <CalledTicketButtons id={t.id} code={t.code} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function TodaysQueue({ tickets, empty }: { tickets: Ticket[]; empty: ReactNode }) {
  if (tickets.length === 0) return <p>{empty}</p>;
  return (
    <ol aria-label="Wachtenden en opgeroepen nummers" className="divide-y divide-slate-200">
      {tickets.map((t) => (
        <li key={t.id} className="py-2">
          <span className="font-mono text-lg font-bold">{t.code}</span> {t.queueService.name}
          <span className="block text-sm text-slate-700">
            sinds {formatTime(t.createdAt)} · {t.desk ? `opgeroepen naar ${t.desk.name}` : "wacht"}
          </span>
        </li>
      ))}
    </ol>
  );
}
