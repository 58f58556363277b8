import type { Metadata } from "next";
import Link from "next/link";
import { CancelLoan } from "@/components/lending/cancel-loan";
import { LoanFacts } from "@/components/lending/loan-facts";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { formatDateKey } from "@/lib/be/calendar-date";
import { notFound } from "@/lib/http/page-interrupts";
import { myLoan } from "@/lib/lending/queries/mine";

export const metadata: Metadata = { title: "Uitlening" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ geannuleerd?: string }> };

export default async function MyLoanPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const actor = await requireUser(`/mijn/uitleningen/${id}`);
  const loan = await myLoan(actor.userId, id);
  if (!loan) notFound();
  return (
    <>
      <PageHeader
        trail={[
          { href: "/mijn", label: "Mijn Wingene" },
          { href: "/mijn/uitleningen", label: "Mijn uitleningen" },
        ]}
        title="Uitlening"
        intro={`Ophalen op ${formatDateKey(loan.pickup)}`}
      />
      {query.geannuleerd && <Notice tone="success">Je uitlening is geannuleerd.</Notice>}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Uitlening">
          <LoanFacts loan={loan} />
        </Card>
        {loan.cancellable && (
          <Card title="Annuleren">
            <p className="mb-3">Annuleren kan tot {formatDateKey(loan.cancelDeadline)}.</p>
            <CancelLoan
              loanId={loan.id}
              paidCents={loan.order?.status === "PAID" ? loan.order.totalCents : null}
            />
          </Card>
        )}
      </div>
      <p className="mt-6">
        <Link href="/mijn/uitleningen">Terug naar mijn uitleningen</Link>
      </p>
    </>
  );
}
