// The forms-as-data renderer: a page of a definition drawn with the kit's fields.
export { EnginePage } from "./engine-page";
export { EngineField } from "./engine-field";
