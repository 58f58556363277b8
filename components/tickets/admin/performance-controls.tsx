"use client";
// Publishing, resizing and cancelling a performance.
import { Form, NumberField, SubmitButton, TextField } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { buttonClass } from "@/components/ui/button-class";
import { formatEuro } from "@/lib/be/money";
import { cancelPerformanceAction, publishAction, resizeAction } from "@/lib/tickets/admin-actions";
import { publishSchema, reasonSchema, resizeSchema } from "@/lib/tickets/admin-schema";

export function PublishToggle({ id, published }: { id: string; published: boolean }) {
  return (
    <Form
      action={publishAction}
      schema={publishSchema}
      label="Publicatie"
      className="space-y-2"
      success={() => "Bewaard."}
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="published" value={published ? "false" : "true"} />
      <SubmitButton>{published ? "Offline halen" : "Publiceren"}</SubmitButton>
    </Form>
  );
}

export function ResizeForm({ id, capacity }: { id: string; capacity: number }) {
  return (
    <Form
      action={resizeAction}
      schema={resizeSchema}
      label="Aantal plaatsen"
      className="space-y-2"
      keepValues
      success={() => "Het aantal plaatsen is aangepast."}
    >
      <input type="hidden" name="id" value={id} />
      <NumberField label="Aantal plaatsen" name="seats" defaultValue={String(capacity)} />
      <SubmitButton>Aanpassen</SubmitButton>
    </Form>
  );
}

export type CancelImpact = { paidOrders: number; paidCents: number; openOrders: number };

/**
 * Cancelling refunds every buyer, so it takes two steps: the first states what will happen, the
 * second (with the reason the buyers read) confirms. A <details> panel, so it works without JavaScript.
 */
export function CancelPerformanceForm({ id, impact }: { id: string; impact: CancelImpact }) {
  return (
    <details>
      <summary className={`${buttonClass("secondary")} cursor-pointer list-none`}>
        Voorstelling annuleren
      </summary>
      <Notice tone="warning" className="mt-3">
        {impact.paidOrders === 0
          ? "Er zijn nog geen betaalde bestellingen."
          : `${impact.paidOrders} betaalde bestelling${impact.paidOrders === 1 ? "" : "en"} (samen ${formatEuro(impact.paidCents)}) worden terugbetaald.`}{" "}
        {impact.openOrders > 0 &&
          `${impact.openOrders} onbetaalde reservatie${impact.openOrders === 1 ? "" : "s"} vervallen. `}
        Alle kopers krijgen een e-mail met de reden. Dit kan niet ongedaan gemaakt worden.
      </Notice>
      <Form
        action={cancelPerformanceAction}
        schema={reasonSchema}
        label="Voorstelling annuleren"
        className="space-y-3"
        success={(t) =>
          `Geannuleerd. ${t.refunded} online terugbetaald, ${t.manual} terug te betalen door de boekhouding, ${t.cancelled} onbetaalde reservaties geschrapt. Alle kopers kregen een e-mail.`
        }
      >
        <input type="hidden" name="id" value={id} />
        <TextField label="Reden (de kopers krijgen ze te lezen)" name="reason" />
        <SubmitButton kind="danger">Voorstelling annuleren en kopers terugbetalen</SubmitButton>
      </Form>
    </details>
  );
}
