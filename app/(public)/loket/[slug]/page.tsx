import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { atLeastOne } from "@/lib/cache/static-params";
import { AUDIENCE_LABELS } from "@/lib/eloket/labels";
import { getProduct, listProducts } from "@/lib/eloket/queries/catalogue";
import { notFound } from "@/lib/http/page-interrupts";

export const instant = false;

export async function generateStaticParams() {
  return atLeastOne(
    (await listProducts()).map((p) => ({ slug: p.slug })),
    { slug: "-" },
  );
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await getProduct((await params).slug);
  return { title: product?.name ?? "Aanvraag niet gevonden" };
}

export default async function ProductPage({ params }: Props) {
  const product = await getProduct((await params).slug);
  if (!product) notFound();
  return (
    <>
      <PageHeader trail={[{ href: "/loket", label: "E-loket" }]} title={product.name} intro={product.summary}>
        <p className="mt-4">
          <Link href={`/loket/${product.slug}/aanvraag`} prefetch={false} className={buttonClass()}>
            Aanvraag starten
          </Link>
        </p>
      </PageHeader>
      <Card title="Goed om te weten">
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">Wie kan dit aanvragen</dt>
          <dd>{product.audiences.map((a) => AUDIENCE_LABELS[a]).join(", ")}</dd>
          <dt className="font-semibold">Kostprijs</dt>
          <dd>{product.costText}</dd>
          <dt className="font-semibold">Wat je nodig hebt</dt>
          <dd className="whitespace-pre-line">{product.attachments || "Niets extra."}</dd>
          <dt className="font-semibold">Hoe lang het duurt</dt>
          <dd>We behandelen je aanvraag binnen {product.slaDays} dagen.</dd>
          <dt className="font-semibold">Volledig online</dt>
          <dd>{product.fullyOnline ? "Ja" : "Nee, je haalt het resultaat af aan de balie."}</dd>
          <dt className="font-semibold">Behandeld door</dt>
          <dd>{product.team.name}</dd>
        </dl>
        <p className="mt-4 text-slate-700">
          Je meldt je aan om de aanvraag in te vullen. We bewaren wat je invult na elke stap, ook als je later
          verdergaat op een ander toestel.
        </p>
      </Card>
    </>
  );
}
