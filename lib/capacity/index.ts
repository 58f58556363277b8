// The one capacity engine for seats, places, stock and slots. See ARCHITECTURE.md.
export { availability, type Availability } from "./availability";
export { CapacityUnavailable } from "./errors";
export { expireHolds, expireHoldsOf } from "./expiry";
export { confirmHolds, type HoldRequest, releaseHolds, takeHolds } from "./holds";
export { ensurePool, setCapacity } from "./pools";
