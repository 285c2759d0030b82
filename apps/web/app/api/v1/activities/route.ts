// GET /api/v1/activities – list activities visible to the caller; POST – log a note, call, meeting or email
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET, POST } = restHandlers("/activities", "GET", "POST");
