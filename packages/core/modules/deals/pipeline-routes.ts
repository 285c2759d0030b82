import type { RestRoute } from "../../platform/operations/rest-route";
import { pipelineOperations as op } from "./pipeline-operations";

const tag = "Pipelines";

export const pipelineRoutes: RestRoute[] = [
  { method: "GET", path: "/pipelines", operation: op.list, tag, reply: "body" },
  { method: "POST", path: "/pipelines", operation: op.create, tag, status: 201 },
  { method: "GET", path: "/pipelines/{id}", operation: op.get, tag, errors: [404] },
  { method: "PATCH", path: "/pipelines/{id}", operation: op.update, tag, body: "patch", errors: [404] },
  { method: "DELETE", path: "/pipelines/{id}", operation: op.delete, tag, status: 204, errors: [404, 409] },
  { method: "GET", path: "/pipelines/{id}/board", operation: op.board, tag, errors: [404] },
  {
    method: "POST",
    path: "/pipelines/{id}/stages",
    operation: op.addStage,
    tag,
    body: "stage",
    status: 201,
    errors: [404],
  },
  { method: "PUT", path: "/pipelines/{id}/stages", operation: op.reorderStages, tag, errors: [404] },
  {
    method: "PATCH",
    path: "/pipelines/{id}/stages/{stageId}",
    operation: op.updateStage,
    tag,
    body: "patch",
    errors: [404],
  },
  {
    method: "DELETE",
    path: "/pipelines/{id}/stages/{stageId}",
    operation: op.deleteStage,
    tag,
    status: 204,
    errors: [404],
  },
];
