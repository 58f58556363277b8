import type { Metadata } from "next";
import { AnswersSummary } from "@/components/eloket/answers-summary";
import { CopyEarlier } from "@/components/eloket/copy-earlier";
import { FilingNotices } from "@/components/eloket/filing-notices";
import { Card } from "@/components/ui/card";
import { RequestPageForm, SubmitRequestForm } from "@/components/eloket/request-forms";
import { StepList, StepProgress } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { formatEuro } from "@/lib/be/money";
import { brusselsParts, formatDate } from "@/lib/be/time";
import { copyableCases } from "@/lib/eloket/queries/copyable";
import { getFiling } from "@/lib/eloket/queries/filing";
import { prefillContextFor } from "@/lib/eloket/queries/prefill-context";
import { filingWarnings } from "@/lib/eloket/queries/warnings";
import { eloketMessages } from "@/lib/eloket/messages";
import { CHECK_STEP, stepHref, stepStates } from "@/lib/eloket/steps";
import { feeOf, noticeOf, prefill, withOptions } from "@/lib/form-engine";
import { notFound } from "@/lib/http/page-interrupts";

export const instant = false;
export const metadata: Metadata = { title: "Aanvraag invullen" };

type Props = {
  params: Promise<{ slug: string; step: string }>;
  searchParams: Promise<{ gekopieerd?: string }>;
};

// One step of a request, or the check-your-answers page. Reads the draft per request (the resident
// may have continued on another device) and saves through one server action per step.
export default async function RequestStepPage({ params, searchParams }: Props) {
  const { slug, step } = await params;
  const actor = await requireUser(`/loket/${slug}/aanvraag/${step}`);
  const filing = await getFiling(actor.userId, slug);
  if (!filing) notFound();
  const context = await prefillContextFor(actor.userId, actor.actingFor?.name ?? null);
  const definition = withOptions(filing.version.definition, context);
  const saved = filing.draft?.answers ?? {};
  const answers = { ...prefill(definition, saved, context), ...saved };
  const done = filing.draft?.pagesDone ?? [];
  const page = definition.pages.find((p) => p.key === step);
  if (!page && step !== CHECK_STEP) notFound();
  const today = brusselsParts(new Date()).dateKey;
  const steps = stepStates(definition, saved, done, step, slug, today);
  const fee = feeOf(definition.derived, saved);
  const notice = noticeOf(definition.derived, saved, today);
  const officerOf = (context.officerOf ?? []).map((a) => a.id);
  const [warnings, earlier] = await Promise.all([
    filingWarnings(slug, saved, actor.userId),
    page?.key === definition.pages[0]?.key
      ? copyableCases(filing.product.id, definition, actor.userId, officerOf)
      : Promise.resolve([]),
  ]);
  const copied = (await searchParams).gekopieerd === "1";
  return (
    <>
      <PageHeader title={filing.product.name}>
        <div className="mt-3">
          <StepProgress steps={steps} />
        </div>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <div className="min-w-0">
          {copied && <Notice tone="success">{eloketMessages.copied}</Notice>}
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
              <FilingNotices notice={notice} warnings={warnings} />
              {done.length === 0 ? (
                <Notice tone="warning">Je hebt nog niets ingevuld.</Notice>
              ) : (
                <div className="mt-4">
                  <SubmitRequestForm versionId={filing.version.id} />
                </div>
              )}
            </Card>
          )}
          {earlier.length > 0 && (
            <div className="mt-6">
              <Card title="Eerder al aangevraagd?">
                <p className="mb-3">
                  Begin van een vorige aanvraag: alles wordt overgenomen behalve de datums.
                </p>
                <CopyEarlier
                  hasDraft={done.length > 0}
                  cases={earlier.map((c) => ({
                    id: c.id,
                    label: `${c.title ?? c.number} (${formatDate(c.submittedAt)})`,
                  }))}
                />
              </Card>
            </div>
          )}
        </div>
        <aside>
          <StepList steps={steps} label="Stappen van je aanvraag" />
          <p className="mt-3 text-sm text-slate-700">Wat je invult, bewaren we na elke stap.</p>
          {page && <FilingNotices notice={notice} warnings={warnings} />}
        </aside>
      </div>
    </>
  );
}
