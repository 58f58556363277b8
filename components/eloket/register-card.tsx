// The population register on a staff case page: the applicant's national number (masked) with the
// lookup of their household, and issuing the attest when the product is issued from the register
// and the case is open. Without a recorded number, where to record it.
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { registerMessages } from "@/lib/eloket/messages";
import { HouseholdLookupForm, IssueFromRegisterForm } from "./register-forms";

export function RegisterCard({
  caseId,
  applicantId,
  status,
  nationalNumber,
  canIssue,
}: {
  caseId: string;
  applicantId: string;
  status: string;
  /** Masked; null when staff did not record one. */
  nationalNumber: string | null;
  canIssue: boolean;
}) {
  return (
    <Card title="Bevolkingsregister">
      {nationalNumber ? (
        <div className="space-y-6">
          <p>
            Rijksregisternummer van de aanvrager: {nationalNumber} (vastgelegd na het zien van de
            identiteitskaart).
          </p>
          <HouseholdLookupForm caseId={caseId} />
          {canIssue && <IssueFromRegisterForm caseId={caseId} status={status} />}
        </div>
      ) : (
        <>
          <p>{registerMessages.noNationalNumber}</p>
          <p className="mt-3">
            <Link href={`/beheer/inwoners/${applicantId}`}>Naar de fiche van de inwoner</Link>
          </p>
        </>
      )}
    </Card>
  );
}
