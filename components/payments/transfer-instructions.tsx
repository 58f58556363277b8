import { formatEuro } from "@/lib/be/money";
import { formatLongDate, formatTime } from "@/lib/be/time";
import { StructuredReference } from "./structured-reference";

export function TransferInstructions({
  ogm,
  amountCents,
  deadline,
  account,
  afterTransfer,
  mailed,
}: {
  ogm: string;
  amountCents: number;
  deadline: Date | null;
  account: { iban: string | null; bic: string | null; beneficiary: string };
  /** What happens once the money is in, in the words of what was bought. */
  afterTransfer: string;
  /** The buyer gave an e-mail address, so the details were mailed too. */
  mailed: boolean;
}) {
  return (
    <div className="space-y-2">
      <p>Schrijf het bedrag over met deze gestructureerde mededeling. {afterTransfer}</p>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-lg">
        <dt className="font-semibold">Bedrag</dt>
        <dd>{formatEuro(amountCents)}</dd>
        <dt className="font-semibold">Rekening</dt>
        <dd>
          {account.iban ?? "–"} {account.bic ? `(BIC ${account.bic})` : ""}
        </dd>
        <dt className="font-semibold">Begunstigde</dt>
        <dd>{account.beneficiary}</dd>
        <dt className="font-semibold">Mededeling</dt>
        <dd className="font-mono font-bold">
          <StructuredReference ogm={ogm} />
        </dd>
        {deadline && (
          <>
            <dt className="font-semibold">Uiterlijk</dt>
            <dd>
              {formatLongDate(deadline)} om {formatTime(deadline)}
            </dd>
          </>
        )}
      </dl>
      {mailed && <p className="text-sm text-slate-700">We stuurden deze gegevens ook per e-mail.</p>}
    </div>
  );
}
