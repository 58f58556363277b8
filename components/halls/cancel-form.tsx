"use client";
// Cancelling with the fee already shown next to the button.
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { cancelMyBooking } from "@/lib/halls/actions";

export function CancelForm({ bookingId, feeText }: { bookingId: string; feeText: string }) {
  return (
    <ActionForm action={cancelMyBooking} label="Reservatie annuleren">
      <input type="hidden" name="bookingId" value={bookingId} />
      <p>{feeText}</p>
      <SubmitButton kind="danger" pendingText="Bezig met annuleren…">
        Reservatie annuleren
      </SubmitButton>
    </ActionForm>
  );
}
