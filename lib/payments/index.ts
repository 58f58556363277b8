// The payment core: one order model for every paid service. See ARCHITECTURE.md.
export { cancelOrder, createOrder, markPaid, markRefunded, type NewOrder } from "./orders";
export { expireOrders } from "./expiry";
export { chooseTransfer, recordTransfer } from "./transfer";
