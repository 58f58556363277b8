// Printable tickets as a PDF: one A4 page per ticket with its QR code, for buyers who want paper.
import { PDFDocument, rgb, StandardFonts } from "pdf-lib";
import QRCode from "qrcode";
import { formatLongDate, formatTime } from "@/lib/be/time";

type PdfTicket = {
  code: string;
  ticketType: { label: string };
  performance: { title: string; startsAt: Date; venueName: string; venueAddress: string };
};

// The standard PDF fonts only cover WinAnsi; replace what they cannot draw instead of failing.
const winAnsi = (text: string) => text.normalize("NFC").replace(/[^\u0020-\u007e\u00a0-\u00ff€–]/g, "?");

export async function ticketsPdf(
  orderNumber: string,
  buyerName: string,
  tickets: PdfTicket[],
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Tickets bestelling ${orderNumber}`);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  for (const [index, ticket] of tickets.entries()) {
    const page = pdf.addPage([595.28, 841.89]);
    const qr = await pdf.embedPng(
      await QRCode.toBuffer(ticket.code, { errorCorrectionLevel: "M", margin: 1, width: 600 }),
    );
    const p = ticket.performance;
    let y = 780;
    const line = (text: string, size = 14, f = font) => {
      page.drawText(winAnsi(text), { x: 50, y, size, font: f, color: rgb(0.06, 0.09, 0.16) });
      y -= size + 10;
    };
    line(`Ticket ${index + 1} van ${tickets.length} - bestelling ${orderNumber}`, 11);
    line(p.title, 26, bold);
    line(`${formatLongDate(p.startsAt)} om ${formatTime(p.startsAt)}`);
    line(`${p.venueName}, ${p.venueAddress}`);
    line(`${ticket.ticketType.label} - ${buyerName}`, 14, bold);
    page.drawImage(qr, { x: 50, y: y - 300, width: 280, height: 280 });
    y -= 330;
    line(`Code: ${ticket.code}`, 10);
    line("Toon deze QR-code aan de ingang. Elke code geeft één keer toegang.", 11);
  }
  return pdf.save();
}
