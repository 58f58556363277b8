// After staff booked: confirmed, and a paper confirmation for who has no e-mail (or wants one).
import { Notice } from "@/components/ui/notice";

export function BookedNotice({ appointment }: { appointment: { id: string; email: string } | null }) {
  if (!appointment) return null;
  return (
    <Notice tone="success" title="De afspraak is geboekt.">
      <p>
        {appointment.email
          ? "De inwoner krijgt de bevestiging per e-mail."
          : "De inwoner heeft geen e-mailadres: geef de bevestiging op papier mee of zeg het tijdstip aan de telefoon."}{" "}
        <a href={`/beheer/onthaal/afspraak/${appointment.id}/bevestiging.pdf`}>Bevestiging afdrukken (pdf)</a>
      </p>
    </Notice>
  );
}
