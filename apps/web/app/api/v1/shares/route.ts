// GET /api/v1/shares?object=&recordId= – who a record is shared with
// POST/DELETE /api/v1/shares – share a record with a member, or take the share back: {"object","recordId","userId"}
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET, POST, DELETE } = restHandlers("/shares", "GET", "POST", "DELETE");
