"use server";
// Server actions of the resident side: the place of a report, the report itself, or following an
// existing one instead.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/safe-action";
import { getActor } from "@/lib/auth/actor";
import { FieldError } from "@/lib/errors";
import { LOCATION_MESSAGES, pointOf } from "@/lib/forms/location";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { categoryForFiling, createReport, followReport } from "./commands";
import { cleanReportPhotos } from "./photos";
import { checkReportRate } from "./rate-limits";
import { followSchema, locationStepSchema, reportSchema } from "./schema";
import { descriptionStepUrl } from "./steps";

/**
 * The location step: checked with the category's own rule (is a place required?), then on to the
 * description step, which carries the place in its address.
 */
export const chooseLocation = formAction({
  schema: locationStepSchema(false),
  guard: getActor,
  run: async ({ kind, category, location }) => {
    const filed = await categoryForFiling(category, kind);
    if (filed.requiresLocation && !pointOf(location) && !location.text)
      throw new FieldError("location.text", LOCATION_MESSAGES.required);
    redirect(descriptionStepUrl(kind, category, location));
  },
});

export const submitReport = formAction({
  schema: reportSchema,
  guard: getActor,
  run: async (input, actor) => {
    await checkReportRate(clientAddress(await headers()), input.email);
    const photos = await cleanReportPhotos(input.photos);
    const report = await createReport(input, photos, { channel: "WEB", reporterId: actor?.userId ?? null });
    // The status page is the receipt, with the tracking number on it.
    redirect(`/melding/${report.token}?verstuurd=1`);
  },
});

export const followNearby = formAction({
  schema: followSchema,
  guard: getActor,
  run: async (input, actor) => {
    await checkReportRate(clientAddress(await headers()), input.email);
    return followReport(input.reportId, input.email, actor?.userId ?? null);
  },
});
