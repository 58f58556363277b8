import type { Metadata } from "next";
import Link from "next/link";
import { MyLoansList } from "@/components/lending/my-loans-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { myLoans } from "@/lib/lending/queries/mine";

export const metadata: Metadata = { title: "Mijn uitleningen" };

export default async function MyLoansPage() {
  const actor = await requireUser("/mijn/uitleningen");
  const loans = await myLoans(actor.userId);
  return (
    <>
      <PageHeader
        title="Mijn uitleningen"
        intro="Materiaal dat je leende bij de uitleendienst, voor jezelf of voor je vereniging."
      />
      <MyLoansList loans={loans} />
      <p className="mt-6">
        <Link href="/uitlenen">Materiaal lenen</Link>
      </p>
    </>
  );
}
