"use server";
// Server actions of the resident side: file a report, or follow an existing one instead.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/actions/result";
import { formAction } from "@/lib/actions/safe-action";
import { getActor } from "@/lib/auth/actor";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { createReport, followReport } from "./commands";
import { cleanPhotos } from "./photo-upload";
import { checkReportRate } from "./rate-limits";
import { followSchema, reportSchema } from "./schema";

export async function submitReport(
  previous: ActionResult<null> | null,
  formData: FormData,
): Promise<ActionResult<null>> {
  let token: string | null = null;
  const result = await formAction({
    schema: reportSchema,
    guard: getActor,
    run: async (input, actor) => {
      await checkReportRate(clientAddress(await headers()), input.email);
      const photos = await cleanPhotos(formData.getAll("photos").filter((v): v is File => v instanceof File));
      const report = await createReport(input, photos, { channel: "WEB", reporterId: actor?.userId ?? null });
      token = report.token;
      return null;
    },
  })(previous, formData);
  // Outside the wrapper: the status page is the receipt, with the tracking number on it.
  if (token) redirect(`/melding/${token}?verstuurd=1`);
  return result;
}

export const followNearby = formAction({
  schema: followSchema,
  guard: getActor,
  run: async (input, actor) => {
    await checkReportRate(clientAddress(await headers()), input.email);
    return followReport(input.reportId, input.email, actor?.userId ?? null);
  },
});
