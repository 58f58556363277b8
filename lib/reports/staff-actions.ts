"use server";
// Server actions of the staff inbox. Each checks reports:manage itself.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff } from "@/lib/auth/guards";
import {
  addNote,
  changeStatus,
  createReport,
  mergeReport,
  reassignDepartment,
  sendMessage,
} from "./commands";
import { cleanReportPhotos } from "./photos";
import { mergeSchema, noteSchema, reassignSchema, staffReportSchema, statusChangeSchema } from "./schema";

const guard = () => requireStaff("reports:manage");
const detail = (id: string) => `/beheer/meldpunt/${id}`;

export const changeReportStatus = formAction({
  schema: statusChangeSchema,
  guard,
  run: async ({ reportId, status, message, seen }, actor) => {
    await changeStatus(reportId, status, actor.userId, { message, seen });
    revalidatePath(detail(reportId));
    return null;
  },
});

export const reassignReport = formAction({
  schema: reassignSchema,
  guard,
  run: async (input, actor) => {
    await reassignDepartment(input.reportId, input.departmentId, actor.userId);
    revalidatePath(detail(input.reportId));
    return null;
  },
});

export const addReportNote = formAction({
  schema: noteSchema,
  guard,
  run: async (input, actor) => {
    await addNote(input.reportId, input.body, actor.userId);
    revalidatePath(detail(input.reportId));
    return null;
  },
});

export const sendReportMessage = formAction({
  schema: noteSchema,
  guard,
  run: async (input, actor) => {
    await sendMessage(input.reportId, input.body, actor.userId);
    revalidatePath(detail(input.reportId));
    return null;
  },
});

export const mergeReportInto = formAction({
  schema: mergeSchema,
  guard,
  run: async (input, actor) => {
    const { targetId } = await mergeReport(input.reportId, input.target, actor.userId);
    revalidatePath(detail(input.reportId));
    return { targetId };
  },
});

/** A report entered by staff for someone on the phone, at the desk or from an e-mail. */
export const enterReport = formAction({
  schema: staffReportSchema,
  guard,
  run: async (input, actor) => {
    const photos = await cleanReportPhotos(input.photos);
    const report = await createReport(input, photos, { channel: input.channel, createdById: actor.userId });
    redirect(`${detail(report.id)}?nieuw=1`);
  },
});
