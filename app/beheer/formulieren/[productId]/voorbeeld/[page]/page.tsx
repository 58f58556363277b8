import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { PreviewPageForm } from "@/components/eloket/designer/preview-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { brusselsParts } from "@/lib/be/time";
import { designerMessages } from "@/lib/eloket/designer/messages";
import { getDesignerProduct } from "@/lib/eloket/designer/queries";
import { prefillContextFor } from "@/lib/eloket/queries/prefill-context";
import { withOptions } from "@/lib/form-engine";
import { notFound } from "@/lib/http/page-interrupts";

export const instant = false;
export const metadata: Metadata = { title: "Voorbeeld van een formulier" };

type Props = { params: Promise<{ productId: string; page: string }> };

/** A page of the working copy as a resident sees it; nothing posted here is stored. */
export default async function DesignerPreviewPage({ params }: Props) {
  const { productId, page: pageKey } = await params;
  const actor = await requireStaff("forms:design", `/beheer/formulieren/${productId}`);
  const product = await getDesignerProduct(productId.slice(0, 60));
  const pages = product?.definition.pages ?? [];
  const index = pages.findIndex((p) => p.key === pageKey);
  if (!product || index < 0) notFound();
  await connection();
  const page = pages[index]!;
  // Choices the portal fills in (household, associations) as the preview's action sees them.
  const definition = withOptions(product.definition, await prefillContextFor(actor.userId, null));
  const base = `/beheer/formulieren/${product.id}/voorbeeld`;
  return (
    <>
      <p className="mb-2">
        <Link href={`/beheer/formulieren/${product.id}`}>Terug naar het ontwerp</Link>
      </p>
      <PageHeader
        title={page.title}
        intro={`Voorbeeld van ${product.name}, stap ${index + 1} van ${pages.length}.`}
      />
      <Notice tone="warning">{designerMessages.previewNotice}</Notice>
      {page.intro && <p className="mb-4 break-words">{page.intro}</p>}
      <PreviewPageForm
        definition={definition}
        pageKey={page.key}
        today={brusselsParts(new Date()).dateKey}
        productId={product.id}
      />
      <nav aria-label="Stappen van het voorbeeld" className="mt-6 flex flex-wrap gap-4">
        {index > 0 && <Link href={`${base}/${pages[index - 1]!.key}`}>Vorige stap</Link>}
        {index < pages.length - 1 && <Link href={`${base}/${pages[index + 1]!.key}`}>Volgende stap</Link>}
      </nav>
    </>
  );
}
