// In the hall's and the lending service's request forms opened from an event dossier: the dossier
// as a hidden field (the request is linked to it on creation) and a line saying so.
import { Notice } from "@/components/ui/notice";

export function ForEventField({
  dossier,
  what,
}: {
  dossier: { id: string; number: string | null };
  what: string;
}) {
  return (
    <>
      <input type="hidden" name="dossier" value={dossier.id} />
      <Notice>
        Je vraagt dit aan voor je evenement (
        {dossier.number ? `dossier ${dossier.number}` : "je melding die nog niet ingediend is"}): {what} komt
        bij je dossier.
      </Notice>
    </>
  );
}

/** The review pages' summary row for a request made for an event dossier (none without). */
export function forEventRows(dossier: { number: string | null } | null) {
  if (!dossier) return [];
  const value = dossier.number ? `Komt bij je dossier ${dossier.number}` : "Komt bij je evenementmelding";
  return [{ key: "event", label: "Evenement", value }];
}
