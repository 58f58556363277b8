import type { Metadata } from "next";
import Link from "next/link";
import { HallFactsForm } from "@/components/halls/staff/hall-facts-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Zalen - nieuwe zaal" };

export default async function NewHallPage() {
  await requireStaff("leisure:manage", "/beheer/zalen/zaal/nieuw");
  return (
    <>
      <PageHeader
        title="Nieuwe zaal"
        intro="Na het opslaan stel je de tarieven per categorie in; zonder tarief kan niemand de zaal huren."
      />
      <Card>
        <HallFactsForm hall={null} />
      </Card>
      <p className="mt-6">
        <Link href="/beheer/zalen">Terug naar de planning</Link>
      </p>
    </>
  );
}
