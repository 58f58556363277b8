"use client";
// The desk's two queue forms: issue a ticket for a visitor, and call the next ticket to a desk.
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { callNextAction, issueTicketAction } from "@/lib/queue/actions";
import { callNextSchema } from "@/lib/queue/schema";
import { TakeTicketForm } from "./take-ticket-form";

type Option = { id: string; name: string; prefix: string };
const selectClass = "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2";

export function IssueTicketForm({ siteId, options }: { siteId: string; options: Option[] }) {
  return (
    <TakeTicketForm
      action={issueTicketAction}
      siteId={siteId}
      options={options}
      submit="Volgnummer geven"
      emailHint="Met een e-mailadres volgt de bezoeker het nummer op de gsm."
      success={(t) => (
        <>
          Volgnummer <strong className="font-mono text-2xl">{t.code}</strong>.{" "}
          <Link href={`/wachtrij/ticket/${t.token}`}>Volgpagina van dit nummer</Link>
        </>
      )}
    />
  );
}

export function CallNextForm({
  desks,
  options,
}: {
  desks: { id: string; name: string }[];
  options: Option[];
}) {
  return (
    <ActionForm
      action={callNextAction}
      schema={callNextSchema}
      label="Volgende oproepen"
      success={(t) =>
        t ? (
          <>
            Opgeroepen: <strong className="font-mono text-2xl">{t.code}</strong>
          </>
        ) : (
          "Er wacht niemand."
        )
      }
    >
      <div>
        <label htmlFor="call-desk" className="block font-semibold">
          Mijn balie
        </label>
        <select id="call-desk" name="deskId" className={selectClass}>
          {desks.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="call-service" className="block font-semibold">
          Enkel voor
        </label>
        <select id="call-service" name="queueServiceId" className={selectClass}>
          <option value="">Alle diensten</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.prefix}: {o.name}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton pendingText="Oproepen…">Roep volgende</SubmitButton>
    </ActionForm>
  );
}
