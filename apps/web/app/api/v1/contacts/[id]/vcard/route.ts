// GET /api/v1/contacts/{id}/vcard – the contact as a vCard 3.0 file (404 when not visible)
import { vCardRoute } from "@/features/exports/export-routes";

export const GET = vCardRoute();
