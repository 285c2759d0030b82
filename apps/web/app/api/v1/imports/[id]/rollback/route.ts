// POST /api/v1/imports/{id}/rollback – remove what an import created and restore what it updated
import { restHandlers } from "@/lib/api/rest-handlers";

export const { POST } = restHandlers("/imports/{id}/rollback", "POST");
