"use server";
// Staff manage activities, their tariffs and sessions, and the opening moments (activities:manage).
// Every save expires the public catalogue's cache tag, so /activiteiten shows the change at once.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff } from "@/lib/auth/guards";
import { expireCached } from "@/lib/cache/expire";
import { CACHE_TAGS } from "@/lib/cache/tags";
import {
  activitySchema,
  dayCapSchema,
  openingMomentSchema,
  removeSessionSchema,
  sessionSchema,
} from "./admin-schema";
import { saveDayCap } from "./commands/admin-day-cap";
import { saveActivity } from "./commands/admin-activity";
import { saveOpening } from "./commands/admin-opening";
import { removeSession, saveSession } from "./commands/admin-session";

const staff = () => requireStaff("activities:manage");
const ADMIN = "/beheer/vrije-tijd/activiteiten";
const editPage = (activityId: string) => `${ADMIN}/bewerken/${activityId}`;

function refresh() {
  expireCached(CACHE_TAGS.activities);
  revalidatePath(ADMIN, "layout");
}

/** A new activity goes to its edit page (sessions next); a change stays on the page. */
export const saveActivityAction = formAction({
  schema: activitySchema,
  guard: staff,
  run: async (input, actor) => {
    const saved = await saveActivity(input, actor.userId);
    refresh();
    if (!input.activityId) redirect(`${editPage(saved.id)}?nieuw=1`);
    return saved;
  },
});

export const saveSessionAction = formAction({
  schema: sessionSchema,
  guard: staff,
  run: async (input, actor) => {
    await saveSession(input, actor.userId);
    refresh();
    redirect(`${editPage(input.activityId)}?periode=bewaard`);
  },
});

export const removeSessionAction = formAction({
  schema: removeSessionSchema,
  guard: staff,
  run: async (input, actor) => {
    await removeSession(input, actor.userId);
    refresh();
    redirect(`${editPage(input.activityId)}?periode=verwijderd`);
  },
});

export const saveOpeningAction = formAction({
  schema: openingMomentSchema,
  guard: staff,
  run: async (input, actor) => {
    await saveOpening(input, actor.userId);
    refresh();
    redirect(`${ADMIN}/momenten?bewaard=1`);
  },
});

export const saveDayCapAction = formAction({
  schema: dayCapSchema,
  guard: staff,
  run: async (input, actor) => {
    await saveDayCap(input, actor.userId);
    revalidatePath(`${ADMIN}/fiscaal-maximum`);
    redirect(`${ADMIN}/fiscaal-maximum?bewaard=${input.year}`);
  },
});
