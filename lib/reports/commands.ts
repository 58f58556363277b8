// The meldpunt's use cases, one file per use case under commands/ (this is the folder's entry).
export { categoryForFiling, createReport, type NewReport, type NewReportContext } from "./commands/file";
export { followReport } from "./commands/follow";
export { addNote, changeStatus, reassignDepartment, sendMessage } from "./commands/handle";
export { mergeReport } from "./commands/merge";
