import type { Metadata } from "next";
import { connection } from "next/server";
import Link from "next/link";
import { BasketView } from "@/components/activities/basket-view";
import { PageHeader } from "@/components/ui/page-header";
import { myBaskets } from "@/lib/activities/queries/mine";
import { requireUser } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Mijn mandje voor activiteiten" };

export default async function MyBasketPage() {
  const actor = await requireUser("/mijn/activiteiten/mandje");
  await connection();
  const baskets = await myBaskets(actor.userId);
  return (
    <>
      <PageHeader
        title="Mijn mandje"
        intro="Zet je kinderen vooraf in je mandje. Bij de opening verstuur je alles met één klik; wat volzet is, komt op de wachtlijst."
      />
      {baskets.length === 0 ? (
        <p>
          Je mandje is leeg. <Link href="/activiteiten">Kies activiteiten</Link>.
        </p>
      ) : (
        baskets.map((b) => <BasketView key={b.opening.id} basket={b} now={new Date()} />)
      )}
    </>
  );
}
