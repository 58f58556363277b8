// In the hall's and the lending service's request forms opened from an event dossier: the dossier
// as a hidden field (the request is linked to it on creation) and a line saying so.
import { Notice } from "@/components/ui/notice";

export function ForEventField({ dossier, what }: { dossier: { id: string; number: string }; what: string }) {
  return (
    <>
      <input type="hidden" name="dossier" value={dossier.id} />
      <Notice>
        Je vraagt dit aan voor je evenement (dossier {dossier.number}): {what} komt bij je dossier.
      </Notice>
    </>
  );
}
