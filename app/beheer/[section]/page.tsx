import type { Metadata } from "next";
import { notFound, permanentRedirect } from "@/lib/http/page-interrupts";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { sectionHref, staffSections } from "@/lib/staff/sections";

type Props = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section } = await params;
  return { title: staffSections.find((s) => s.slug === section)?.title ?? "Beheer" };
}

/** Sections whose service is not built yet: guarded like the real thing, honest about their state. */
export default async function UpcomingSectionPage({ params }: Props) {
  const { section: slug } = await params;
  const section = staffSections.find((s) => s.slug === slug && (!s.ready || s.href));
  if (!section) notFound();
  await requireStaff(section.permission, `/beheer/${section.slug}`);
  // A section that came online elsewhere: an old bookmark leads to where its work is now.
  if (section.ready) permanentRedirect(sectionHref(section));
  return (
    <>
      <PageHeader title={section.title} intro={section.description} />
      <Notice tone="warning" title="In opbouw">
        Dit onderdeel van het loket wordt nog gebouwd. Tot dan werk je zoals vandaag.
      </Notice>
    </>
  );
}
