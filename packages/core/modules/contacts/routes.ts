import type { RestRoute } from "../../platform/operations/rest-route";
import { contactOperations as op } from "./operations";

export const contactRoutes: RestRoute[] = [
  { method: "GET", path: "/contacts", operation: op.list, tag: "Contacts", reply: "body" },
  { method: "POST", path: "/contacts", operation: op.create, tag: "Contacts", status: 201 },
  { method: "GET", path: "/contacts/{id}", operation: op.get, tag: "Contacts", reply: "body", errors: [404] },
  {
    method: "PATCH",
    path: "/contacts/{id}",
    operation: op.update,
    tag: "Contacts",
    body: "patch",
    errors: [404],
  },
  {
    method: "DELETE",
    path: "/contacts/{id}",
    operation: op.delete,
    tag: "Contacts",
    status: 204,
    errors: [404],
  },
  {
    method: "GET",
    path: "/contacts/{id}/vcard",
    operation: op.vcard,
    tag: "Contacts",
    reply: "file",
    contentType: "text/vcard",
    errors: [404],
  },
];
