"use client";
// The designer's small forms, one per operation, each posting to its own server action (so each
// works without JavaScript): pages added, renamed, moved and removed; fields added, moved and
// removed; the working copy published.
import { Form, Select, SubmitButton, TextArea, TextField } from "@/components/ui/form";
import * as a from "@/lib/eloket/designer/actions";
import { DESIGNER_TYPES, TYPE_LABELS } from "@/lib/eloket/designer/fields";
import * as s from "@/lib/eloket/designer/schema";
import { Fold } from "./fold";

const typeOptions = DESIGNER_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] }));
const row = "flex flex-wrap items-start gap-2";

function Product({ id }: { id: string }) {
  return <input type="hidden" name="productId" value={id} />;
}

export function AddPageForm({ productId }: { productId: string }) {
  return (
    <Form action={a.addPageAction} schema={s.addPageSchema} label="Pagina toevoegen">
      <Product id={productId} />
      <TextField label="Titel van de nieuwe pagina" name="title" maxLength={120} />
      <Select label="Soort van het eerste veld" name="type" options={typeOptions} defaultValue="text" />
      <TextField label="Vraag van het eerste veld" name="label" maxLength={200} />
      <SubmitButton>Pagina toevoegen</SubmitButton>
    </Form>
  );
}

export function RenamePageForm({
  productId,
  page,
}: {
  productId: string;
  page: { key: string; title: string; intro?: string };
}) {
  return (
    <Form action={a.renamePageAction} schema={s.renamePageSchema} label={`Pagina ${page.title} wijzigen`}>
      <Product id={productId} />
      <input type="hidden" name="page" value={page.key} />
      <Fold summary="Titel en inleiding wijzigen">
        <TextField label="Titel" name="title" defaultValue={page.title} maxLength={120} />
        <TextArea label="Inleiding" name="intro" optional defaultValue={page.intro ?? ""} maxLength={1000} />
        <SubmitButton kind="secondary">Pagina bewaren</SubmitButton>
      </Fold>
    </Form>
  );
}

/** Up and down buttons for a page or a field; only the moves that exist. */
export function MoveForm({
  productId,
  target,
  name,
  label,
  first,
  last,
}: {
  productId: string;
  target: "page" | "field";
  name: string;
  label: string;
  first: boolean;
  last: boolean;
}) {
  if (first && last) return null;
  const page = target === "page";
  return (
    <Form
      action={page ? a.movePageAction : a.moveFieldAction}
      schema={page ? s.movePageSchema : s.moveFieldSchema}
      label={`${label} verplaatsen`}
      className={row}
    >
      <Product id={productId} />
      <input type="hidden" name={target} value={name} />
      {!first && (
        <SubmitButton kind="secondary" name="direction" value="up">
          Omhoog<span className="sr-only"> {label}</span>
        </SubmitButton>
      )}
      {!last && (
        <SubmitButton kind="secondary" name="direction" value="down">
          Omlaag<span className="sr-only"> {label}</span>
        </SubmitButton>
      )}
    </Form>
  );
}

export function RemoveForm({
  productId,
  target,
  name,
  label,
}: {
  productId: string;
  target: "page" | "field";
  name: string;
  label: string;
}) {
  const page = target === "page";
  return (
    <Form
      action={page ? a.removePageAction : a.removeFieldAction}
      schema={page ? s.removePageSchema : s.removeFieldSchema}
      label={`${label} verwijderen`}
      className={row}
    >
      <Product id={productId} />
      <input type="hidden" name={target} value={name} />
      <SubmitButton kind="danger">
        {page ? "Pagina verwijderen" : "Verwijderen"}
        <span className="sr-only"> {label}</span>
      </SubmitButton>
    </Form>
  );
}

export function AddFieldForm({
  productId,
  page,
}: {
  productId: string;
  page: { key: string; title: string };
}) {
  return (
    <Form action={a.addFieldAction} schema={s.addFieldSchema} label={`Veld toevoegen aan ${page.title}`}>
      <Product id={productId} />
      <input type="hidden" name="page" value={page.key} />
      <Select label="Soort veld" name="type" options={typeOptions} defaultValue="text" />
      <TextField label="Vraag" name="label" maxLength={200} hint="De vraag zoals de inwoner ze leest." />
      <SubmitButton kind="secondary">Veld toevoegen</SubmitButton>
    </Form>
  );
}

export function PublishForm({ productId }: { productId: string }) {
  return (
    <Form action={a.publishAction} schema={s.publishSchema} label="Publiceren" className={row}>
      <Product id={productId} />
      <SubmitButton>Nieuwe versie publiceren</SubmitButton>
    </Form>
  );
}
