import type { Metadata } from "next";
import Link from "next/link";
import { FilingStep } from "@/components/eloket/filing-step";
import { DeskRequestPageForm, DeskSubmitRequestForm } from "@/components/eloket/request-forms";
import { requireStaff } from "@/lib/auth/guards";
import { loadFilingStep } from "@/lib/eloket/queries/filing-step";
import { notFound } from "@/lib/http/page-interrupts";
import { getResidentForStaff } from "@/lib/residents/queries";

export const instant = false;
export const metadata: Metadata = { title: "Aanvraag invullen aan de balie" };

type Props = {
  params: Promise<{ slug: string; step: string }>;
  searchParams: Promise<{ inwoner?: string }>;
};

// One step of a resident's request, filled in by the desk: the resident's own draft and prefill.
export default async function DeskRequestStepPage({ params, searchParams }: Props) {
  const { slug, step } = await params;
  await requireStaff("residents:act-for", "/beheer/aanvragen/balie");
  const resident = await getResidentForStaff(((await searchParams).inwoner ?? "").slice(0, 60));
  if (!resident) notFound();
  const data = await loadFilingStep({
    userId: resident.id,
    actingName: null,
    slug,
    step,
    residentId: resident.id,
  });
  if (!data) notFound();
  const { filing, page } = data;
  const name = resident.name ?? resident.email ?? "de inwoner";
  return (
    <FilingStep
      data={data}
      residentId={resident.id}
      intro={`Je vult deze aanvraag in voor ${name}.`}
      top={
        <p className="mb-4">
          <Link href={`/beheer/aanvragen/balie?${new URLSearchParams({ inwoner: resident.id })}`}>
            Terug naar de producten
          </Link>
        </p>
      }
      pageForm={
        page && (
          <DeskRequestPageForm
            definition={data.definition}
            pageKey={page.key}
            answers={data.answers}
            today={data.today}
            versionId={filing.version.id}
            residentId={resident.id}
          />
        )
      }
      submitForm={<DeskSubmitRequestForm versionId={filing.version.id} residentId={resident.id} />}
    />
  );
}
