// Stripe's idempotency keys: a POST retried with the same key and parameters gets the saved
// response back, byte for byte; the same key with other parameters or on another endpoint is an
// `idempotency_error` (HTTP 400), which the SDK raises as StripeIdempotencyError.
import { canonicalForm } from "./form";
import { StripeApiError } from "./params";

const conflict = (message: string) => new StripeApiError(400, message, { type: "idempotency_error" });

export class IdempotencyStore {
  private saved = new Map<string, { endpoint: string; params: string; json: string }>();

  /** The saved response for a retry, or undefined on first use; throws when the key is misused. */
  replay(key: string, endpoint: string, encodedParams: string): string | undefined {
    const saved = this.saved.get(key);
    if (!saved) return undefined;
    const reuse = `Try using a key other than '${key}' if you meant to execute a different request.`;
    if (saved.endpoint !== endpoint)
      throw conflict(
        `Keys for idempotent requests can only be used for the same endpoint they were first used for ('${saved.endpoint}' vs '${endpoint}'). ${reuse}`,
      );
    if (saved.params !== canonicalForm(encodedParams))
      throw conflict(
        `Keys for idempotent requests can only be used with the same parameters they were first used with. ${reuse}`,
      );
    return saved.json;
  }

  /** Only successes are saved, so a request that failed validation can be retried with its key. */
  save(key: string, endpoint: string, encodedParams: string, json: string): void {
    this.saved.set(key, { endpoint, params: canonicalForm(encodedParams), json });
  }
}
