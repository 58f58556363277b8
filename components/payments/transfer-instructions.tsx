import { formatEuro } from "@/lib/be/money";
import { ogmFromBase } from "@/lib/be/ogm";
import { formatLongDate } from "@/lib/be/time";

export function TransferInstructions({
  ogm,
  amountCents,
  deadline,
  iban,
  bic,
  beneficiary,
}: {
  ogm: string;
  amountCents: number;
  deadline: Date | null;
  iban: string | null;
  bic: string | null;
  beneficiary: string;
}) {
  return (
    <div className="space-y-2">
      <p>
        Schrijf het bedrag over met deze gestructureerde mededeling. Je tickets komen zodra we je betaling
        ontvangen.
      </p>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-lg">
        <dt className="font-semibold">Bedrag</dt>
        <dd>{formatEuro(amountCents)}</dd>
        <dt className="font-semibold">Rekening</dt>
        <dd>
          {iban ?? "–"} {bic ? `(BIC ${bic})` : ""}
        </dd>
        <dt className="font-semibold">Begunstigde</dt>
        <dd>{beneficiary}</dd>
        <dt className="font-semibold">Mededeling</dt>
        <dd className="font-mono font-bold break-all">{ogmFromBase(ogm.slice(0, 10))}</dd>
        {deadline && (
          <>
            <dt className="font-semibold">Uiterlijk</dt>
            <dd>{formatLongDate(deadline)}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
