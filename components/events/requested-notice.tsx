// Back on the dossier after requesting the hall or the material for the event: what was made and,
// when its order waits for payment, the way to pay it.
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import type { requestedForDossier } from "@/lib/events/queries/linked";

type Requested = NonNullable<Awaited<ReturnType<typeof requestedForDossier>>>;

export function RequestedForEventNotice({ requested }: { requested: Requested }) {
  const what = requested.kind === "hall" ? "Je zaalreservatie is aangevraagd" : "Je uitlening is aangevraagd";
  const order = requested.order;
  return (
    <Notice tone="success">
      {what} en hoort nu bij dit evenement (zie Zaal en materiaal).
      {order?.status === "PENDING" && (
        <>
          {" "}
          Betaal ze om ze vast te houden:{" "}
          <Link href={`/bestelling/${order.accessToken}`}>bestelling {order.number} bekijken en betalen</Link>
          .
        </>
      )}
      {requested.kind === "hall" && !order && " De dienst kijkt je aanvraag na; je krijgt een e-mail."}
    </Notice>
  );
}
