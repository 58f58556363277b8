"use client";
// Staff set the order of a day's route: a place per stop (1 = first); left empty, a stop follows
// the placed ones by postcode and street. Works without JavaScript, like every kit form.
import { Form, NumberField, SubmitButton } from "@/components/ui/form";
import { routeOrderSchema } from "@/lib/lending/schema";
import { routeOrderAction } from "@/lib/lending/staff-actions";

export function RouteOrderForm({
  day,
  route,
  stops,
}: {
  day: string;
  route: "DELIVERY" | "COLLECTION";
  stops: { id: string; who: string; address: string }[];
}) {
  const what = route === "DELIVERY" ? "leveringen" : "ophalingen";
  return (
    <Form action={routeOrderAction} schema={routeOrderSchema} label={`Volgorde van de ${what}`}>
      <input type="hidden" name="day" value={day} />
      <input type="hidden" name="route" value={route} />
      <div className="grid gap-4 sm:grid-cols-2">
        {stops.map((s, i) => (
          <NumberField
            key={s.id}
            name={`positions.${s.id}`}
            label={`Plaats van ${s.who}`}
            hint={s.address}
            optional
            min={1}
            max={999}
            defaultValue={String(i + 1)}
          />
        ))}
      </div>
      <SubmitButton pendingText="Bezig met bewaren…">Volgorde bewaren</SubmitButton>
    </Form>
  );
}
