// POST /api/v1/merges/{id}/undo – undo a merge: the merged records return and their links move back
import { restHandlers } from "@/lib/api/rest-handlers";

export const { POST } = restHandlers("/merges/{id}/undo", "POST");
