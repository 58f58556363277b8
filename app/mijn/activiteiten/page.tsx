import type { Metadata } from "next";
import Link from "next/link";
import { MyLotteryEntries } from "@/components/activities/my-lottery-entries";
import { MyRegistrations } from "@/components/activities/my-registrations";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { PagedCard } from "@/components/ui/paged-card";
import { myAttests } from "@/lib/activities/queries/attest";
import { myLotteryEntries } from "@/lib/activities/queries/lottery";
import { myRegistrations } from "@/lib/activities/queries/mine";
import { requireUser } from "@/lib/auth/guards";
import { pageFromSearch, pageQuery } from "@/lib/paging";

export const metadata: Metadata = { title: "Mijn activiteiten" };

type Props = {
  searchParams: Promise<{ geannuleerd?: string; loting?: string; pagina?: string }>;
};

export default async function MyActivitiesPage({ searchParams }: Props) {
  const actor = await requireUser("/mijn/activiteiten");
  const query = await searchParams;
  const [registrations, attests, lotteries] = await Promise.all([
    myRegistrations(actor.userId, pageFromSearch(query.pagina)),
    myAttests(actor.userId),
    myLotteryEntries(actor.userId),
  ]);
  return (
    <>
      <PageHeader
        title="Mijn activiteiten"
        intro="De inschrijvingen van je kinderen voor kampen, speelpleinwerking en cursussen, met hun plaats op de wachtlijst."
      />
      {query.geannuleerd && <Notice tone="success">De inschrijving is geannuleerd.</Notice>}
      {query.loting && <Notice tone="success">Je deelname aan de loting is ingetrokken.</Notice>}
      {lotteries.length > 0 && (
        <div className="mb-6">
          <MyLotteryEntries entries={lotteries} />
        </div>
      )}
      <PagedCard
        paging={registrations}
        noun={["inschrijving", "inschrijvingen"]}
        href={(p) => `/mijn/activiteiten?${pageQuery({}, "pagina", p)}`}
      >
        <MyRegistrations rows={registrations.rows} />
      </PagedCard>
      {attests.length > 0 && (
        <section aria-labelledby="attesten" className="mt-8">
          <h2 id="attesten" className="text-xl font-bold">
            Fiscale attesten kinderopvang
          </h2>
          <p className="mt-2 max-w-prose">
            Per kind en per jaar een attest (model 281.86) voor je belastingaangifte, met de dagen waarop je
            kind er was en wat je ervoor betaalde.
          </p>
          <ul className="mt-3 space-y-1">
            {attests.map((a) => (
              <li key={`${a.memberId}-${a.year}`}>
                <a href={`/api/activiteiten/attest/${a.memberId}/${a.year}`}>
                  Attest {a.year} voor {a.firstName} (pdf)
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="mt-6 flex flex-wrap gap-x-5 gap-y-2">
        <Link href="/mijn/activiteiten/mandje">Mijn mandje</Link>
        <Link href="/activiteiten">Activiteiten bekijken</Link>
        <Link href="/mijn/gezin">Mijn kinderen</Link>
      </p>
    </>
  );
}
