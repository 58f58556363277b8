"use client";
// The basket's buttons: remove a line, take a place in the waiting room, send the basket. With a
// `residentId` they are the leisure desk's: the same commands for that resident (staff actions).
import { Form, SubmitButton } from "@/components/ui/form";
import { joinMyWaitingRoom, registerMyBasket, removeMyBasketLine } from "@/lib/activities/actions";
import {
  basketLineIdSchema,
  deskBasketLineIdSchema,
  deskOpeningSchema,
  openingSchema,
} from "@/lib/activities/schema";
import {
  joinWaitingRoomForResident,
  registerBasketForResident,
  removeBasketLineForResident,
} from "@/lib/activities/staff-actions";

const Resident = ({ id }: { id?: string }) =>
  id ? <input type="hidden" name="residentId" value={id} /> : null;

export function BasketLineRemove({ lineId, residentId }: { lineId: string; residentId?: string }) {
  return (
    <Form
      action={residentId ? removeBasketLineForResident : removeMyBasketLine}
      schema={residentId ? deskBasketLineIdSchema : basketLineIdSchema}
      label="Uit mandje halen"
    >
      <Resident id={residentId} />
      <input type="hidden" name="lineId" value={lineId} />
      <SubmitButton kind="secondary">Uit mandje</SubmitButton>
    </Form>
  );
}

export function JoinWaitingRoom({ openingId, residentId }: { openingId: string; residentId?: string }) {
  return (
    <Form
      action={residentId ? joinWaitingRoomForResident : joinMyWaitingRoom}
      schema={residentId ? deskOpeningSchema : openingSchema}
      label="Plaats nemen in de wachtzaal"
    >
      <Resident id={residentId} />
      <input type="hidden" name="openingId" value={openingId} />
      <SubmitButton>Plaats nemen in de wachtzaal</SubmitButton>
    </Form>
  );
}

export function SendBasket({ openingId, residentId }: { openingId: string; residentId?: string }) {
  return (
    <Form
      action={residentId ? registerBasketForResident : registerMyBasket}
      schema={residentId ? deskOpeningSchema : openingSchema}
      label="Mandje versturen"
    >
      <Resident id={residentId} />
      <input type="hidden" name="openingId" value={openingId} />
      <SubmitButton pendingText="We schrijven in…">Nu inschrijven</SubmitButton>
    </Form>
  );
}
