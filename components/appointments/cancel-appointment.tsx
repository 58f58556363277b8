// Cancelling an appointment in two steps (the first click says what happens, the second cancels),
// also without JavaScript: through the personal link, from Mijn afspraken, or by staff.
import { ConfirmAction } from "@/components/ui/form/confirm-action";
import { cancelAction, cancelMineAction } from "@/lib/appointments/actions";
import { markAction } from "@/lib/appointments/staff-actions";
import { formatLongDate, formatTime } from "@/lib/be/time";

type By =
  { by: "link"; token: string } | { by: "mine"; id: string } | { by: "staff"; id: string; email: string };

export function CancelAppointment({ when, ...who }: By & { when: Date }) {
  const moment = `${formatLongDate(when)} om ${formatTime(when)}`;
  const common = {
    trigger: "Afspraak annuleren",
    confirmLabel: "Ja, annuleer de afspraak",
    cancelLabel: "Niet annuleren",
  };
  if (who.by === "staff")
    return (
      <ConfirmAction
        {...common}
        action={markAction}
        fields={{ id: who.id, status: "CANCELLED" }}
        consequence={`De afspraak van ${moment} vervalt en het moment komt vrij. ${
          who.email
            ? "De inwoner krijgt een e-mail dat de afspraak geannuleerd is."
            : "De inwoner heeft geen e-mailadres: laat het hem of haar weten."
        }`}
      />
    );
  const consequence = `Je afspraak van ${moment} vervalt en het moment komt vrij voor iemand anders. Je krijgt een bevestiging per e-mail. Dit kan je niet ongedaan maken; je kan wel een nieuwe afspraak maken.`;
  return who.by === "link" ? (
    <ConfirmAction
      {...common}
      action={cancelAction}
      fields={{ token: who.token }}
      consequence={consequence}
    />
  ) : (
    <ConfirmAction {...common} action={cancelMineAction} fields={{ id: who.id }} consequence={consequence} />
  );
}
