"use client";
// The document a decision issues for this product (an attest, a card, a permit): a title and a
// text with {{placeholders}} from the form's answer keys and the case's facts, listed beside it.
import { Form, SubmitButton, TextArea, TextField } from "@/components/ui/form";
import { updateDocumentAction } from "@/lib/eloket/designer/actions";
import { documentSchema } from "@/lib/eloket/designer/schema";

export function DocumentForm({
  productId,
  title,
  template,
  placeholders,
}: {
  productId: string;
  title: string | null;
  template: string | null;
  placeholders: { key: string; label: string }[];
}) {
  return (
    <Form action={updateDocumentAction} schema={documentSchema} label="Document bij de beslissing">
      <input type="hidden" name="productId" value={productId} />
      <p className="mb-4">
        Een medewerker die de aanvraag beslist, reikt dit document uit. Laat beide leeg als het product geen
        document geeft.
      </p>
      <TextField label="Titel" name="documentTitle" optional maxLength={120} defaultValue={title ?? ""} />
      <TextArea
        label="Tekst"
        name="documentTemplate"
        optional
        maxLength={5000}
        defaultValue={template ?? ""}
        hint="Een lege regel begint een nieuwe alinea. Zet een antwoord of gegeven tussen dubbele accolades, zoals {{naam}}."
      />
      <details className="mb-4">
        <summary className="cursor-pointer font-semibold">Wat je kan invullen</summary>
        <ul className="mt-2 space-y-1">
          {placeholders.map((p) => (
            <li key={p.key} className="break-words">
              <code>{`{{${p.key}}}`}</code>: {p.label}
            </li>
          ))}
        </ul>
      </details>
      <SubmitButton>Document bewaren</SubmitButton>
    </Form>
  );
}
