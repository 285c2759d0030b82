import type { HttpMethod, RestRoute } from "../../platform/operations/rest-route";
import { activityRoutes } from "../activities/routes";
import { buildOpenApi } from "../api-docs/build-openapi";
import { companyRoutes } from "../companies/routes";
import { contactRoutes } from "../contacts/routes";
import { customFieldRoutes } from "../custom-fields/routes";
import { dashboardRoutes } from "../dashboard/routes";
import { pipelineRoutes } from "../deals/pipeline-routes";
import { dealRoutes } from "../deals/routes";
import { mergeRoutes } from "../duplicates/merge-routes";
import { duplicateRoutes } from "../duplicates/routes";
import { exchangeRateRoutes } from "../exchange-rates/routes";
import { exportRoutes } from "../exports/routes";
import { importRoutes } from "../imports/routes";
import { leadRoutes } from "../leads/routes";
import { notificationRoutes } from "../notifications/routes";
import { accountRoutes } from "../orgs/routes";
import { bulkRoutes } from "../records/bulk/bulk-operations";
import { shareRoutes } from "../records/share-routes";
import { reportRoutes } from "../reports/routes";
import { searchRoutes } from "../search/routes";
import { taskRoutes } from "../tasks/routes";
import { viewRoutes } from "../views/routes";
import { webhookRoutes } from "../webhooks/routes";
import { openApiRoute } from "./openapi-route";

// Every /api/v1 route bound to an operation. The route files in apps/web/app/api/v1 look their
// handlers up here, and the OpenAPI document is generated from it, so neither can drift.
export const restRoutes: RestRoute[] = [
  ...contactRoutes,
  ...exportRoutes,
  openApiRoute(() => restRoutes),
  ...importRoutes,
  ...accountRoutes,
  ...dashboardRoutes,
  ...searchRoutes,
  ...duplicateRoutes,
  ...exchangeRateRoutes,
  ...notificationRoutes,
  ...customFieldRoutes,
  ...shareRoutes,
  ...viewRoutes,
  ...companyRoutes,
  ...leadRoutes,
  ...dealRoutes,
  ...activityRoutes,
  ...taskRoutes,
  ...mergeRoutes,
  ...pipelineRoutes,
  ...bulkRoutes,
  ...reportRoutes,
  ...webhookRoutes,
];

const byKey = new Map(restRoutes.map((route) => [`${route.method} ${route.path}`, route]));

export const findRestRoute = (method: HttpMethod, path: string): RestRoute | undefined =>
  byKey.get(`${method} ${path}`);

/** The OpenAPI document of every route (GET /openapi.json answers it). */
export const openApiDocument = () => buildOpenApi(restRoutes);
