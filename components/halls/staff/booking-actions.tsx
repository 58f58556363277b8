// What staff can do with one booking, depending on where it stands: approve or refuse a request,
// settle the deposit after use, cancel for the requester (with the fee stated first).
import { Card } from "@/components/ui/card";
import type { StaffBooking } from "@/lib/halls/queries/staff";
import { CancelBooking } from "../cancel-booking";
import { ApproveForm, DepositForm, RefuseForm } from "./decision-forms";

export function BookingActions({ view }: { view: StaffBooking }) {
  const { booking, fee, cancellable, depositDue } = view;
  return (
    <div className="space-y-6">
      {booking.status === "REQUESTED" && (
        <>
          <Card title="Goedkeuren">
            <ApproveForm bookingId={booking.id} />
          </Card>
          <section id="weigeren">
            <Card title="Weigeren">
              <RefuseForm bookingId={booking.id} />
            </Card>
          </section>
        </>
      )}
      {depositDue && (
        <Card title="Waarborg na het gebruik">
          <DepositForm bookingId={booking.id} depositCents={booking.depositCents} />
        </Card>
      )}
      {cancellable && (
        <Card title="Annuleren">
          <CancelBooking
            byStaff
            bookingId={booking.id}
            terms={{ ...fee, paid: Boolean(booking.paidAt), depositCents: booking.depositCents }}
          />
        </Card>
      )}
    </div>
  );
}
