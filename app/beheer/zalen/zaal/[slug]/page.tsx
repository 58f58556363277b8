import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "@/lib/http/page-interrupts";
import { HallFactsForm } from "@/components/halls/staff/hall-facts-form";
import { PublicPhotoForm } from "@/components/uploads/public-photo-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { formatMinutes } from "@/lib/be/time";
import { hallFacts } from "@/lib/halls/queries/staff";
import { hallPhotoAction } from "@/lib/halls/staff-actions";

export const metadata: Metadata = { title: "Zalen - gegevens" };

type Props = { params: Promise<{ slug: string }> };

export default async function HallFactsPage({ params }: Props) {
  const { slug } = await params;
  await requireStaff("leisure:manage", `/beheer/zalen/zaal/${slug}`);
  const hall = await hallFacts(slug);
  if (!hall) notFound();
  return (
    <>
      <PageHeader
        title={`Gegevens: ${hall.name}`}
        intro="Wat inwoners in de catalogus lezen en hoe de zaal verhuurd wordt. Bestaande reservaties behouden hun uren en prijs."
      >
        <p className="mt-4">
          <Link href={`/beheer/zalen/instellingen/${hall.slug}`}>
            Tarieven, waarborg, goedkeuring en sluitingen
          </Link>
        </p>
      </PageHeader>
      <Card>
        <HallFactsForm
          hall={{
            ...hall,
            opensAt: formatMinutes(hall.opensAtMinutes),
            closesAt: formatMinutes(hall.closesAtMinutes),
          }}
        />
      </Card>
      <div className="mt-6">
        <Card title="Foto">
          <PublicPhotoForm
            action={hallPhotoAction}
            subjectId={hall.id}
            current={hall.photo}
            currentAlt={hall.photoAlt}
            label="Foto van de zaal"
          />
        </Card>
      </div>
      <p className="mt-6">
        <Link href="/beheer/zalen">Terug naar de planning</Link>
      </p>
    </>
  );
}
