// Where a request's fee stands: nothing to pay, an exemption staff check, paid, or still to pay
// (the resident gets the order page to pay it; staff see the order's number).
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";
import { formatEuro } from "@/lib/be/money";
import { formatDate } from "@/lib/be/time";
import type { FeeOrder } from "@/lib/eloket/queries/fee";

export function FeeStatus({
  feeCents,
  exemption,
  feePaidAt,
  order,
  side,
}: {
  feeCents: number;
  exemption: string | null;
  feePaidAt: Date | null;
  order: FeeOrder;
  side: "resident" | "staff";
}) {
  if (feeCents === 0) return <p>Deze aanvraag is gratis.</p>;
  const fee = formatEuro(feeCents);
  if (feePaidAt)
    return (
      <p>
        Kostprijs {fee}: betaald op {formatDate(feePaidAt)}
        {order && ` (bestelling ${order.number})`}.
      </p>
    );
  if (!order)
    return exemption ? (
      <p>
        Kostprijs {fee}, met een gevraagde vrijstelling ({exemption}).{" "}
        {side === "resident" ? "De dienst kijkt die na." : "Controleer de vrijstelling."}
      </p>
    ) : (
      <p>Kostprijs {fee}: nog niet gevraagd.</p>
    );
  const until = order.expiresAt ? `, uiterlijk op ${formatDate(order.expiresAt)}` : "";
  if (order.status === "PENDING")
    return side === "resident" ? (
      <div>
        <p className="mb-3">
          Kostprijs {fee}: nog te betalen{until}.
        </p>
        <Link href={`/bestelling/${order.accessToken}`} className={buttonClass()}>
          Nu betalen ({fee})
        </Link>
      </div>
    ) : (
      <p>
        Kostprijs {fee}: nog niet betaald (bestelling {order.number}
        {until}).
      </p>
    );
  return (
    <p>
      Kostprijs {fee}: niet betaald; de betaalopdracht{" "}
      {order.status === "REFUNDED" ? "werd terugbetaald" : "is vervallen"}.
    </p>
  );
}
