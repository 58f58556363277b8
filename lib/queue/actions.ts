"use server";
// Taking a ticket by scanning the QR at the entrance (public), issuing one at the desk and calling
// the next ticket (front-office staff).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/safe-action";
import { getActor } from "@/lib/auth/actor";
import { requireStaff } from "@/lib/auth/guards";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { callNext, issueTicket, markTicketNoShow, recallTicket, takeTicketSelfService } from "./commands";
import { callNextSchema, takeTicketSchema, ticketIdSchema } from "./schema";

export const takeTicketAction = formAction({
  schema: takeTicketSchema,
  guard: getActor,
  run: async (input) => {
    const ticket = await takeTicketSelfService(input, clientAddress(await headers()));
    redirect(`/wachtrij/ticket/${ticket.trackToken}`);
  },
});

export const issueTicketAction = formAction({
  schema: takeTicketSchema,
  guard: () => requireStaff("frontoffice:manage", "/beheer/onthaal/wachtrij"),
  run: async (input, actor) => {
    const ticket = await issueTicket(input, actor.userId);
    revalidatePath("/beheer/onthaal/wachtrij");
    return { code: ticket.code, token: ticket.trackToken };
  },
});

export const callNextAction = formAction({
  schema: callNextSchema,
  guard: () => requireStaff("frontoffice:manage", "/beheer/onthaal/wachtrij"),
  run: async ({ deskId, queueServiceId }, actor) => {
    const called = await callNext(deskId, actor.userId, queueServiceId);
    revalidatePath("/beheer/onthaal/wachtrij");
    return called ? { code: called.code } : null;
  },
});

export const recallTicketAction = formAction({
  schema: ticketIdSchema,
  guard: () => requireStaff("frontoffice:manage", "/beheer/onthaal/wachtrij"),
  run: async ({ id }, actor) => {
    await recallTicket(actor.userId, id);
    revalidatePath("/beheer/onthaal/wachtrij");
    return null;
  },
});

export const ticketNoShowAction = formAction({
  schema: ticketIdSchema,
  guard: () => requireStaff("frontoffice:manage", "/beheer/onthaal/wachtrij"),
  run: async ({ id }, actor) => {
    await markTicketNoShow(actor.userId, id);
    revalidatePath("/beheer/onthaal/wachtrij");
    return null;
  },
});
