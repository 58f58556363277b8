"use client";
// Choose whether to act as yourself or on behalf of one of your associations. Tariffs and
// requests follow this choice; it is recorded in the audit log.
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { chooseActingAssociation } from "@/lib/residents/actions";

type Option = { id: string; name: string };

export function ActingChoice({ options, current }: { options: Option[]; current: string | null }) {
  return (
    <ActionForm
      action={chooseActingAssociation}
      label="Handelen namens"
      success={() => "Je keuze is bewaard."}
    >
      <fieldset>
        <legend className="mb-2 text-lg font-semibold">Ik handel</legend>
        <div className="space-y-2">
          <label className="flex items-center gap-3">
            <input
              type="radio"
              name="associationId"
              value=""
              defaultChecked={current === null}
              className="h-5 w-5"
            />
            in eigen naam
          </label>
          {options.map((o) => (
            <label key={o.id} className="flex items-center gap-3">
              <input
                type="radio"
                name="associationId"
                value={o.id}
                defaultChecked={current === o.id}
                className="h-5 w-5"
              />
              namens {o.name}
            </label>
          ))}
        </div>
      </fieldset>
      <SubmitButton>Keuze bewaren</SubmitButton>
    </ActionForm>
  );
}
