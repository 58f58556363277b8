import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmSocialTariffForm, RefuseSocialTariffForm } from "@/components/activities/social-tariff-forms";
import { Notice } from "@/components/ui/notice";
import { Pager } from "@/components/ui/pager";
import { PageHeader } from "@/components/ui/page-header";
import { openSocialClaims } from "@/lib/activities/queries/social-tariff";
import { formatUitpasNumber } from "@/lib/activities/social-schema";
import { requireStaff } from "@/lib/auth/guards";
import { formatDate, formatDateTime } from "@/lib/be/time";
import { pageFromSearch } from "@/lib/paging";

export const metadata: Metadata = { title: "Kansentarief (UiTPAS)" };

type Props = { searchParams: Promise<{ bevestigd?: string; geweigerd?: string; pagina?: string }> };

/** Open requests for the social tariff, oldest first: confirm with a basis and end date, or refuse. */
export default async function SocialTariffRequestsPage({ searchParams }: Props) {
  await requireStaff("activities:manage", "/beheer/vrije-tijd/activiteiten/kansentarief");
  const query = await searchParams;
  const { rows: claims, ...paging } = await openSocialClaims(pageFromSearch(query.pagina));
  return (
    <>
      <PageHeader
        title="Kansentarief (UiTPAS)"
        intro="Ouders vragen het kansentarief aan met het UiTPAS-nummer van hun kind. Bevestig het pas als je het kansenstatuut nakeek (de kaart aan de balie, een attest), met de einddatum; tot dan betaalt de ouder het gewone tarief."
      >
        <p className="mt-4">
          <Link href="/beheer/vrije-tijd/activiteiten">Alle activiteiten</Link> ·{" "}
          <Link href="/beheer/vrije-tijd/activiteiten/balie">Bevestigen aan de balie</Link>
        </p>
      </PageHeader>
      {query.bevestigd && (
        <Notice tone="success">Het kansentarief van {query.bevestigd} is bevestigd.</Notice>
      )}
      {query.geweigerd && (
        <Notice tone="success">Het kansentarief van {query.geweigerd} is geweigerd.</Notice>
      )}
      <h2 className="mb-3 text-xl font-semibold">Open aanvragen</h2>
      {claims.length === 0 ? (
        <p>Geen open aanvragen.</p>
      ) : (
        <ul className="space-y-4">
          {claims.map((c) => (
            <li key={c.id} className="rounded-lg border border-slate-300 bg-white p-5 shadow-sm">
              <h3 className="text-lg font-semibold">
                {c.member.firstName} {c.member.lastName}
              </h3>
              <dl className="mt-2 grid grid-cols-[minmax(0,auto)_minmax(0,1fr)] gap-x-4 gap-y-1">
                <dt>Geboren</dt>
                <dd>{formatDate(c.member.birthDate)}</dd>
                <dt>Ouder</dt>
                <dd className="break-words">
                  {c.member.user.name ?? "zonder naam"}
                  {c.member.user.email ? ` (${c.member.user.email})` : ""}
                </dd>
                <dt>UiTPAS</dt>
                <dd>{formatUitpasNumber(c.uitpasNumber)}</dd>
                <dt>Aangevraagd</dt>
                <dd>{formatDateTime(c.createdAt)}</dd>
              </dl>
              <div className="mt-4 grid grid-cols-[minmax(0,1fr)] gap-4 md:grid-cols-2">
                <details open>
                  <summary className="cursor-pointer font-semibold">Bevestigen</summary>
                  <div className="mt-3">
                    <ConfirmSocialTariffForm claimId={c.id} firstName={c.member.firstName} />
                  </div>
                </details>
                <details>
                  <summary className="cursor-pointer font-semibold">Weigeren</summary>
                  <div className="mt-3">
                    <RefuseSocialTariffForm claimId={c.id} firstName={c.member.firstName} />
                  </div>
                </details>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pager
        paging={paging}
        noun={["open aanvraag", "open aanvragen"]}
        href={(p) => `/beheer/vrije-tijd/activiteiten/kansentarief${p > 1 ? `?pagina=${p}` : ""}`}
      />
    </>
  );
}
