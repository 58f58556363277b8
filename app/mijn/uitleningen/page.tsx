import type { Metadata } from "next";
import Link from "next/link";
import { MyLoansList } from "@/components/lending/my-loans-list";
import { PageHeader } from "@/components/ui/page-header";
import { PagedCard } from "@/components/ui/paged-card";
import { requireUser } from "@/lib/auth/guards";
import { pageFromSearch, pageQuery } from "@/lib/paging";
import { myLoans } from "@/lib/lending/queries/mine";

export const metadata: Metadata = { title: "Mijn uitleningen" };

type Props = { searchParams: Promise<{ pagina?: string }> };

export default async function MyLoansPage({ searchParams }: Props) {
  const actor = await requireUser("/mijn/uitleningen");
  const query = await searchParams;
  const loans = await myLoans(actor.userId, pageFromSearch(query.pagina));
  return (
    <>
      <PageHeader
        title="Mijn uitleningen"
        intro="Materiaal dat je leende bij de uitleendienst, voor jezelf of voor je vereniging."
      />
      <PagedCard
        paging={loans}
        noun={["uitlening", "uitleningen"]}
        href={(p) => `/mijn/uitleningen?${pageQuery(query, "pagina", p)}`}
      >
        <MyLoansList loans={loans.rows} />
      </PagedCard>
      <p className="mt-6">
        <Link href="/uitlenen">Materiaal lenen</Link>
      </p>
    </>
  );
}
