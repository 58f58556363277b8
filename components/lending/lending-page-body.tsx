// /uitlenen: the cached catalogue and, below it, the basket part. The page for visitors who are
// not signed in passes the sign-in link; signed-in visitors reach ./lenen (a rewrite on the session
// cookie, next.config.ts), which passes the basket form. So the form's code (the form kit, zod) is
// never part of the page everyone gets.
import type { ReactNode } from "react";
import { CatalogueList } from "@/components/lending/catalogue-list";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { Catalogue } from "@/lib/lending/queries/catalogue";

export function LendingPageBody({ catalogue, basket }: { catalogue: Catalogue; basket: ReactNode }) {
  return (
    <>
      <PageHeader
        title="Materiaal lenen"
        intro="Tafels, stoelen, nadarhekken, een podium, feesttenten en meer van de uitleendienst. Je haalt het op en brengt het terug aan het depot van de technische dienst, Industriestraat 2, Wingene."
      />
      <CatalogueList catalogue={catalogue} />
      <div id="lenen" className="mt-10 max-w-3xl">
        <Card title="Lenen">{basket}</Card>
      </div>
    </>
  );
}
