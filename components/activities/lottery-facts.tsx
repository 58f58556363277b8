// What everyone may know of an activity's lottery: the window for preferences and, once drawn, the
// moment and the seed, so anyone can check that the draw was not chosen after the fact.
import { formatDateTime } from "@/lib/be/time";

export function LotteryFacts({
  a,
}: {
  a: {
    lotteryOpensAt: Date | null;
    lotteryClosesAt: Date | null;
    lotteryDrawnAt: Date | null;
    lotterySeed: string | null;
  };
}) {
  return (
    <>
      <dt className="font-semibold">Loting</dt>
      <dd>
        {a.lotteryOpensAt && a.lotteryClosesAt
          ? `Voorkeuren opgeven van ${formatDateTime(a.lotteryOpensAt)} tot ${formatDateTime(a.lotteryClosesAt)}; daarna verdeelt een loting de plaatsen.`
          : "De plaatsen worden verdeeld door een loting."}
      </dd>
      {a.lotteryDrawnAt && a.lotterySeed && (
        <>
          <dt className="font-semibold">Loting uitgevoerd</dt>
          <dd>
            op {formatDateTime(a.lotteryDrawnAt)}, seed <code className="break-all">{a.lotterySeed}</code>
          </dd>
        </>
      )}
    </>
  );
}
