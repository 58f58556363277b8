import type { Metadata } from "next";
import Link from "next/link";
import { LoanFacts } from "@/components/lending/loan-facts";
import { HandOutForm, SettleDeposit, TakeBackForm } from "@/components/lending/staff/depot-forms";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { notFound } from "@/lib/http/page-interrupts";
import { depotLoan } from "@/lib/lending/queries/staff";
import { depositKept } from "@/lib/lending/rules";

export const metadata: Metadata = { title: "Uitlening" };

const DONE: Record<string, string> = {
  geleend: "De uitlening is gemaakt.",
  meegegeven: "Het materiaal is meegegeven.",
  teruggenomen: "Het materiaal is teruggenomen. Reken nu de waarborg af.",
  afgerekend: "De waarborg is afgerekend en de lener is verwittigd.",
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ gedaan?: string }> };

export default async function DepotLoanPage({ params, searchParams }: Props) {
  const [{ id }, { gedaan }] = await Promise.all([params, searchParams]);
  await requireStaff("loans:manage", `/beheer/uitleendienst/${id}`);
  const loan = await depotLoan(id);
  if (!loan) notFound();
  return (
    <>
      <PageHeader
        title={`Uitlening: ${loan.association?.name ?? loan.borrowerName}`}
        intro={loan.user?.phone ? `Telefoon ${loan.user.phone}` : undefined}
      />
      {gedaan && DONE[gedaan] && <Notice tone="success">{DONE[gedaan]}</Notice>}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Uitlening">
          <LoanFacts loan={loan} />
        </Card>
        {loan.shown === "RESERVED" && (
          <Notice tone="warning">Nog niet betaald: geef het materiaal pas mee na betaling.</Notice>
        )}
        {loan.shown === "CONFIRMED" && (
          <Card title="Meegeven">
            <HandOutForm loanId={loan.id} lines={loan.lines} />
          </Card>
        )}
        {loan.shown === "HANDED_OUT" && (
          <Card title="Terugnemen">
            <TakeBackForm loanId={loan.id} lines={loan.lines} />
          </Card>
        )}
        {loan.shown === "RETURNED" && (
          <Card title="Waarborg">
            <SettleDeposit
              loanId={loan.id}
              depositCents={loan.depositCents}
              keptCents={depositKept(loan.feeCents, loan.depositCents)}
            />
          </Card>
        )}
      </div>
      <p className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
        {/* A plain link: the pick list is a PDF from a route handler, not a page. */}
        <a href={`/beheer/uitleendienst/${loan.id}/ophaallijst.pdf`}>Ophaallijst afdrukken (pdf)</a>
        <Link href={`/beheer/uitleendienst?dag=${loan.pickup}`}>Terug naar de dag</Link>
      </p>
    </>
  );
}
