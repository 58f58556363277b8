"use server";
// An activity's organisers and messages to the parents of a session. Staff (activities:manage) add
// and remove organisers and write to parents from the session's staff page; an organiser (any
// signed-in user, the command checks the link to the activity) writes from their own session page.
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff, requireUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { messageParents } from "./commands/message-parents";
import { addOrganiser, removeOrganiser } from "./commands/organisers";
import { addOrganiserSchema, parentsMessageSchema, removeOrganiserSchema } from "./organiser-schema";

const staffPage = (sessionId: string) => `/beheer/vrije-tijd/activiteiten/${sessionId}`;

export const addOrganiserAction = formAction({
  schema: addOrganiserSchema,
  guard: () => requireStaff("activities:manage"),
  run: async (input, actor) => {
    const added = await addOrganiser(db, input, actor.userId);
    revalidatePath(staffPage(input.sessionId));
    return added;
  },
});

export const removeOrganiserAction = formAction({
  schema: removeOrganiserSchema,
  guard: () => requireStaff("activities:manage"),
  run: async (input, actor) => {
    await removeOrganiser(db, input, actor.userId);
    revalidatePath(staffPage(input.sessionId));
    return null;
  },
});

export const messageParentsAction = formAction({
  schema: parentsMessageSchema,
  guard: () => requireStaff("activities:manage"),
  run: async (input, actor) => {
    const sent = await messageParents(db, input, { userId: actor.userId, asOrganiser: false });
    revalidatePath(staffPage(input.sessionId));
    return sent;
  },
});

export const messageParentsAsOrganiserAction = formAction({
  schema: parentsMessageSchema,
  guard: () => requireUser(),
  run: async (input, actor) => {
    const sent = await messageParents(db, input, { userId: actor.userId, asOrganiser: true });
    revalidatePath(`/mijn/organisator/${input.sessionId}`);
    return sent;
  },
});
