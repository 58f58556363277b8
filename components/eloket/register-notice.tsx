// After submitting a product issued from the population register: the attest is there, or why it
// was not issued at once (the case then goes to burgerzaken). The reason comes from the redirect;
// "issued" is read from the case itself, so a typed address cannot claim an attest that is not there.
import { Notice } from "@/components/ui/notice";
import { eloketMessages } from "@/lib/eloket/messages";

const reasons = eloketMessages.notInstant;

export function RegisterNotice({ outcome, issued }: { outcome: string; issued: boolean }) {
  if (issued) return <Notice tone="success">{eloketMessages.issuedFromRegister}</Notice>;
  if (!Object.hasOwn(reasons, outcome)) return null;
  return <Notice tone="info">{reasons[outcome as keyof typeof reasons]}</Notice>;
}
