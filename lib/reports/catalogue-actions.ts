"use server";
// Server actions that manage the meldpunt's catalogue. Routing, target days and the "where to go
// instead" texts are municipal policy that residents see, so they need sites:manage (the
// beheerder), not reports:manage (front desk, call centre, technical service handle reports).
import { expireCached } from "@/lib/cache/expire";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/safe-action";
import { requireStaff } from "@/lib/auth/guards";
import { saveCategory, saveDepartment, saveRetentionMonths, setCategoryActive } from "./catalogue";
import { categoryActiveSchema, categorySchema, departmentSchema, retentionSchema } from "./catalogue-schema";

const guard = () => requireStaff("sites:manage");
const LIST = "/beheer/meldpunt/categorieen";

export const saveDepartmentAction = formAction({
  schema: departmentSchema,
  guard,
  run: async (input, actor) => {
    await saveDepartment(input, actor.userId);
    revalidatePath(LIST);
    return null;
  },
});

export const saveCategoryAction = formAction({
  schema: categorySchema,
  guard,
  run: async (input, actor) => {
    await saveCategory(input, actor.userId);
    // Back to the list, where the saved category shows.
    revalidatePath(LIST);
    redirect(`${LIST}?bewaard=1`);
  },
});

export const setCategoryActiveAction = formAction({
  schema: categoryActiveSchema,
  guard,
  run: async (input, actor) => {
    await setCategoryActive(input.id, input.active === "ja", actor.userId);
    revalidatePath(LIST);
    return null;
  },
});

export const saveRetentionAction = formAction({
  schema: retentionSchema,
  guard,
  run: async (input, actor) => {
    await saveRetentionMonths(input.retentionMonths, actor.userId);
    expireCached(CACHE_TAGS.reportSettings);
    revalidatePath(LIST);
    return null;
  },
});
