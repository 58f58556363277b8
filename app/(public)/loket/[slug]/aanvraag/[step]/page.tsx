import type { Metadata } from "next";
import { AnswersSummary } from "@/components/eloket/answers-summary";
import { Card } from "@/components/ui/card";
import { RequestPageForm, SubmitRequestForm } from "@/components/eloket/request-forms";
import { StepList, StepProgress } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { formatEuro } from "@/lib/be/money";
import { brusselsParts } from "@/lib/be/time";
import { getFiling } from "@/lib/eloket/queries/filing";
import { prefillContextFor } from "@/lib/eloket/queries/prefill-context";
import { CHECK_STEP, stepHref, stepStates } from "@/lib/eloket/steps";
import { feeOf, prefill, withHouseholdOptions } from "@/lib/form-engine";
import { notFound } from "@/lib/http/page-interrupts";

export const instant = false;
export const metadata: Metadata = { title: "Aanvraag invullen" };

type Props = { params: Promise<{ slug: string; step: string }> };

// One step of a request, or the check-your-answers page. Reads the draft per request (the resident
// may have continued on another device) and saves through one server action per step.
export default async function RequestStepPage({ params }: Props) {
  const { slug, step } = await params;
  const actor = await requireUser(`/loket/${slug}/aanvraag/${step}`);
  const filing = await getFiling(actor.userId, slug);
  if (!filing) notFound();
  const context = await prefillContextFor(actor.userId, actor.actingFor?.name ?? null);
  const definition = withHouseholdOptions(filing.version.definition, context);
  const saved = filing.draft?.answers ?? {};
  const answers = { ...prefill(definition, saved, context), ...saved };
  const done = filing.draft?.pagesDone ?? [];
  const page = definition.pages.find((p) => p.key === step);
  if (!page && step !== CHECK_STEP) notFound();
  const steps = stepStates(definition, answers, done, step, slug);
  const today = brusselsParts(new Date()).dateKey;
  const fee = feeOf(definition.derived, saved);
  return (
    <>
      <PageHeader title={filing.product.name}>
        <div className="mt-3">
          <StepProgress steps={steps} />
        </div>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <div className="min-w-0">
          {page ? (
            <Card title={page.title}>
              {page.intro && <p className="mb-4 whitespace-pre-line text-slate-700">{page.intro}</p>}
              <RequestPageForm
                definition={definition}
                pageKey={page.key}
                answers={answers}
                today={today}
                versionId={filing.version.id}
              />
            </Card>
          ) : (
            <Card title="Controleer je antwoorden">
              <AnswersSummary definition={definition} answers={saved} changeHref={(p) => stepHref(slug, p)} />
              <p className="mt-4">
                <strong>Kostprijs:</strong> {fee.cents ? formatEuro(fee.cents) : "gratis"}
                {fee.exemption && ` (vrijstelling gevraagd: ${fee.exemption}; een medewerker kijkt ze na)`}
              </p>
              {done.length === 0 ? (
                <Notice tone="warning">Je hebt nog niets ingevuld.</Notice>
              ) : (
                <div className="mt-4">
                  <SubmitRequestForm versionId={filing.version.id} />
                </div>
              )}
            </Card>
          )}
        </div>
        <aside>
          <StepList steps={steps} label="Stappen van je aanvraag" />
          <p className="mt-3 text-sm text-slate-700">Wat je invult, bewaren we na elke stap.</p>
        </aside>
      </div>
    </>
  );
}
