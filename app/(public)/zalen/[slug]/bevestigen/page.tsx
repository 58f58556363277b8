import type { Metadata } from "next";
import Link from "next/link";
import { ReviewRequest } from "@/components/halls/review-request";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { reviewRequest } from "@/lib/halls/queries/mine";

// The signed-in requester's own review: rendered per request (a blocking route).
export const instant = false;

export const metadata: Metadata = { title: "Reservatie nakijken" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ReviewPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const actor = await requireUser(`/zalen/${slug}`);
  const review = await reviewRequest(query, actor.userId);
  if (!review.ok)
    return (
      <>
        <PageHeader title="Reservatie nakijken" />
        <Notice tone="error">{review.problem}</Notice>
        <Link href={`/zalen/${slug}#reserveren`}>Terug naar de zaal</Link>
      </>
    );
  return (
    <>
      <PageHeader
        title="Reservatie nakijken"
        intro={`${review.prepared.hall.name}: kijk alles na en bevestig.`}
      />
      <ReviewRequest review={review} />
    </>
  );
}
