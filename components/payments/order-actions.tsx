"use client";
import { ActionForm } from "@/components/ui/action-form";
import { buttonClass } from "@/components/ui/button-class";
import { SubmitButton } from "@/components/ui/submit-button";
import { cancelReservation, payByTransfer } from "@/lib/tickets/actions";

export function PayByTransferButton({ token }: { token: string }) {
  return (
    <ActionForm action={payByTransfer} label="Betalen met overschrijving" className="space-y-2">
      <input type="hidden" name="token" value={token} />
      <SubmitButton>Betalen met overschrijving</SubmitButton>
    </ActionForm>
  );
}

export function CancelReservationButton({ token }: { token: string }) {
  return (
    <ActionForm action={cancelReservation} label="Reservatie annuleren" className="space-y-2">
      <input type="hidden" name="token" value={token} />
      <button type="submit" className={buttonClass("secondary")}>
        Reservatie annuleren
      </button>
    </ActionForm>
  );
}
