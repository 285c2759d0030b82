import type { RestRoute } from "../../platform/operations/rest-route";
import { EXPORT_OBJECTS, type ExportObject } from "../records/record-type-info";
import { listExportOperations, orgExportOperation } from "./operations";

const LIST_TYPES = ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"];
const TAGS: Record<ExportObject, string> = {
  contacts: "Contacts",
  companies: "Companies",
  leads: "Leads",
  deals: "Deals",
  tasks: "Tasks",
  activities: "Activities",
};

const listExportRoute = (object: ExportObject): RestRoute => ({
  method: "GET",
  path: `/${object}/export`,
  operation: listExportOperations[object],
  tag: TAGS[object],
  reply: "file",
  contentType: LIST_TYPES,
});

export const exportRoutes: RestRoute[] = [
  ...EXPORT_OBJECTS.map(listExportRoute),
  {
    method: "GET",
    path: "/exports/organization",
    operation: orgExportOperation,
    tag: "Export",
    reply: "file",
    contentType: "application/zip",
  },
];
