import { AppError } from "@/lib/errors";

/** Not enough left in a pool. Expected under load: callers show the Dutch message, nothing is kept. */
export class CapacityUnavailable extends AppError {
  readonly poolId: string;

  constructor(
    poolId: string,
    message = "Er zijn niet genoeg plaatsen meer vrij. Kies een kleiner aantal of een ander moment.",
  ) {
    super("CONFLICT", message);
    this.poolId = poolId;
  }
}
