"use client";
// "Copy last year's": each earlier request the person may copy, as a ConfirmAction that says what
// happens (a new concept with everything but the dates; a concept in progress is replaced).
import { ConfirmAction } from "@/components/ui/form";
import { copyEarlierRequest } from "@/lib/eloket/actions";

export type CopyChoice = { id: string; label: string };

export function CopyEarlier({ cases, hasDraft }: { cases: CopyChoice[]; hasDraft: boolean }) {
  return (
    <ul className="space-y-3">
      {cases.map((c) => (
        <li key={c.id}>
          <ConfirmAction
            action={copyEarlierRequest}
            fields={{ caseId: c.id }}
            trigger={`Kopieer ${c.label}`}
            consequence={
              <p>
                Je krijgt een nieuw concept met alle antwoorden van {c.label}, behalve de datums en de
                bijlagen.
                {hasDraft && " Wat je nu al invulde, wordt vervangen."}
              </p>
            }
            confirmLabel="Ja, kopieer"
          />
        </li>
      ))}
    </ul>
  );
}
