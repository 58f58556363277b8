"use server";
// Taking a ticket by scanning the QR at the entrance (public), and the desk's side (front-office
// staff): issue a ticket, call the next one, call again, not shown, helped.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/safe-action";
import { getActor } from "@/lib/auth/actor";
import { requireStaff } from "@/lib/auth/guards";
import { clientAddress } from "@/lib/rate-limit/client-address";
import {
  callNext,
  finishTicket,
  issueTicket,
  markTicketNoShow,
  recallTicket,
  takeTicketSelfService,
} from "./commands";
import { calledTicketSchema, callNextSchema, takeTicketSchema } from "./schema";

const DESK_PAGE = "/beheer/onthaal/wachtrij";
const guard = () => requireStaff("frontoffice:manage", DESK_PAGE);

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
  guard,
  run: async (input, actor) => {
    const ticket = await issueTicket(input, actor.userId);
    revalidatePath(DESK_PAGE);
    return { code: ticket.code, token: ticket.trackToken };
  },
});

export const callNextAction = formAction({
  schema: callNextSchema,
  guard,
  run: async ({ deskId, queueServiceId }, actor) => {
    const called = await callNext(deskId, actor.userId, queueServiceId);
    revalidatePath(DESK_PAGE);
    return called ? { code: called.code } : null;
  },
});

const CHANGES = { recall: recallTicket, "no-show": markTicketNoShow, done: finishTicket } as const;

export const changeCalledTicketAction = formAction({
  schema: calledTicketSchema,
  guard,
  run: async ({ id, change }, actor) => {
    await CHANGES[change](actor.userId, id);
    revalidatePath(DESK_PAGE);
    return null;
  },
});
