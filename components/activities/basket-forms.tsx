"use client";
// The basket's buttons: remove a line, take a place in the waiting room, send the basket. With a
// `residentId` they are the leisure desk's: the same commands for that resident (staff actions).
import type { ReactNode } from "react";
import type { z } from "zod";
import { Form, type FormAction, SubmitButton } from "@/components/ui/form";
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
import { RegisterAnswer } from "./register-answer";

type Variant<T> = { action: FormAction<T>; schema: z.ZodType };

/** One button posting one id, as the parent or (with residentId) as the desk for that resident. */
function OneButton<T>({
  own,
  desk,
  residentId,
  field,
  label,
  children,
}: {
  own: Variant<T>;
  desk: Variant<T>;
  residentId?: string;
  field: [string, string];
  label: string;
  children: ReactNode;
}) {
  const { action, schema } = residentId ? desk : own;
  return (
    <Form action={action} schema={schema} label={label}>
      {residentId && <input type="hidden" name="residentId" value={residentId} />}
      <input type="hidden" name={field[0]} value={field[1]} />
      {children}
    </Form>
  );
}

export function BasketLineRemove({ lineId, residentId }: { lineId: string; residentId?: string }) {
  return (
    <OneButton
      own={{ action: removeMyBasketLine, schema: basketLineIdSchema }}
      desk={{ action: removeBasketLineForResident, schema: deskBasketLineIdSchema }}
      residentId={residentId}
      field={["lineId", lineId]}
      label="Uit mandje halen"
    >
      <SubmitButton kind="secondary">Uit mandje</SubmitButton>
    </OneButton>
  );
}

export function JoinWaitingRoom({ openingId, residentId }: { openingId: string; residentId?: string }) {
  return (
    <OneButton
      own={{ action: joinMyWaitingRoom, schema: openingSchema }}
      desk={{ action: joinWaitingRoomForResident, schema: deskOpeningSchema }}
      residentId={residentId}
      field={["openingId", openingId]}
      label="Plaats nemen in de wachtzaal"
    >
      <SubmitButton>Plaats nemen in de wachtzaal</SubmitButton>
    </OneButton>
  );
}

export function SendBasket({ openingId, residentId }: { openingId: string; residentId?: string }) {
  const button = <SubmitButton pendingText="We schrijven in…">Nu inschrijven</SubmitButton>;
  // The desk's action opens the order or the resident's page.
  if (residentId)
    return (
      <Form action={registerBasketForResident} schema={deskOpeningSchema} label="Mandje versturen">
        <input type="hidden" name="residentId" value={residentId} />
        <input type="hidden" name="openingId" value={openingId} />
        {button}
      </Form>
    );
  // The parent's answer comes back in place: who has a place, and the order to pay.
  return (
    <Form
      action={registerMyBasket}
      schema={openingSchema}
      label="Mandje versturen"
      success={(answer) => <RegisterAnswer answer={answer} />}
      once
    >
      <input type="hidden" name="openingId" value={openingId} />
      {button}
    </Form>
  );
}
