// Every price of an activity line goes through here: the parent's basket before paying, the click
// at opening and the desk (register.ts), the lottery's orders (lottery-draw.ts) and an offer
// accepted from the waiting list (offers.ts). The pure rules are in ../rules.ts; this reads what
// they need: whether each child has a confirmed social tariff (UiTPAS kansentarief) and the share.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isVerifiedResident } from "@/lib/residents/verification";
import { activityMessages } from "../messages";
import { priceLine, SOCIAL_TARIFF, socialTariffApplies, type Tariff, tariffFor, tariffLabel } from "../rules";
import { dateKey } from "./load";

type Claim = { status: string; validUntil: string | null };
export type SocialTerms = { sharePercent: number; claims: ReadonlyMap<string, Claim> };

/** The social share (ActivitySettings) and the confirmed claims of these children. */
export async function socialTerms(db: Db | Tx, memberIds: readonly string[]): Promise<SocialTerms> {
  const ids = [...new Set(memberIds)];
  const [settings, claims] = await Promise.all([
    db.activitySettings.findUnique({ where: { id: 1 }, select: { socialSharePercent: true } }),
    ids.length === 0
      ? []
      : db.socialTariffClaim.findMany({
          where: { memberId: { in: ids }, status: "CONFIRMED" },
          select: { memberId: true, status: true, validUntil: true },
        }),
  ]);
  return {
    sharePercent: settings?.socialSharePercent ?? 20,
    claims: new Map(
      claims.map((c) => [
        c.memberId,
        { status: c.status, validUntil: c.validUntil ? dateKey(c.validUntil) : null },
      ]),
    ),
  };
}

type PriceableLine = {
  memberId: string;
  session: {
    days: number;
    startDate: Date;
    activity: { id: string; tariffs: readonly Tariff[]; siblingDiscountPercent: number };
  };
};

/**
 * Line prices: the household's first child in an activity pays full, the next ones get the sibling
 * discount; a child with the social tariff valid on the session's first day pays the share instead
 * (never both, the lower of the two: rules.ts priceLine). `tariff` is the one the line shows and
 * stores (code SOCIAL for the social tariff), `label` the line's full tariff label.
 */
export function priceBasket<L extends PriceableLine>(
  lines: readonly L[],
  verifiedResident: boolean,
  social: SocialTerms,
) {
  const childrenPerActivity = new Map<string, string[]>();
  return lines.map((line) => {
    const activity = line.session.activity;
    const tariff = tariffFor(activity.tariffs, verifiedResident);
    if (!tariff) throw new AppError("INVALID_INPUT", activityMessages.noTariff);
    const seen = childrenPerActivity.get(activity.id) ?? [];
    if (!seen.includes(line.memberId)) seen.push(line.memberId);
    childrenPerActivity.set(activity.id, seen);
    const claim = social.claims.get(line.memberId);
    const share = socialTariffApplies(claim, dateKey(line.session.startDate)) ? social.sharePercent : null;
    const price = priceLine(
      tariff,
      line.session.days,
      seen.indexOf(line.memberId),
      activity.siblingDiscountPercent,
      share,
    );
    const shown: Tariff = price.social ? { ...tariff, ...SOCIAL_TARIFF } : tariff;
    return { line, tariff: shown, price, label: tariffLabel(shown.label, price) };
  });
}

/** What a parent's lines are priced on: their resident basis and their children's claims. */
export async function pricingOf(db: Db | Tx, userId: string, memberIds: readonly string[]) {
  const [verified, social] = await Promise.all([isVerifiedResident(userId, db), socialTerms(db, memberIds)]);
  return { verified, social };
}

type OfferedRow = {
  userId: string | null;
  memberId: string | null;
  tariffCode: string;
  tariffLabel: string;
  priceCents: number;
  session: { days: number; startDate: Date; activityId: string };
};

/**
 * The price of an offer accepted from the waiting list: the one stored when the child joined the
 * list (sibling discount included), or the social tariff when it applies now and is lower (a
 * claim confirmed while the child waited).
 */
export async function offerPrice(tx: Tx, r: OfferedRow) {
  const stored = { tariffCode: r.tariffCode, tariffLabel: r.tariffLabel, priceCents: r.priceCents };
  if (!r.memberId || !r.userId) return stored;
  const memberId = r.memberId;
  const activity = await tx.activity.findUniqueOrThrow({
    where: { id: r.session.activityId },
    select: { id: true, siblingDiscountPercent: true, tariffs: true },
  });
  const { verified, social } = await pricingOf(tx, r.userId, [memberId]);
  const [p] = priceBasket([{ memberId, session: { ...r.session, activity } }], verified, social);
  return p && p.price.social && p.price.unitCents < r.priceCents
    ? { tariffCode: p.tariff.code, tariffLabel: p.label, priceCents: p.price.unitCents }
    : stored;
}
