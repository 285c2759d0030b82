// POST /api/v1/imports – upload a CSV/XLSX (multipart: file, object, mapping?, onDuplicate?, unknownOwner?, draft?) and queue its import; GET – recent imports
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET, POST } = restHandlers("/imports", "GET", "POST");
