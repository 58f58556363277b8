import { z } from "zod";

/** The order page's forms name the order by its token. */
export const orderTokenSchema = z.object({ token: z.string().min(20).max(64) });
