import type { Metadata } from "next";
import Link from "next/link";
import { AddPageForm, PublishForm } from "@/components/eloket/designer/designer-forms";
import { DesignerOutline } from "@/components/eloket/designer/outline";
import { DocumentForm } from "@/components/eloket/designer/document-form";
import { FeeForm } from "@/components/eloket/designer/fee-form";
import { ProductForm } from "@/components/eloket/designer/product-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { choicesAmong, everyField } from "@/lib/eloket/designer/condition";
import { describeRules } from "@/lib/eloket/designer/fee-words";
import { currentFee, feeFields } from "@/lib/eloket/designer/fees";
import { designerMessages } from "@/lib/eloket/designer/messages";
import { placeholdersOf } from "@/lib/eloket/document";
import { getDesignerProduct, listTeams } from "@/lib/eloket/designer/queries";
import { AUDIENCES } from "@/lib/eloket/designer/schema";
import { AUDIENCE_LABELS } from "@/lib/eloket/labels";
import { notFound } from "@/lib/http/page-interrupts";

export const instant = false;
export const metadata: Metadata = { title: "Formulier ontwerpen" };

type Props = {
  params: Promise<{ productId: string }>;
  searchParams: Promise<{ bewaard?: string; gepubliceerd?: string }>;
};

/** The designer: the product's working copy, page by page, with one small form per operation. */
export default async function DesignerPage({ params, searchParams }: Props) {
  const { productId } = await params;
  await requireStaff("forms:design", `/beheer/formulieren/${productId}`);
  const [product, teams] = await Promise.all([getDesignerProduct(productId.slice(0, 60)), listTeams()]);
  if (!product) notFound();
  const query = await searchParams;
  const published = Number(query.gepubliceerd);
  const firstPage = product.definition.pages[0]!.key;
  return (
    <>
      <p className="mb-2">
        <Link href="/beheer/formulieren">Terug naar de formulieren</Link>
      </p>
      <PageHeader
        title={`Formulier: ${product.name}`}
        intro={`Team ${product.team.name}. ${
          product.published === null ? "Nog niet gepubliceerd." : `Gepubliceerd: versie ${product.published}.`
        } ${product.isDraft ? "Er zijn niet-gepubliceerde wijzigingen." : "Geen wijzigingen sinds de laatste versie."}`}
      />
      {query.bewaard && <Notice tone="success">{designerMessages.saved}</Notice>}
      {Number.isInteger(published) && published > 0 && (
        <Notice tone="success">{designerMessages.published(published)}</Notice>
      )}
      <div className="mb-6 flex flex-wrap items-start gap-4">
        <Link href={`/beheer/formulieren/${product.id}/voorbeeld/${firstPage}`}>Voorbeeld als inwoner</Link>
        {product.isDraft && <PublishForm productId={product.id} />}
      </div>
      <DesignerOutline productId={product.id} definition={product.definition} />
      <section id="kostprijs" className="mt-6">
        <Card title="Kostprijs en regels">
          {product.definition.derived.length > 0 ? (
            <ul className="mb-4 list-disc space-y-1 pl-5 break-words">
              {describeRules(product.definition).map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          ) : (
            <p className="mb-4">Nu: gratis, geen regels.</p>
          )}
          <FeeForm
            productId={product.id}
            current={currentFee(product.definition)}
            {...feeFields(product.definition)}
            conditions={choicesAmong(everyField(product.definition))}
          />
        </Card>
      </section>
      <div className="mt-6">
        <Card title="Pagina toevoegen">
          <AddPageForm productId={product.id} />
        </Card>
      </div>
      <div className="mt-6">
        <Card title="Document bij de beslissing">
          <DocumentForm
            productId={product.id}
            title={product.documentTitle}
            template={product.documentTemplate}
            placeholders={placeholdersOf(product.definition)}
          />
        </Card>
      </div>
      <div className="mt-6">
        <Card title="Productgegevens">
          <ProductForm
            teams={teams.map((t) => ({ value: t.id, label: t.name }))}
            audiences={AUDIENCES.map((a) => ({ value: a, label: AUDIENCE_LABELS[a] }))}
            values={{
              id: product.id,
              name: product.name,
              teamId: product.teamId,
              summary: product.summary,
              costText: product.costText,
              slaDays: product.slaDays,
              audiences: product.audiences,
            }}
          />
        </Card>
      </div>
    </>
  );
}
