// One step of a request, or the check-your-answers page, for the resident filing online and for
// the desk filing for a resident. The forms come in as slots: each imports its own server action
// (components/eloket/request-forms.tsx), so the no-JavaScript post finds its form again.
import type { ReactNode } from "react";
import { AnswersSummary } from "@/components/eloket/answers-summary";
import { FilingNotices } from "@/components/eloket/filing-notices";
import { Card } from "@/components/ui/card";
import { StepList, StepProgress } from "@/components/ui/form/step-list";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { formatEuro } from "@/lib/be/money";
import type { FilingStepData } from "@/lib/eloket/queries/filing-step";
import { stepHref } from "@/lib/eloket/steps";

export function FilingStep({
  data,
  residentId,
  intro,
  top,
  pageForm,
  submitForm,
  below,
}: {
  data: FilingStepData;
  /** At the desk: the "Wijzig" links stay there. */
  residentId?: string;
  intro?: string;
  top?: ReactNode;
  pageForm: ReactNode;
  submitForm: ReactNode;
  below?: ReactNode;
}) {
  const { filing, page, saved, done, steps, fee, notice, warnings } = data;
  const slug = filing.product.slug;
  return (
    <>
      <PageHeader title={filing.product.name} intro={intro}>
        <div className="mt-3">
          <StepProgress steps={steps} />
        </div>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <div className="min-w-0">
          {top}
          {page ? (
            <Card title={page.title}>
              {page.intro && <p className="mb-4 whitespace-pre-line text-slate-700">{page.intro}</p>}
              {pageForm}
            </Card>
          ) : (
            <Card title="Controleer je antwoorden">
              <AnswersSummary
                definition={data.definition}
                answers={saved}
                changeHref={(p) => stepHref(slug, p, residentId)}
              />
              <p className="mt-4">
                <strong>Kostprijs:</strong> {fee.cents ? formatEuro(fee.cents) : "gratis"}
                {fee.exemption && ` (vrijstelling gevraagd: ${fee.exemption}; een medewerker kijkt ze na)`}
              </p>
              <FilingNotices notice={notice} warnings={warnings} />
              {done.length === 0 ? (
                <Notice tone="warning">Er is nog niets ingevuld.</Notice>
              ) : (
                <div className="mt-4">{submitForm}</div>
              )}
            </Card>
          )}
          {below}
        </div>
        <aside>
          <StepList steps={steps} label="Stappen van de aanvraag" />
          <p className="mt-3 text-sm text-slate-700">Wat ingevuld is, bewaren we na elke stap.</p>
          {page && <FilingNotices notice={notice} warnings={warnings} />}
        </aside>
      </div>
    </>
  );
}
