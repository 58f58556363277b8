// A desk's staffed windows, each removable after a confirmation, and the form to add one.
import { Card } from "@/components/ui/card";
import { ConfirmAction } from "@/components/ui/form/confirm-action";
import { removeAvailabilityAction } from "@/lib/appointments/admin-actions";
import { formatMinutes } from "@/lib/be/time";
import { WEEKDAYS } from "@/lib/sites/labels";
import { AvailabilityForm } from "./availability-form";

type Desk = {
  id: string;
  name: string;
  availability: { id: string; weekday: number; startsAt: number; endsAt: number }[];
};

export function DeskAvailability({ desk }: { desk: Desk }) {
  return (
    <Card title={desk.name} as="h3">
      {desk.availability.length === 0 ? (
        <p className="mb-3">Bemand tijdens alle openingsuren.</p>
      ) : (
        <ul className="mb-3 space-y-2">
          {desk.availability.map((a) => {
            const window = `${WEEKDAYS[a.weekday - 1]} ${formatMinutes(a.startsAt)}–${formatMinutes(a.endsAt)}`;
            return (
              <li key={a.id} className="space-y-1">
                <span>{window}</span>
                <ConfirmAction
                  action={removeAvailabilityAction}
                  fields={{ id: a.id }}
                  trigger={
                    <>
                      Verwijderen
                      <span className="sr-only">
                        {" "}
                        ({window} van {desk.name})
                      </span>
                    </>
                  }
                  consequence={
                    desk.availability.length === 1
                      ? `${desk.name} is dan weer bemand tijdens alle openingsuren. Geboekte afspraken blijven staan.`
                      : `Op ${window} worden geen nieuwe afspraken meer aangeboden op ${desk.name}. Geboekte afspraken blijven staan.`
                  }
                  confirmLabel="Blok verwijderen"
                />
              </li>
            );
          })}
        </ul>
      )}
      <AvailabilityForm deskId={desk.id} deskName={desk.name} />
    </Card>
  );
}
