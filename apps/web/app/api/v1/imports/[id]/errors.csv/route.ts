// GET /api/v1/imports/{id}/errors.csv – the refused rows with their row number and reason, to fix and import again
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET } = restHandlers("/imports/{id}/errors.csv", "GET");
