"use client";
// Moving an appointment to the chosen moment: through the personal link (the token), from Mijn
// afspraken (the id; the command checks it is the resident's own) or by staff.
import { Form, SubmitButton } from "@/components/ui/form";
import { moveMineAction, rescheduleAction } from "@/lib/appointments/actions";
import { moveMineSchema, rescheduleSchema } from "@/lib/appointments/schema";
import { staffMoveAction } from "@/lib/appointments/staff-actions";
import { staffMoveSchema } from "@/lib/appointments/staff-schema";

const MOVES = {
  link: { action: rescheduleAction, schema: rescheduleSchema, field: "token" },
  mine: { action: moveMineAction, schema: moveMineSchema, field: "id" },
  staff: { action: staffMoveAction, schema: staffMoveSchema, field: "id" },
} as const;

export function MoveForm({
  by,
  reference,
  startsAt,
  submit = "Naar dit tijdstip verplaatsen",
}: {
  by: keyof typeof MOVES;
  /** The personal link's token (`link`) or the appointment's id. */
  reference: string;
  startsAt: string;
  submit?: string;
}) {
  const move = MOVES[by];
  return (
    <Form action={move.action} schema={move.schema} label="Afspraak verplaatsen">
      <input type="hidden" name={move.field} value={reference} />
      <input type="hidden" name="startsAt" value={startsAt} />
      <SubmitButton pendingText="Afspraak wordt verplaatst…">{submit}</SubmitButton>
    </Form>
  );
}
