import type { Metadata } from "next";
import { LendingPageBody } from "@/components/lending/lending-page-body";
import { SignInToBorrow } from "@/components/lending/sign-in-to-borrow";
import { lendingCatalogue } from "@/lib/lending/queries/catalogue";

export const metadata: Metadata = { title: "Materiaal lenen" };

// The same for every visitor who is not signed in: one cached document. With a session cookie the
// address is rewritten to ./lenen, which shows the basket form (next.config.ts).
export default async function LendingPage() {
  return <LendingPageBody catalogue={await lendingCatalogue()} basket={<SignInToBorrow />} />;
}
