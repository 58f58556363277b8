import type { Metadata } from "next";
import Link from "next/link";
import { MyRegistrations } from "@/components/activities/my-registrations";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { myRegistrations } from "@/lib/activities/queries/mine";
import { requireUser } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Mijn activiteiten" };

type Props = { searchParams: Promise<{ wachtlijst?: string; geannuleerd?: string }> };

export default async function MyActivitiesPage({ searchParams }: Props) {
  const actor = await requireUser("/mijn/activiteiten");
  const [rows, query] = await Promise.all([myRegistrations(actor.userId), searchParams]);
  return (
    <>
      <PageHeader
        title="Mijn activiteiten"
        intro="De inschrijvingen van je kinderen voor kampen, speelpleinwerking en cursussen, met hun plaats op de wachtlijst."
      />
      {query.wachtlijst && (
        <Notice tone="info">
          Alle periodes waren volzet: je kinderen staan op de wachtlijst. Komt er een plaats vrij, dan krijg
          je een e-mail met een link om ze te aanvaarden.
        </Notice>
      )}
      {query.geannuleerd && <Notice tone="success">De inschrijving is geannuleerd.</Notice>}
      <MyRegistrations rows={rows} />
      <p className="mt-6 flex flex-wrap gap-x-5 gap-y-2">
        <Link href="/mijn/activiteiten/mandje">Mijn mandje</Link>
        <Link href="/activiteiten">Activiteiten bekijken</Link>
        <Link href="/mijn/gezin">Mijn kinderen</Link>
      </p>
    </>
  );
}
