import type { Metadata } from "next";
import { CopyEarlier } from "@/components/eloket/copy-earlier";
import { EventStepRequests } from "@/components/events/event-step-requests";
import { FilingStep } from "@/components/eloket/filing-step";
import { RequestPageForm, SubmitRequestForm } from "@/components/eloket/request-forms";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { requireUser } from "@/lib/auth/guards";
import { formatDate } from "@/lib/be/time";
import { copyableCases } from "@/lib/eloket/queries/copyable";
import { loadFilingStep } from "@/lib/eloket/queries/filing-step";
import { eloketMessages } from "@/lib/eloket/messages";
import { EVENT_PRODUCT } from "@/lib/events/workflow";
import { notFound } from "@/lib/http/page-interrupts";

export const instant = false;
export const metadata: Metadata = { title: "Aanvraag invullen" };

type Props = {
  params: Promise<{ slug: string; step: string }>;
  searchParams: Promise<{ gekopieerd?: string; uitlening?: string; zaal?: string }>;
};

// One step of a request, or the check-your-answers page; saves through one server action per step.
export default async function RequestStepPage({ params, searchParams }: Props) {
  const { slug, step } = await params;
  const actor = await requireUser(`/loket/${slug}/aanvraag/${step}`);
  const data = await loadFilingStep({
    userId: actor.userId,
    actingName: actor.actingFor?.name ?? null,
    slug,
    step,
  });
  if (!data) notFound();
  const { filing, definition, page } = data;
  const officerOf = (data.context.officerOf ?? []).map((a) => a.id);
  const earlier =
    page?.key === definition.pages[0]?.key
      ? await copyableCases(filing.product.id, definition, actor.userId, officerOf)
      : [];
  const query = await searchParams;
  const copied = query.gekopieerd === "1";
  // The event notification's location and material steps offer the hall and the loan for the draft.
  const eventRequests = slug === EVENT_PRODUCT && page && filing.draft && (
    <EventStepRequests
      userId={actor.userId}
      draftId={filing.draft.id}
      pageKey={page.key}
      answers={data.saved}
      query={query}
    />
  );
  return (
    <FilingStep
      data={data}
      top={copied && <Notice tone="success">{eloketMessages.copied}</Notice>}
      pageForm={
        page && (
          <RequestPageForm
            definition={definition}
            pageKey={page.key}
            answers={data.answers}
            today={data.today}
            versionId={filing.version.id}
          />
        )
      }
      submitForm={<SubmitRequestForm versionId={filing.version.id} />}
      below={
        <>
          {eventRequests}
          {earlier.length > 0 && (
            <div className="mt-6">
              <Card title="Eerder al aangevraagd?">
                <p className="mb-3">
                  Begin van een vorige aanvraag: alles wordt overgenomen behalve de datums.
                </p>
                <CopyEarlier
                  hasDraft={data.done.length > 0}
                  cases={earlier.map((c) => ({
                    id: c.id,
                    label: `${c.title ?? c.number} (${formatDate(c.submittedAt)})`,
                  }))}
                />
              </Card>
            </div>
          )}
        </>
      }
    />
  );
}
