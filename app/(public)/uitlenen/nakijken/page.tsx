import type { Metadata } from "next";
import Link from "next/link";
import { ReviewLoan } from "@/components/lending/review-loan";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { reviewLoan } from "@/lib/lending/queries/mine";

// The signed-in borrower's own review: rendered per request.
export const instant = false;

export const metadata: Metadata = { title: "Uitlening nakijken" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewLoanPage({ searchParams }: Props) {
  const actor = await requireUser("/uitlenen");
  const review = await reviewLoan(await searchParams, actor.userId);
  if (!review.ok)
    return (
      <>
        <PageHeader title="Uitlening nakijken" />
        <Notice tone="error">{review.problem}</Notice>
        <Link href="/uitlenen#lenen">Terug naar het materiaal</Link>
      </>
    );
  return (
    <>
      <PageHeader title="Uitlening nakijken" intro="Kijk alles na, aanvaard de voorwaarden en bevestig." />
      <ReviewLoan review={review} />
    </>
  );
}
