// The payment core: one order model for every paid service. See ARCHITECTURE.md.
export {
  cancelOrder,
  createOrder,
  markPaid,
  markRefunded,
  moveOrder,
  type NewOrder,
  type OrderLineInput,
  type PaidOutcome,
} from "./orders";
export { expireOrders } from "./expiry";
export { chooseTransfer, recordTransfer } from "./transfer";
export { canMove, ORDER_TRANSITIONS } from "./order-status";
