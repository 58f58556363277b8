"use server";
// The social tariff (UiTPAS kansentarief): a parent files the number for their own child; staff
// (activities:manage) confirm or refuse an open request, or enter a confirmed one at the desk.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff, requireUser } from "@/lib/auth/guards";
import {
  confirmSocialTariff,
  confirmSocialTariffAtDesk,
  refuseSocialTariff,
  requestSocialTariff,
} from "./commands/social-tariff";
import {
  deskSocialClaimSchema,
  socialClaimSchema,
  socialConfirmSchema,
  socialRefuseSchema,
} from "./social-schema";

const staff = () => requireStaff("activities:manage");
const LIST = "/beheer/vrije-tijd/activiteiten/kansentarief";

export const requestMySocialTariff = formAction({
  schema: socialClaimSchema,
  guard: () => requireUser("/mijn/gezin"),
  run: async (input, actor) => {
    const saved = await requestSocialTariff(input, { userId: actor.userId });
    revalidatePath("/mijn", "layout");
    return saved;
  },
});

export const confirmSocialTariffAction = formAction({
  schema: socialConfirmSchema,
  guard: staff,
  run: async (input, actor) => {
    const decided = await confirmSocialTariff(input, actor.userId);
    revalidatePath(LIST);
    redirect(`${LIST}?bevestigd=${encodeURIComponent(decided.firstName)}`);
  },
});

export const refuseSocialTariffAction = formAction({
  schema: socialRefuseSchema,
  guard: staff,
  run: async (input, actor) => {
    const decided = await refuseSocialTariff(input, actor.userId);
    revalidatePath(LIST);
    redirect(`${LIST}?geweigerd=${encodeURIComponent(decided.firstName)}`);
  },
});

export const confirmSocialTariffAtDeskAction = formAction({
  schema: deskSocialClaimSchema,
  guard: staff,
  run: async (input, actor) => {
    const saved = await confirmSocialTariffAtDesk(input, actor.userId);
    revalidatePath("/beheer/vrije-tijd/activiteiten/balie");
    return saved;
  },
});
