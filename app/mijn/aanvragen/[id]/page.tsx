import type { Metadata } from "next";
import Link from "next/link";
import { AnswerQuestionForm } from "@/components/cases/answer-question-form";
import { CaseHistory } from "@/components/cases/case-history";
import { AnswersSummary } from "@/components/eloket/answers-summary";
import { FeeStatus } from "@/components/eloket/fee-status";
import { LinkCandidates, LinkedBookingsList } from "@/components/events/linked-bookings";
import { RequestedForEventNotice } from "@/components/events/requested-notice";
import { UitPublication } from "@/components/events/uit-publication";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { RegisterNotice } from "@/components/eloket/register-notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { formatDate } from "@/lib/be/time";
import { getMyCase } from "@/lib/cases/queries/mine";
import { linkCandidates, linkedWithDossier, requestedForDossier } from "@/lib/events/queries/linked";
import { publicationOf } from "@/lib/events/queries/publication";
import { eventRequestLinks, justRequested } from "@/lib/events/request-links";
import { EVENTS_WORKFLOW } from "@/lib/events/workflow";
import { feeOrderOf } from "@/lib/eloket/queries/fee";
import { optionsContextForAnswers } from "@/lib/eloket/queries/prefill-context";
import { type Answers, parseDefinition, withOptions } from "@/lib/form-engine";
import { notFound } from "@/lib/http/page-interrupts";

export const metadata: Metadata = { title: "Mijn aanvraag" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ verstuurd?: string; register?: string; uitlening?: string; zaal?: string }>;
};

// A resident's own request (another resident's is a 404: the query has the applicant in its where).
export default async function MyCasePage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireUser(`/mijn/aanvragen/${id}`);
  const c = await getMyCase(actor.userId, id);
  if (!c) notFound();
  const { verstuurd, register, uitlening, zaal } = await searchParams;
  const label = (code: string) => c.workflow.statuses.find((s) => s.code === code)?.label ?? code;
  const open = c.questions.find((q) => q.answeredAt === null);
  const isEvent = c.workflowId === EVENTS_WORKFLOW;
  const requestedNow = justRequested({ uitlening, zaal });
  const publication = isEvent && c.decision ? await publicationOf(c.id) : null;
  const [linked, candidates, requested] = isEvent
    ? await Promise.all([
        linkedWithDossier(c.id),
        c.subjectDay && !c.closedAt ? linkCandidates(actor.userId, c.subjectDay) : null,
        requestedNow ? requestedForDossier(actor.userId, { eventCaseId: c.id }, requestedNow) : null,
      ])
    : [null, null, null];
  return (
    <>
      <p className="mb-4">
        <Link href="/mijn/aanvragen">Terug naar mijn aanvragen</Link>
      </p>
      <PageHeader
        trail={[
          { href: "/mijn", label: "Mijn Wingene" },
          { href: "/mijn/aanvragen", label: "Mijn aanvragen" },
        ]}
        title={c.product.name}
        intro={`Referentie ${c.number} · status: ${label(c.status)}`}
      />
      {verstuurd && (
        <Notice tone="success">
          We ontvingen je aanvraag. Je referentienummer is {c.number}; we stuurden je ook een bevestiging per
          e-mail.
        </Notice>
      )}
      {verstuurd && register && <RegisterNotice outcome={register} issued={Boolean(c.documentIssuedAt)} />}
      {requested && <RequestedForEventNotice requested={requested} />}
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        {open && (
          <Card title="We hebben een vraag">
            <p className="mb-4 whitespace-pre-line break-words">{open.question}</p>
            <AnswerQuestionForm caseId={c.id} questionId={open.id} />
          </Card>
        )}
        {c.decision && (
          <Card title="Beslissing">
            <p className="mb-2 font-semibold">
              {label(c.decision.outcome)} op {formatDate(c.decision.decidedAt)}
            </p>
            <p className="whitespace-pre-line break-words">{c.decision.conditions}</p>
            {isEvent && c.decision.outcome === "APPROVED" && (
              <p className="mt-3">
                <a href={`/api/evenementen/vergunning/${c.id}`}>Download de vergunning (pdf)</a>
              </p>
            )}
            {publication && (
              <div className="mt-3">
                <UitPublication caseId={c.id} publication={publication} side="organiser" />
              </div>
            )}
          </Card>
        )}
        {c.documentIssuedAt && c.documentTitle && (
          <Card title="Je document">
            <p className="mb-2">
              {c.documentTitle}, uitgereikt op {formatDate(c.documentIssuedAt)}.
            </p>
            <a href={`/api/loket/document/${c.id}`}>Download {c.documentTitle.toLowerCase()} (pdf)</a>
          </Card>
        )}
        {linked && (
          <Card title="Zaal en materiaal">
            <LinkedBookingsList caseId={c.id} linked={linked} side="organiser" />
            {candidates && (
              <LinkCandidates
                caseId={c.id}
                candidates={candidates}
                requestLinks={eventRequestLinks(c.answers as Answers, c.id)}
              />
            )}
          </Card>
        )}
        <Card title="Stand van zaken">
          <p className="mb-3">
            Behandeld door {c.team.name}, uiterlijk op {formatDate(c.dueOn)}.
          </p>
          <div className="mb-3">
            <FeeStatus
              feeCents={c.feeCents}
              exemption={c.exemption}
              feePaidAt={c.feePaidAt}
              order={await feeOrderOf(c.feeOrderId)}
              side="resident"
            />
          </div>
          <CaseHistory events={c.events} statusLabel={label} />
        </Card>
        <Card title="Je antwoorden">
          {c.anonymisedAt ? (
            <p>De antwoorden van deze oude aanvraag zijn gewist (bewaartermijn).</p>
          ) : (
            <AnswersSummary
              definition={withOptions(
                parseDefinition(c.version.definition),
                await optionsContextForAnswers(c.answers as Answers),
              )}
              answers={c.answers as Answers}
            />
          )}
        </Card>
      </div>
    </>
  );
}
