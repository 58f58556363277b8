export * from "./ogm";
export * from "./national-register-number";
export * from "./money";
export * from "./time";
export * from "./address";
export * from "./calendar-date";
