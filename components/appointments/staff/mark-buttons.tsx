"use client";
// What happened to an appointment at the desk, in one small form: the button pressed is the status.
import { Form, SubmitButton } from "@/components/ui/form";
import type { AppointmentStatus } from "@/generated/prisma/enums";
import { markAction } from "@/lib/appointments/staff-actions";
import { markSchema } from "@/lib/appointments/staff-schema";

const BUTTONS = [
  { status: "ARRIVED", label: "Aangekomen", from: ["BOOKED"] },
  { status: "SERVED", label: "Geholpen", from: ["BOOKED", "ARRIVED"] },
  { status: "NO_SHOW", label: "Niet gekomen", from: ["BOOKED"] },
] as const;

export function MarkButtons({ id, name, status }: { id: string; name: string; status: AppointmentStatus }) {
  const buttons = BUTTONS.filter((b) => (b.from as readonly string[]).includes(status));
  if (buttons.length === 0) return null;
  return (
    <Form
      action={markAction}
      schema={markSchema}
      label={`Afspraak van ${name} bijwerken`}
      className="flex flex-wrap gap-2"
    >
      <input type="hidden" name="id" value={id} />
      {buttons.map((b) => (
        <SubmitButton key={b.status} kind="secondary" name="status" value={b.status}>
          {b.label}
        </SubmitButton>
      ))}
    </Form>
  );
}
