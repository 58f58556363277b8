// Every remove/pseudonymise rule's step, by rule id. Typed as a complete record, so a rule added to
// ../erasure-rules without its step (or a step without its rule) does not compile.
import type { Tx } from "@/lib/db/client";
import type { ErasureScope } from "../erase-scope";
import type { ErasureStepId } from "../erasure-rules";
import { ACCOUNT_STEPS } from "./account";
import { ACTIVITY_STEPS } from "./activities";
import { BOOKING_STEPS } from "./bookings";
import { SERVICE_STEPS } from "./services";

export type ErasureStep = (tx: Tx, scope: ErasureScope) => Promise<number>;

const steps = { ...ACCOUNT_STEPS, ...ACTIVITY_STEPS, ...SERVICE_STEPS, ...BOOKING_STEPS };

export const ERASE_STEPS: Record<ErasureStepId, ErasureStep> = steps;

// …and a step whose rule was removed is a compile error too.
type StepsWithoutRule = Exclude<keyof typeof steps, ErasureStepId>;
export const everyStepHasARule: [StepsWithoutRule] extends [never] ? true : StepsWithoutRule = true;
