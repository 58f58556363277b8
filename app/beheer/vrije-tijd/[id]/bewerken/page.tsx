import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "@/lib/http/page-interrupts";
import { PerformanceForm } from "@/components/tickets/admin/performance-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { PublicPhotoForm } from "@/components/uploads/public-photo-form";
import { requireStaff } from "@/lib/auth/guards";
import { performanceFormValues, performancePoster } from "@/lib/tickets/admin-form-values";
import { performancePosterAction } from "@/lib/tickets/admin-actions";
import { ticketMessages } from "@/lib/tickets/messages";

export const metadata: Metadata = { title: "Voorstelling wijzigen" };

type Props = { params: Promise<{ id: string }> };

export default async function EditPerformancePage({ params }: Props) {
  const { id } = await params;
  await requireStaff("leisure:manage", `/beheer/vrije-tijd/${id}/bewerken`);
  const [values, poster] = await Promise.all([performanceFormValues(id), performancePoster(id)]);
  if (!values || !poster) notFound();
  return (
    <div className="max-w-3xl">
      <PageHeader title={`${values.title} wijzigen`} />
      <p className="mb-6">
        <Link href={`/beheer/vrije-tijd/${id}`} className="underline">
          Terug naar de voorstelling
        </Link>
      </p>
      {values.cancelled ? (
        <Notice tone="error">{ticketMessages.cancelledNotEditable}</Notice>
      ) : (
        <>
          <PerformanceForm values={values} />
          <div className="mt-8">
            <Card title="Affiche">
              <PublicPhotoForm
                action={performancePosterAction}
                subjectId={id}
                current={poster.poster}
                currentAlt={poster.posterAlt ?? ""}
                label="Affiche van de voorstelling"
              />
            </Card>
          </div>
        </>
      )}
    </div>
  );
}
