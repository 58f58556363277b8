import type { Metadata } from "next";
import Link from "next/link";
import { EditFieldForm } from "@/components/eloket/designer/field-forms";
import { ConditionForm, PrefillForm } from "@/components/eloket/designer/field-rules";
import { GroupFields } from "@/components/eloket/designer/group-forms";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { conditionChoices, currentConditions } from "@/lib/eloket/designer/condition";
import { describeCondition } from "@/lib/eloket/designer/condition-words";
import { findField } from "@/lib/eloket/designer/edit";
import { TYPE_LABELS } from "@/lib/eloket/designer/fields";
import { prefillChoices } from "@/lib/eloket/designer/prefill";
import { getDesignerProduct } from "@/lib/eloket/designer/queries";
import { notFound } from "@/lib/http/page-interrupts";

export const instant = false;
export const metadata: Metadata = { title: "Veld wijzigen" };

type Props = { params: Promise<{ productId: string; field: string }> };

/** One field of the working copy: its settings, its prefill and its condition. */
export default async function DesignerFieldPage({ params }: Props) {
  const { productId, field: key } = await params;
  await requireStaff("forms:design", `/beheer/formulieren/${productId}`);
  const product = await getDesignerProduct(productId.slice(0, 60));
  const field = product && findField(product.definition, key);
  if (!product || !field) notFound();
  return (
    <>
      <p className="mb-2">
        <Link href={`/beheer/formulieren/${product.id}#veld-${field.key}`}>Terug naar het formulier</Link>
      </p>
      <PageHeader title={`Veld: ${field.label}`} intro={`${TYPE_LABELS[field.type]} in ${product.name}.`} />
      <Card title="Instellingen">
        <EditFieldForm productId={product.id} field={field} />
      </Card>
      {field.type === "group" && (
        <div className="mt-6">
          <Card title="Vragen bij elke herhaling">
            <GroupFields
              productId={product.id}
              groupKey={field.key}
              groupLabel={field.label}
              fields={field.fields}
            />
          </Card>
        </div>
      )}
      {field.type !== "info" && prefillChoices(field).length > 0 && (
        <div className="mt-6">
          <Card title="Vooraf invullen">
            <PrefillForm
              productId={product.id}
              fieldKey={field.key}
              fieldLabel={field.label}
              choices={prefillChoices(field)}
              current={field.prefill ?? ""}
            />
          </Card>
        </div>
      )}
      {field.type !== "info" && (
        <div className="mt-6">
          <Card title="Voorwaarde">
            <ConditionForm
              productId={product.id}
              fieldKey={field.key}
              fieldLabel={field.label}
              choices={conditionChoices(product.definition, field.key)}
              current={currentConditions(field)}
              described={field.showWhen ? describeCondition(product.definition, field.showWhen) : null}
            />
          </Card>
        </div>
      )}
    </>
  );
}
