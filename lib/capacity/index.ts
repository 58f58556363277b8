// The one capacity engine for seats, places, stock and slots. See ARCHITECTURE.md ("Capacity engine").
export { availability, type Availability } from "./availability";
export { CapacityUnavailable } from "./errors";
export { expireHolds, expireHoldsOf } from "./expiry";
export { confirmHolds, releaseHolds, releasePart } from "./holds";
export { capacityMessages } from "./messages";
export { lockPools } from "./lock";
export { ensurePool, ensurePools, type PoolSpec, setCapacity } from "./pools";
export {
  type Alongside,
  EVERY_POOL_TAKEN,
  GATE_OPEN,
  type Guard,
  type HoldRequest,
  type Take,
  takeHolds,
} from "./take";
