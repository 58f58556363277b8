import type { Metadata } from "next";
import Link from "next/link";
import { OpeningForm } from "@/components/activities/admin/opening-form";
import { PageHeader } from "@/components/ui/page-header";
import { openingForEdit } from "@/lib/activities/queries/admin";
import { requireStaff } from "@/lib/auth/guards";
import { notFound } from "@/lib/http/page-interrupts";

export const metadata: Metadata = { title: "Inschrijvingsmoment wijzigen" };

type Props = { params: Promise<{ openingId: string }> };

export default async function EditOpeningPage({ params }: Props) {
  const { openingId } = await params;
  await requireStaff("activities:manage", `/beheer/vrije-tijd/activiteiten/momenten/${openingId}`);
  const found = await openingForEdit(openingId);
  if (!found) notFound();
  const { opening: o, started } = found;
  return (
    <div className="max-w-3xl">
      <PageHeader title={o.label} intro="Inschrijvingsmoment wijzigen.">
        <p className="mt-4">
          <Link href="/beheer/vrije-tijd/activiteiten/momenten">Alle inschrijvingsmomenten</Link>
        </p>
      </PageHeader>
      <OpeningForm openingId={o.id} values={found.values} started={started} />
    </div>
  );
}
