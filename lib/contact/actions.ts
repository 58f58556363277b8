"use server";
import { formAction } from "@/lib/actions/safe-action";
import { getActor } from "@/lib/auth/actor";
import { sendContactMessage } from "./commands";
import { contactSchema } from "./schema";

export const submitContact = formAction({
  schema: contactSchema,
  guard: getActor,
  run: async (input, actor) => {
    await sendContactMessage(input, actor?.userId ?? null);
    return { email: input.email };
  },
});
