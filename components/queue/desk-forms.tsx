"use client";
// The desk's queue forms: issue a ticket for a visitor, call the next ticket to "my desk" (which
// stays chosen), and what happened to a called ticket.
import Link from "next/link";
import { Form, Select, SubmitButton } from "@/components/ui/form";
import { callNextAction, changeCalledTicketAction, issueTicketAction } from "@/lib/queue/actions";
import { calledTicketSchema, callNextSchema } from "@/lib/queue/schema";
import { TakeTicketForm } from "./take-ticket-form";

type Option = { id: string; name: string; prefix: string };

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
  myDesk,
}: {
  desks: { id: string; name: string }[];
  options: Option[];
  /** The desk this staff member called to last at this site. */
  myDesk: string | null;
}) {
  return (
    <Form
      action={callNextAction}
      schema={callNextSchema}
      label="Volgende oproepen"
      keepValues
      defaultValues={{ deskId: myDesk ?? "" }}
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
      <Select
        name="deskId"
        label="Mijn balie"
        placeholder={myDesk ? undefined : "Kies je balie"}
        hint="Blijft gekozen tot je een andere balie kiest."
        options={desks.map((d) => ({ value: d.id, label: d.name }))}
      />
      <Select
        name="queueServiceId"
        label="Enkel voor"
        options={[
          { value: "", label: "Alle diensten" },
          ...options.map((o) => ({ value: o.id, label: `${o.prefix}: ${o.name}` })),
        ]}
      />
      <SubmitButton pendingText="Oproepen…">Roep volgende</SubmitButton>
    </Form>
  );
}

const CHANGES = [
  { change: "recall", label: "Terugroepen" },
  { change: "no-show", label: "Niet komen opdagen" },
  { change: "done", label: "Afgehandeld" },
] as const;

/** Call the ticket again, mark it as not shown, or as helped; the button pressed says which. */
export function CalledTicketButtons({ id, code }: { id: string; code: string }) {
  return (
    <Form
      action={changeCalledTicketAction}
      schema={calledTicketSchema}
      label={`Volgnummer ${code}`}
      className="mt-1 flex flex-wrap gap-2"
    >
      <input type="hidden" name="id" value={id} />
      {CHANGES.map((c) => (
        <SubmitButton key={c.change} kind="secondary" name="change" value={c.change}>
          <span className="sr-only">{code} </span>
          {c.label}
        </SubmitButton>
      ))}
    </Form>
  );
}
