"use server";
import { headers } from "next/headers";
import { formAction } from "@/lib/actions/safe-action";
import { getActor } from "@/lib/auth/actor";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { sendContactMessage } from "./commands";
import { checkContactRate } from "./rate-limits";
import { contactSchema } from "./schema";

export const submitContact = formAction({
  schema: contactSchema,
  guard: getActor,
  run: async (input, actor) => {
    await checkContactRate(clientAddress(await headers()), input.email);
    await sendContactMessage(input, actor?.userId ?? null);
    return { email: input.email };
  },
});
