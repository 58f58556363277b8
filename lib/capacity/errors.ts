import { AppError } from "@/lib/errors";
import { capacityMessages } from "./messages";

/** Not enough left in a pool. Expected under load: callers show the Dutch message, nothing is kept. */
export class CapacityUnavailable extends AppError {
  constructor(message: string = capacityMessages.notEnough) {
    super("CONFLICT", message);
  }
}
