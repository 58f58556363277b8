// The meldpunt's reads, one file per audience under queries/ (this is the folder's entry).
export {
  getAllCategories,
  getCategories,
  getCategoryById,
  getDepartments,
  getRetentionMonths,
  publicRetentionMonths,
} from "./queries/catalogue";
export { getReportForStaff, type InboxRow, listInbox, type StaffReport } from "./queries/inbox";
export {
  getMyReport,
  getMyReports,
  getReportByToken,
  getReportPhoto,
  nearbyOpenReports,
  type ResidentView,
} from "./queries/public";
