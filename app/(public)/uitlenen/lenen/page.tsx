import type { Metadata } from "next";
import { BasketCard } from "@/components/lending/basket-card";
import { LendingPageBody } from "@/components/lending/lending-page-body";
import { lendingCatalogue } from "@/lib/lending/queries/catalogue";

export const metadata: Metadata = { title: "Materiaal lenen" };

// /uitlenen for a visitor with a session cookie (a rewrite, next.config.ts): the basket depends on
// who asks, so this renders per request; the catalogue itself is cached.
export const instant = false;

type Props = { searchParams: Promise<{ item?: string; van?: string; tot?: string }> };

export default async function LendingWithBasketPage({ searchParams }: Props) {
  const catalogue = await lendingCatalogue();
  return (
    <LendingPageBody
      catalogue={catalogue}
      basket={<BasketCard catalogue={catalogue} query={searchParams} />}
    />
  );
}
