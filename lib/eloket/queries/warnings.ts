// Warnings a product adds while its form is filled in, by product: the event notification warns
// when its place is already taken those days. Products without warnings have none.
import "server-only";
import { eventClashes } from "@/lib/events/clash";
import { EVENT_PRODUCT } from "@/lib/events/workflow";
import type { Answers } from "@/lib/form-engine";

export async function filingWarnings(slug: string, answers: Answers, userId: string): Promise<string[]> {
  return slug === EVENT_PRODUCT ? eventClashes(answers, userId) : [];
}
