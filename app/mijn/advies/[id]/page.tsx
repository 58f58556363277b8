import type { Metadata } from "next";
import Link from "next/link";
import { AnswersSummary } from "@/components/eloket/answers-summary";
import { CaseFileLinks } from "@/components/eloket/case-file-links";
import { AdviceAnswerForm } from "@/components/events/advice-answer-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { brusselsParts, formatDate, formatDateTime } from "@/lib/be/time";
import { optionsContextForAnswers } from "@/lib/eloket/queries/prefill-context";
import { VERDICT_LABELS } from "@/lib/events/labels";
import { withOptions } from "@/lib/form-engine";
import { adviceForAdvisor } from "@/lib/events/queries/advisor";
import { notFound } from "@/lib/http/page-interrupts";

export const metadata: Metadata = { title: "Adviesvraag" };

// One advice request: the question and ONLY the parts of the dossier it names; a request of
// another body (or for someone who is no advisor) is a 404, the scope is in the query.
export default async function AdviceRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireUser(`/mijn/advies/${id}`);
  const advice = await adviceForAdvisor(id, actor.userId);
  if (!advice) notFound();
  const overdue =
    !advice.answeredAt && advice.dueOn < new Date(`${brusselsParts(new Date()).dateKey}T00:00:00Z`);
  return (
    <>
      <p className="mb-4">
        <Link href="/mijn/advies">Terug naar de adviesvragen</Link>
      </p>
      <PageHeader
        title={`Advies over ${advice.number}`}
        intro={`${advice.body.name} · nodig tegen ${formatDate(advice.dueOn)}`}
      />
      {overdue && <Notice tone="warning">De gevraagde datum is voorbij; je advies is nog welkom.</Notice>}
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Card title="De vraag">
          <p className="whitespace-pre-line break-words">{advice.question}</p>
        </Card>
        <Card title="Je advies">
          {advice.answeredAt && advice.verdict ? (
            <>
              <p className="font-semibold">
                {VERDICT_LABELS[advice.verdict]} ({formatDateTime(advice.answeredAt)})
              </p>
              <p className="whitespace-pre-line break-words">{advice.answer}</p>
            </>
          ) : (
            <AdviceAnswerForm adviceId={advice.id} />
          )}
        </Card>
        <Card title="Uit het dossier">
          <AnswersSummary
            definition={withOptions(advice.definition, await optionsContextForAnswers(advice.answers))}
            answers={advice.answers}
          />
          <CaseFileLinks files={advice.files} />
        </Card>
      </div>
    </>
  );
}
