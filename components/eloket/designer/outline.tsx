// The designer's view of a working copy: every page with its fields in order, each with the
// small forms that move, remove or open it. Labels are plain React text, never markup.
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { describeCondition } from "@/lib/eloket/designer/condition-words";
import { PREFILL_LABELS } from "@/lib/eloket/designer/prefill";
import { TYPE_LABELS } from "@/lib/eloket/designer/fields";
import type { FieldDefinition, FormDefinition } from "@/lib/form-engine";
import { AddFieldForm, MoveForm, RemoveForm, RenamePageForm } from "./designer-forms";

function conditionText(def: FormDefinition, field: FieldDefinition): string | null {
  return field.showWhen ? `Enkel als ${describeCondition(def, field.showWhen)}` : null;
}

function FieldItem(props: {
  def: FormDefinition;
  productId: string;
  field: FieldDefinition;
  first: boolean;
  last: boolean;
}) {
  const { def, productId, field } = props;
  const condition = conditionText(def, field);
  return (
    <li id={`veld-${field.key}`} className="space-y-2 border-t border-slate-300 py-3">
      <p className="font-semibold break-words">{field.label}</p>
      <p className="text-sm break-words text-slate-700">
        {TYPE_LABELS[field.type]}
        {field.type !== "info" && (field.required ? " · verplicht" : " · niet verplicht")}
        {field.type !== "info" && field.prefill && ` · vooraf ingevuld: ${PREFILL_LABELS[field.prefill]}`}
        {condition && ` · ${condition}`}
      </p>
      <div className="flex flex-wrap items-start gap-3">
        <Link href={`/beheer/formulieren/${productId}/veld/${field.key}`}>
          Wijzigen<span className="sr-only"> {field.label}</span>
        </Link>
        <MoveForm
          productId={productId}
          target="field"
          name={field.key}
          label={field.label}
          first={props.first}
          last={props.last}
        />
        <RemoveForm productId={productId} target="field" name={field.key} label={field.label} />
      </div>
    </li>
  );
}

export function DesignerOutline({
  productId,
  definition,
}: {
  productId: string;
  definition: FormDefinition;
}) {
  const pages = definition.pages;
  return (
    <div className="space-y-6">
      {pages.map((page, pi) => (
        <section key={page.key} id={`pagina-${page.key}`} aria-labelledby={`titel-${page.key}`}>
          <Card>
            <h2 id={`titel-${page.key}`} className="text-xl font-semibold break-words">
              Pagina {pi + 1}: {page.title}
            </h2>
            {page.intro && <p className="mt-1 break-words">{page.intro}</p>}
            <div className="mt-3 flex flex-wrap items-start gap-3">
              <MoveForm
                productId={productId}
                target="page"
                name={page.key}
                label={`pagina ${page.title}`}
                first={pi === 0}
                last={pi === pages.length - 1}
              />
              {pages.length > 1 && (
                <RemoveForm
                  productId={productId}
                  target="page"
                  name={page.key}
                  label={`pagina ${page.title}`}
                />
              )}
            </div>
            <div className="mt-3">
              <RenamePageForm productId={productId} page={page} />
            </div>
            <ol className="mt-4">
              {page.fields.map((field, fi) => (
                <FieldItem
                  key={field.key}
                  def={definition}
                  productId={productId}
                  field={field}
                  first={fi === 0}
                  last={fi === page.fields.length - 1}
                />
              ))}
            </ol>
            <div className="mt-4 border-t border-slate-300 pt-4">
              <h3 className="mb-2 text-lg font-semibold">Veld toevoegen</h3>
              <AddFieldForm productId={productId} page={page} />
            </div>
          </Card>
        </section>
      ))}
    </div>
  );
}
