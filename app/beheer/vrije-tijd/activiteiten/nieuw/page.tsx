import type { Metadata } from "next";
import Link from "next/link";
import { ActivityForm } from "@/components/activities/admin/activity-form";
import { PageHeader } from "@/components/ui/page-header";
import { openingOptions } from "@/lib/activities/queries/admin";
import { requireStaff } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Nieuwe activiteit" };

export default async function NewActivityPage() {
  await requireStaff("activities:manage", "/beheer/vrije-tijd/activiteiten/nieuw");
  const openings = await openingOptions();
  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Nieuwe activiteit"
        intro="Na het aanmaken voegt u de periodes toe. Kies een bestaand inschrijvingsmoment."
      >
        <p className="mt-4">
          <Link href="/beheer/vrije-tijd/activiteiten/momenten">Inschrijvingsmomenten beheren</Link>
        </p>
      </PageHeader>
      <ActivityForm openings={openings} />
    </div>
  );
}
