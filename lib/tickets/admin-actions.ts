"use server";
// Back-office entry points for the cultural season; every one guarded by leisure:manage.
import { expireCached } from "@/lib/cache/expire";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff } from "@/lib/auth/guards";
import { refundOrder } from "@/lib/payments/refund";
import { recordTransfer } from "@/lib/payments/transfer";
import { kindOfOrder } from "@/lib/payments/item-kinds";
import { paymentMessages } from "@/lib/payments/messages";
import { orderLinesOf } from "@/lib/payments/queries";
import {
  deskSaleSchema,
  performanceEditSchema,
  performanceSchema,
  publishSchema,
  reasonSchema,
  resizeSchema,
  transferReceivedSchema,
} from "./admin-schema";
import {
  cancelPerformance,
  createPerformance,
  resizePerformance,
  sellAtDesk,
  setPublished,
} from "./admin-commands";
import { updatePerformance } from "./admin-edit";
import { setPerformancePoster } from "./admin-poster";
import { preparePublicPhoto } from "@/lib/uploads/public-photo";
import { publicPhotoSchema } from "@/lib/uploads/schema";

const staff = () => requireStaff("leisure:manage");
const refresh = () => {
  // The public programme and performance pages show what staff change here.
  expireCached(CACHE_TAGS.performances);
  revalidatePath("/beheer/vrije-tijd", "layout");
};

export const createPerformanceAction = formAction({
  schema: performanceSchema,
  guard: staff,
  run: async (input, actor) => {
    const id = await createPerformance(actor.userId, input);
    refresh();
    redirect(`/beheer/vrije-tijd/${id}`);
  },
});

export const updatePerformanceAction = formAction({
  schema: performanceEditSchema,
  guard: staff,
  run: async (input, actor) => {
    const { buyersTold } = await updatePerformance(actor.userId, input.performanceId, input);
    refresh();
    redirect(`/beheer/vrije-tijd/${input.performanceId}?gewijzigd=${buyersTold}`);
  },
});

export const publishAction = formAction({
  schema: publishSchema,
  guard: staff,
  run: async ({ id, published }, actor) => {
    await setPublished(actor.userId, id, published === "true");
    refresh();
    return null;
  },
});

export const resizeAction = formAction({
  schema: resizeSchema,
  guard: staff,
  run: async ({ id, seats }, actor) => {
    await resizePerformance(actor.userId, id, seats);
    refresh();
    return null;
  },
});

export const cancelPerformanceAction = formAction({
  schema: reasonSchema,
  guard: staff,
  run: async ({ id, reason }, actor) => {
    const tally = await cancelPerformance(actor.userId, id, reason);
    refresh();
    return tally;
  },
});

export const refundOrderAction = formAction({
  schema: reasonSchema,
  guard: staff,
  run: async ({ id, reason }, actor) => {
    const result = await refundOrder(id, actor.userId, reason);
    refresh();
    return result;
  },
});

export const transferReceivedAction = formAction({
  schema: transferReceivedSchema,
  guard: staff,
  run: async ({ ogm, amount }, actor) => {
    const { orderId, outcome } = await recordTransfer(ogm, amount, actor.userId);
    refresh();
    // The confirmation speaks of what the order bought (tickets, a hall booking).
    const kind = kindOfOrder(await orderLinesOf(orderId));
    const message =
      outcome === "paid"
        ? kind.staffPaid
        : outcome === "already-paid"
          ? paymentMessages.alreadyPaid
          : paymentMessages.paidButGone;
    return { orderId, outcome, message };
  },
});

export const deskSaleAction = formAction({
  schema: deskSaleSchema,
  guard: staff,
  run: async ({ reservation, payment }, actor) => {
    const order = await sellAtDesk(actor.userId, reservation, payment);
    refresh();
    return { number: order.number, token: order.accessToken, method: payment.method };
  },
});

/** The performance's poster: cleaned and resized before the transaction, so a refused file stores nothing. */
export const performancePosterAction = formAction({
  schema: publicPhotoSchema,
  guard: staff,
  run: async (input, actor) => {
    const poster = await preparePublicPhoto(input.photo);
    await setPerformancePoster(input.subjectId, input.photoAlt, poster, actor.userId);
    refresh();
    return null;
  },
});
