// After submitting a product issued from the population register: the attest is there, or why it
// was not issued at once (the case then goes to burgerzaken). The reason comes from the redirect;
// "issued" is read from the case itself, so a typed address cannot claim an attest that is not there.
import { Notice } from "@/components/ui/notice";
import { eloketMessages, registerMessages } from "@/lib/eloket/messages";

const reasons = eloketMessages.notInstant;

export function RegisterNotice({ outcome, issued }: { outcome: string; issued: boolean }) {
  if (issued) return <Notice tone="success">{eloketMessages.issuedFromRegister}</Notice>;
  if (!Object.hasOwn(reasons, outcome)) return null;
  return <Notice tone="info">{reasons[outcome as keyof typeof reasons]}</Notice>;
}

const deskReasons = registerMessages.deskNotInstant;

/** The same after a filing at the desk: the attest to hand over, or why it waits in the inbox. */
export function DeskRegisterNotice({
  caseId,
  outcome,
  document,
}: {
  caseId: string;
  outcome: string;
  document: { documentIssuedAt: Date | null; documentTitle: string | null };
}) {
  if (document.documentIssuedAt)
    return (
      <Notice tone="success">
        {registerMessages.deskIssued}{" "}
        <a href={`/api/loket/document/${caseId}`}>{document.documentTitle ?? "Attest"} (pdf)</a>
      </Notice>
    );
  if (!Object.hasOwn(deskReasons, outcome)) return null;
  return <Notice tone="info">{deskReasons[outcome as keyof typeof deskReasons]}</Notice>;
}
