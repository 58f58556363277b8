// The dossier's publication in UiTdatabank (only shown when publishing is configured and the
// event was queued): its public address once published; for staff the reason it failed, with a
// button to try again; for the organiser only that it is not online yet.
import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/lib/be/time";
import { eventMessages as m } from "@/lib/events/messages";
import type { PublicationView } from "@/lib/events/queries/publication";
import { RetryPublicationForm } from "./retry-publication-form";

export function UitPublication({
  caseId,
  publication,
  side,
}: {
  caseId: string;
  publication: PublicationView;
  side: "staff" | "organiser";
}) {
  if (publication.status === "PUBLISHED" && publication.publicUrl)
    return (
      <p className="break-words">
        Gepubliceerd in UiTdatabank
        {publication.publishedAt && ` op ${formatDateTime(publication.publishedAt)}`}:{" "}
        <a href={publication.publicUrl}>bekijk het evenement op UiT in Vlaanderen</a>
        {side === "staff" && (
          <span className="block text-sm text-slate-700">Id: {publication.externalId}</span>
        )}
      </p>
    );
  if (side === "organiser" || !publication.lastError)
    return <p>Je evenement wordt gepubliceerd in UiTdatabank; dat kan even duren.</p>;
  return (
    <Notice tone="warning" title={m.publicationFailed(publication.lastError)}>
      {publication.status === "FAILED"
        ? "Er wordt niet meer vanzelf opnieuw geprobeerd."
        : "Het wordt later vanzelf opnieuw geprobeerd."}
      <RetryPublicationForm caseId={caseId} />
    </Notice>
  );
}
