import { requireUser } from "@/lib/auth/guards";
import { getFiling } from "@/lib/eloket/queries/filing";
import { firstOpenStep, stepHref } from "@/lib/eloket/steps";
import { notFound, redirect } from "@/lib/http/page-interrupts";

export const instant = false;

// Starting or resuming a request: to the first step not yet done (the check page when all are).
export default async function StartRequestPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requireUser(`/loket/${slug}/aanvraag`);
  const filing = await getFiling(actor.userId, slug);
  if (!filing) notFound();
  const answers = filing.draft?.answers ?? {};
  redirect(stepHref(slug, firstOpenStep(filing.version.definition, answers, filing.draft?.pagesDone ?? [])));
}
