import type { Metadata } from "next";
import { ProductForm } from "@/components/eloket/designer/product-form";
import { DesignerProductList } from "@/components/eloket/designer/product-list";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { AUDIENCES } from "@/lib/eloket/designer/schema";
import { listDesignerProducts, listTeams } from "@/lib/eloket/designer/queries";
import { AUDIENCE_LABELS } from "@/lib/eloket/labels";

export const metadata: Metadata = { title: "Formulieren van het e-loket" };

/** The e-loket's products with their published version, and a new product. */
export default async function DesignerListPage() {
  await requireStaff("forms:design", "/beheer/formulieren");
  const [products, teams] = await Promise.all([listDesignerProducts(), listTeams()]);
  return (
    <>
      <PageHeader
        title="Formulieren van het e-loket"
        intro="Ontwerp het formulier van een product: pagina's, vragen, hulpteksten en voorwaarden. Je werkt in een werkexemplaar; inwoners zien pas iets na publiceren, en lopende aanvragen houden hun eigen versie."
      />
      <Card title={`Producten (${products.length})`}>
        <DesignerProductList rows={products} />
      </Card>
      <div className="mt-6">
        <Card title="Nieuw product">
          <ProductForm
            teams={teams.map((t) => ({ value: t.id, label: t.name }))}
            audiences={AUDIENCES.map((a) => ({ value: a, label: AUDIENCE_LABELS[a] }))}
          />
        </Card>
      </div>
    </>
  );
}
