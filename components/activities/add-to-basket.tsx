"use client";
// Adding a child to one of an activity's sessions in the basket, prepared before the opening. Without children in the
// household, the page links to Mijn gezin instead.
import { Form, Select, SubmitButton } from "@/components/ui/form";
import { addMyBasketLine } from "@/lib/activities/actions";
import { basketLineSchema, deskBasketLineSchema } from "@/lib/activities/schema";
import { addBasketLineForResident } from "@/lib/activities/staff-actions";

export function AddToBasket({
  sessions,
  kids,
  residentId,
}: {
  residentId?: string;
  sessions: { id: string; label: string }[];
  kids: { id: string; firstName: string }[];
}) {
  return (
    <Form
      action={residentId ? addBasketLineForResident : addMyBasketLine}
      schema={residentId ? deskBasketLineSchema : basketLineSchema}
      label="In mijn mandje"
      success={(d) => (
        <>
          {d.firstName} staat in {residentId ? "het mandje" : "je mandje"}.{" "}
          {!residentId && <a href="/mijn/activiteiten/mandje">Naar je mandje</a>}
        </>
      )}
    >
      {residentId && <input type="hidden" name="residentId" value={residentId} />}
      <Select
        label="Periode"
        name="sessionId"
        placeholder={sessions.length > 1 ? "Kies een periode" : undefined}
        options={sessions.map((s) => ({ value: s.id, label: s.label }))}
      />
      <Select
        label="Kind"
        name="memberId"
        placeholder="Kies een kind"
        options={kids.map((c) => ({ value: c.id, label: c.firstName }))}
      />
      <SubmitButton kind="secondary">In mijn mandje</SubmitButton>
    </Form>
  );
}
