// The event part of a dossier's staff page: risk and deadline, the advice asked and given, the
// forms to ask advice and to decide, and the decision with the permit once taken.
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { formatDate, formatDateTime } from "@/lib/be/time";
import { VERDICT_LABELS } from "@/lib/events/labels";
import type { FormDefinition, Notice as NoticeData } from "@/lib/form-engine";
import type { AdviceVerdict } from "@/generated/prisma/enums";
import type { PublicationView } from "@/lib/events/queries/publication";
import { AdviceRequestForm, EventDecisionForm } from "./staff-event-forms";
import { UitPublication } from "./uit-publication";

type Advice = {
  id: string;
  body: { name: string };
  question: string;
  dueOn: Date;
  verdict: AdviceVerdict | null;
  answer: string | null;
  answeredAt: Date | null;
};

export function EventDossierStaff(props: {
  caseId: string;
  status: string;
  canDecide: boolean;
  definition: FormDefinition;
  notice: NoticeData | null;
  advice: Advice[];
  bodies: { slug: string; name: string }[];
  decision: { outcome: string; conditions: string; decidedAt: Date } | null;
  publication: PublicationView | null;
  defaultDue: string;
}) {
  const { notice } = props;
  return (
    <Card title="Evenement: advies en beslissing">
      <div className="space-y-6">
        {notice && (
          <Notice tone={notice.late ? "warning" : "info"} title={notice.risk ?? "Termijn"} className="">
            {notice.leadDays !== undefined && `Termijn: ${notice.leadDays} dagen vooraf`}
            {notice.dueBy && `, uiterlijk ${formatDate(new Date(`${notice.dueBy}T12:00:00Z`))}`}
            {notice.late && ". Laat ingediend."}
          </Notice>
        )}
        {props.advice.length > 0 && (
          <ul className="space-y-3">
            {props.advice.map((a) => (
              <li key={a.id} className="rounded border border-slate-300 p-3">
                <p className="font-semibold">
                  {a.body.name}:{" "}
                  {a.verdict ? VERDICT_LABELS[a.verdict] : `gevraagd tegen ${formatDate(a.dueOn)}`}
                </p>
                <p className="whitespace-pre-line break-words text-slate-700">{a.answer ?? a.question}</p>
                {a.answeredAt && (
                  <p className="text-sm text-slate-700">Gegeven op {formatDateTime(a.answeredAt)}</p>
                )}
              </li>
            ))}
          </ul>
        )}
        {props.decision ? (
          <div>
            <p className="font-semibold">Beslist op {formatDateTime(props.decision.decidedAt)}</p>
            <p className="whitespace-pre-line break-words">{props.decision.conditions}</p>
            {props.decision.outcome === "APPROVED" && (
              <p className="mt-2">
                <a href={`/api/evenementen/vergunning/${props.caseId}`}>Vergunning (pdf)</a>
              </p>
            )}
            {props.publication && (
              <div className="mt-3">
                <UitPublication caseId={props.caseId} publication={props.publication} side="staff" />
              </div>
            )}
          </div>
        ) : (
          <>
            <AdviceRequestForm
              caseId={props.caseId}
              bodies={props.bodies.map((b) => ({ value: b.slug, label: b.name }))}
              pages={props.definition.pages.map((p) => ({ value: p.key, label: p.title }))}
              defaultDue={props.defaultDue}
            />
            {props.canDecide && <EventDecisionForm caseId={props.caseId} status={props.status} />}
          </>
        )}
      </div>
    </Card>
  );
}
