// One e-ticket: the QR code (server-rendered SVG) and what the door staff and the holder need.
import QRCode from "qrcode";
import { formatLongDate, formatTime } from "@/lib/be/time";

export type TicketView = {
  code: string;
  status: string;
  admittedAt: Date | null;
  ticketType: { label: string };
  performance: { title: string; startsAt: Date; venueName: string; venueAddress: string };
};

export async function TicketCard({
  ticket,
  index,
  count,
}: {
  ticket: TicketView;
  index: number;
  count: number;
}) {
  const svg = await QRCode.toString(ticket.code, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  const p = ticket.performance;
  return (
    <li className="break-inside-avoid rounded-lg border-2 border-slate-900 p-4 print:mb-6">
      <div className="flex flex-wrap items-start gap-4">
        <div
          role="img"
          aria-label={`QR-code van ticket ${index} van ${count}`}
          className="h-40 w-40 shrink-0"
          dangerouslySetInnerHTML={{ __html: svg }}
        />
        <div className="min-w-0 space-y-1">
          <p className="text-sm text-slate-700">
            Ticket {index} van {count}
          </p>
          <h3 className="text-xl font-bold">{p.title}</h3>
          <p>
            {formatLongDate(p.startsAt)} om {formatTime(p.startsAt)}
          </p>
          <p>
            {p.venueName}, {p.venueAddress}
          </p>
          <p className="font-semibold">{ticket.ticketType.label}</p>
          <p className="break-all font-mono text-sm">Code: {ticket.code}</p>
          {ticket.status === "CANCELLED" && <p className="font-bold text-red-800">Geannuleerd</p>}
        </div>
      </div>
    </li>
  );
}
