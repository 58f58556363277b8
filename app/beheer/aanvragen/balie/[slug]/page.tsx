import { requireStaff } from "@/lib/auth/guards";
import { getFiling } from "@/lib/eloket/queries/filing";
import { firstOpenStep, stepHref } from "@/lib/eloket/steps";
import { notFound, redirect } from "@/lib/http/page-interrupts";
import { getResidentForStaff } from "@/lib/residents/queries";

export const instant = false;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ inwoner?: string }> };

// Starting or continuing a resident's request at the desk: to the first step not yet done.
export default async function StartDeskRequestPage({ params, searchParams }: Props) {
  const { slug } = await params;
  await requireStaff("residents:act-for", "/beheer/aanvragen/balie");
  const resident = await getResidentForStaff(((await searchParams).inwoner ?? "").slice(0, 60));
  if (!resident) notFound();
  const filing = await getFiling(resident.id, slug);
  if (!filing) notFound();
  const answers = filing.draft?.answers ?? {};
  const first = firstOpenStep(filing.version.definition, answers, filing.draft?.pagesDone ?? []);
  redirect(stepHref(slug, first, resident.id));
}
