// On the event wizard's location and material steps: the hall booking and the loan requested for
// this notification (still a draft; they move to the dossier on submitting, and "Loskoppelen" undoes
// the link while the request stays in its service), and the way to the
// hall's and the lending service's own request flows with the event's days filled in. The hall
// only when the saved location is a municipal hall.
import { Card } from "@/components/ui/card";
import type { Answers } from "@/lib/form-engine";
import { linkedWithDraft, requestedForDossier } from "@/lib/events/queries/linked";
import { EVENT_REQUEST_STEPS, eventRequestLinks, justRequested } from "@/lib/events/request-links";
import { LinkedBookingsList, RequestForEventLinks } from "./linked-bookings";
import { RequestedForEventNotice } from "./requested-notice";

export async function EventStepRequests({
  userId,
  draftId,
  pageKey,
  answers,
  query,
}: {
  userId: string;
  draftId: string;
  pageKey: string;
  answers: Answers;
  query: { uitlening?: string; zaal?: string };
}) {
  const offers = pageKey === EVENT_REQUEST_STEPS.loan || pageKey === EVENT_REQUEST_STEPS.hall;
  const links = eventRequestLinks(answers, draftId);
  if (!offers || (pageKey === EVENT_REQUEST_STEPS.hall && !links.hall)) return null;
  const requestedNow = justRequested(query);
  const [linked, requested] = await Promise.all([
    linkedWithDraft(draftId),
    requestedNow ? requestedForDossier(userId, { eventDraftId: draftId }, requestedNow) : null,
  ]);
  return (
    <div className="mt-6">
      {requested && <RequestedForEventNotice requested={requested} />}
      <Card title="Zaal en materiaal voor dit evenement">
        <p className="mb-3 text-slate-700">
          Vraag ze hier aan: de zaal en de uitleendienst kijken beschikbaarheid, prijs en termijnen na zoals
          altijd, en wat je aanvraagt komt bij je melding.
        </p>
        <LinkedBookingsList caseId={draftId} linked={linked} side="organiser" unlink="draft" />
        <RequestForEventLinks
          links={pageKey === EVENT_REQUEST_STEPS.hall ? { ...links, loan: null } : links}
        />
      </Card>
    </div>
  );
}
