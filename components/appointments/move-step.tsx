// Moving an appointment: the slot picker, and once a moment is chosen, the old and the new moment
// side by side with one button.
import { ChosenMoment } from "@/components/appointments/chosen-moment";
import { MoveForm } from "@/components/appointments/move-form";
import { PickerNotice } from "@/components/appointments/picker-notice";
import { type PickerHref, SlotPicker } from "@/components/appointments/slot-picker";
import type { SlotPicker as Picker } from "@/lib/appointments/slot-picker";

type Appointment = {
  startsAt: Date;
  service: { name: string; whatToBring: string; capacityPerSlot: number };
  site: { name: string; street: string; postcode: string; city: string };
};

export function MoveStep({
  appointment,
  picker,
  href,
  by,
  reference,
  note,
}: {
  appointment: Appointment;
  picker: Picker;
  href: PickerHref;
  by: "link" | "mine" | "staff";
  reference: string;
  /** What happens besides the move (a new link by mail). */
  note?: string;
}) {
  if (picker.chosen)
    return (
      <div id="bevestigen" className="space-y-4">
        <ChosenMoment
          slot={picker.chosen}
          service={appointment.service}
          site={appointment.site}
          previous={appointment.startsAt}
          changeHref={href({ dag: picker.chosen.dateKey })}
        />
        {note && <p>{note}</p>}
        <MoveForm
          by={by}
          reference={reference}
          startsAt={picker.chosen.startsAt.toISOString()}
          submit={by === "staff" ? "Verplaatsen" : undefined}
        />
      </div>
    );
  return (
    <>
      <PickerNotice unavailable={picker.unavailable} />
      <SlotPicker picker={picker} href={href} group={appointment.service.capacityPerSlot > 1} />
    </>
  );
}
