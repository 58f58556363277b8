import type { Metadata } from "next";
import { notFound } from "@/lib/http/page-interrupts";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { staffSections } from "@/lib/staff/sections";

type Props = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section } = await params;
  return { title: staffSections.find((s) => s.slug === section)?.title ?? "Beheer" };
}

/** Sections whose service is not built yet: guarded like the real thing, honest about their state. */
export default async function UpcomingSectionPage({ params }: Props) {
  const { section: slug } = await params;
  const section = staffSections.find((s) => s.slug === slug && !s.ready);
  if (!section) notFound();
  await requireStaff(section.permission, `/beheer/${section.slug}`);
  return (
    <>
      <PageHeader title={section.title} intro={section.description} />
      <Notice tone="warning" title="In opbouw">
        Dit onderdeel van het loket wordt nog gebouwd. Tot dan werk je zoals vandaag.
      </Notice>
    </>
  );
}
