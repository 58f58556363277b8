import type { Metadata } from "next";
import Link from "next/link";
import { CaseHistory } from "@/components/cases/case-history";
import {
  AssignCaseForm,
  CaseDecisionForm,
  ExemptionForm,
  MoveCaseForm,
  NoteForm,
  QuestionForm,
} from "@/components/cases/staff-case-forms";
import { AnswersSummary } from "@/components/eloket/answers-summary";
import { CaseFileLinks } from "@/components/eloket/case-file-links";
import { RegisterCard } from "@/components/eloket/register-card";
import { FeeStatus } from "@/components/eloket/fee-status";
import { EventDossierStaff } from "@/components/events/event-dossier-staff";
import { LinkedBookingsList } from "@/components/events/linked-bookings";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { formatEuro } from "@/lib/be/money";
import { addBrusselsDays, brusselsParts, formatDate, formatDateTime } from "@/lib/be/time";
import { getCaseForStaff } from "@/lib/cases/queries/staff";
import {
  decisionsFrom,
  movesFrom,
  registerApprovalPath,
  statusOf,
  waitingStatus,
} from "@/lib/cases/workflow";
import { eventDossierExtras } from "@/lib/events/queries/staff";
import { EVENTS_WORKFLOW, eventOwnedStatuses } from "@/lib/events/workflow";
import { feeOrderOf } from "@/lib/eloket/queries/fee";
import { optionsContextForAnswers } from "@/lib/eloket/queries/prefill-context";
import { type Answers, parseDefinition, withOptions } from "@/lib/form-engine";
import { notFound } from "@/lib/http/page-interrupts";
import { getResidentVerification } from "@/lib/residents/verification";

export const metadata: Metadata = { title: "Aanvraag" };

// A case of one of the staff member's teams (any other is a 404: the team is in the query).
export default async function StaffCasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireStaff("cases:handle", `/beheer/aanvragen/${id}`);
  const c = await getCaseForStaff(actor.userId, id);
  if (!c) notFound();
  const label = (code: string) => statusOf(c.workflow, code)?.label ?? code;
  const overdue = c.closedAt === null && c.dueOn < new Date(`${brusselsParts(new Date()).dateKey}T00:00:00Z`);
  const openQuestion = c.questions.find((q) => q.answeredAt === null);
  const definition = withOptions(
    parseDefinition(c.version.definition),
    await optionsContextForAnswers(c.answers as Answers),
  );
  const isEvent = c.workflowId === EVENTS_WORKFLOW;
  const event = isEvent
    ? await eventDossierExtras(
        { id: c.id, submittedAt: c.submittedAt, answers: c.answers as Answers },
        definition,
      )
    : null;
  // Advice and decisions of an event dossier have their own forms (a question, conditions).
  const allMoves = movesFrom(c.workflow, c.status);
  const moves = isEvent ? allMoves.filter((m) => !eventOwnedStatuses.includes(m.toCode)) : allMoves;
  const decisions = decisionsFrom(c.workflow, c.status);
  // Masked; the population register card is offered only for an applicant with a recorded number.
  const nationalNumber = c.applicant
    ? ((await getResidentVerification(c.applicant.id))?.nationalNumber ?? null)
    : null;
  return (
    <>
      <p className="mb-4">
        <Link href="/beheer/aanvragen">Terug naar de aanvragen</Link>
      </p>
      <PageHeader
        title={`${c.number}: ${c.product.name}`}
        intro={`Status: ${label(c.status)} · ${c.team.name} · formulierversie ${c.version.version}`}
      />
      {overdue && <Notice tone="warning">Te laat: de uiterste datum was {formatDate(c.dueOn)}.</Notice>}
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Card title="Aanvrager en termijn">
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
            <dt className="font-semibold">Aanvrager</dt>
            <dd className="break-words">
              {c.applicant
                ? `${c.applicant.name ?? ""} ${c.applicant.email ? `(${c.applicant.email})` : ""}`
                : "Gewist"}
            </dd>
            <dt className="font-semibold">Ingediend</dt>
            <dd>
              {formatDateTime(c.submittedAt)}
              {c.filedBy && ` aan de balie door ${c.filedBy.name ?? "een medewerker"}`}
            </dd>
            <dt className="font-semibold">Uiterlijk</dt>
            <dd>{formatDate(c.dueOn)}</dd>
            <dt className="font-semibold">Kostprijs</dt>
            <dd>
              <FeeStatus
                feeCents={c.feeCents}
                exemption={c.exemption}
                feePaidAt={c.feePaidAt}
                order={await feeOrderOf(c.feeOrderId)}
                side="staff"
              />
            </dd>
            {c.documentIssuedAt && c.documentTitle && (
              <>
                <dt className="font-semibold">Document</dt>
                <dd>
                  <a href={`/api/loket/document/${c.id}`}>{c.documentTitle} (pdf)</a>, uitgereikt op{" "}
                  {formatDate(c.documentIssuedAt)}
                </dd>
              </>
            )}
          </dl>
        </Card>
        <Card title="Behandelen">
          <div className="space-y-6">
            {!isEvent && decisions.length > 0 && (
              <CaseDecisionForm
                caseId={c.id}
                status={c.status}
                outcomes={decisions.map((d) => ({ value: d.toCode, label: d.label }))}
              />
            )}
            <MoveCaseForm caseId={c.id} status={c.status} moves={moves} />
            <AssignCaseForm
              caseId={c.id}
              current={c.assigneeId}
              members={c.team.members.map((m) => ({
                value: m.user.id,
                label: m.user.name ?? m.user.email ?? m.user.id,
              }))}
            />
            {openQuestion ? (
              <p>Wacht op antwoord op de vraag van {formatDateTime(openQuestion.askedAt)}.</p>
            ) : (
              waitingStatus(c.workflow, c.status) && <QuestionForm caseId={c.id} />
            )}
            {c.exemption && !c.feeOrderId && c.feeCents > 0 && (
              <ExemptionForm caseId={c.id} exemption={c.exemption} fee={formatEuro(c.feeCents)} />
            )}
            <NoteForm caseId={c.id} />
          </div>
        </Card>
        {c.applicant && (nationalNumber || c.product.issuedFromRegister) && (
          <RegisterCard
            caseId={c.id}
            applicantId={c.applicant.id}
            status={c.status}
            nationalNumber={nationalNumber}
            canIssue={c.product.issuedFromRegister && registerApprovalPath(c, "staff") !== null}
          />
        )}
        {event && (
          <EventDossierStaff
            caseId={c.id}
            status={c.status}
            canDecide={decisions.length > 0}
            definition={definition}
            notice={event.notice}
            advice={event.advice}
            bodies={event.bodies}
            decision={event.decision}
            publication={event.publication}
            defaultDue={addBrusselsDays(brusselsParts(new Date()).dateKey, 14)}
          />
        )}
        {event && (
          <Card title="Zaal en materiaal">
            <LinkedBookingsList caseId={c.id} linked={event.linked} side="staff" />
          </Card>
        )}
        <Card title="Antwoorden">
          <AnswersSummary definition={definition} answers={c.answers as Answers} />
          <CaseFileLinks files={c.files} />
        </Card>
        <Card title="Geschiedenis">
          <CaseHistory events={c.events} statusLabel={label} showActor />
        </Card>
      </div>
    </>
  );
}
