// PUT /api/v1/deals/{id}/stage – move a deal to another stage ({"stageId"}), answers the deal
import { restHandlers } from "@/lib/api/rest-handlers";

export const { PUT } = restHandlers("/deals/{id}/stage", "PUT");
