// The meldpunt's page header and its first step (what the resident wants to pass on). The first step
// is the same for everyone, so /melden is one cached document; the later steps follow the answers in
// the address and render per request (/melden/stap, reached by the rewrites in next.config.ts).
import type { FieldErrors } from "@/lib/actions/result";
import { reportSteps } from "@/lib/reports/steps";
import { KindStepWhenUsed } from "./kind-step-when-used";
import { ReportStep } from "./report-step";
import { PageHeader } from "@/components/ui/page-header";

export function ReportPageHeader() {
  return (
    <PageHeader
      title="Melding, klacht, suggestie of vraag"
      intro="Eén meldpunt voor alles wat je aan de gemeente wilt doorgeven. Je krijgt een volgnummer en een pagina waarop je ziet wat er met je melding gebeurt. Aanmelden hoeft niet."
    />
  );
}

export function ReportKindStep({ errors }: { errors?: FieldErrors }) {
  return (
    <>
      <ReportPageHeader />
      <ReportStep steps={reportSteps("kind", {})} title="Wat wil je doorgeven?">
        <KindStepWhenUsed errors={errors} />
      </ReportStep>
    </>
  );
}
