import type { Metadata } from "next";
import { notFound } from "@/lib/http/page-interrupts";
import { OrderLines } from "@/components/payments/order-lines";
import { ConfirmFreeOrderButton } from "@/components/payments/order-actions";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { kindOfOrder } from "@/lib/payments/item-kinds";
import { getOrderByToken } from "@/lib/payments/queries";

// Reached by its token only: rendered per request (a blocking route), never a shared shell.
export const instant = false;

export const metadata: Metadata = {
  title: "Bestelling bevestigen",
  robots: { index: false },
  referrer: "no-referrer",
};

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ code?: string }> };

/**
 * Where the confirmation mail of a free order leads. Opening it changes nothing (mail scanners
 * open links); the button posts the code, and the action checks it.
 */
export default async function ConfirmOrderPage({ params, searchParams }: Props) {
  const [{ token }, { code }] = await Promise.all([params, searchParams]);
  const order = await getOrderByToken(token);
  if (!order || typeof code !== "string") notFound();
  return (
    <>
      <PageHeader
        title={`Bestelling ${order.number} bevestigen`}
        intro="Bevestig je gratis bestelling. Pas daarna is ze definitief."
      />
      <div className="max-w-xl space-y-6">
        <Card title="Overzicht">
          <OrderLines
            lines={order.lines}
            totalCents={order.totalCents}
            lineLabel={kindOfOrder(order.lines).lineLabel}
          />
        </Card>
        <ConfirmFreeOrderButton token={token} code={code} />
      </div>
    </>
  );
}
