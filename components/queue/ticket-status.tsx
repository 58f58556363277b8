"use client";
// The resident's phone: their number, their place in line and an estimate, updating live.
import { Notice } from "@/components/ui/notice";
import type { TicketState } from "@/lib/queue/queries";
import { usePolling } from "./use-polling";

export function TicketStatus({ token, initial }: { token: string; initial: TicketState }) {
  const t = usePolling(`/api/wachtrij/ticket/${token}`, initial, 5000);
  return (
    <div className="space-y-4 text-lg">
      <p className="text-center">
        <span className="block text-base">Je volgnummer</span>
        <span data-testid="ticket-code" className="block font-mono text-7xl font-bold text-brand-800">
          {t.code}
        </span>
        <span className="block">{t.service}</span>
      </p>
      <Notice tone={t.status === "CALLED" ? "success" : "info"} className="text-xl">
        {t.status === "WAITING" &&
          (t.place === 1
            ? "Je bent de volgende. Hou het scherm in de hal in het oog."
            : `Er ${t.place! - 1 === 1 ? "is nog 1 persoon" : `zijn nog ${t.place! - 1} personen`} voor jou. Ongeveer ${t.estimateMinutes} minuten wachten.`)}
        {t.status === "CALLED" && <strong>Je bent aan de beurt: ga naar {t.desk}.</strong>}
        {t.status === "DONE" && "Je bent geholpen. Bedankt voor je bezoek."}
        {t.status === "NO_SHOW" && "Je nummer werd afgeroepen maar je was er niet. Neem een nieuw nummer."}
      </Notice>
      <p className="text-base text-slate-700">Deze pagina werkt zichzelf bij. Je hoeft niet te vernieuwen.</p>
    </div>
  );
}
