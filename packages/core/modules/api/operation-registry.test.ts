import { describe, expect, it } from "vitest";
import { describeOperation } from "../../platform/operations/json-schema";
import { ACTIONS } from "../../platform/permissions";
import { operations } from "./operation-registry";
import { restRoutes } from "./route-table";

// The registry is what MCP tools, assistant tools and workflow actions will be listed from: each
// operation needs a stable unique name, a description a model can choose by, a declared permission
// and input/output schemas that export as JSON Schema.

describe("the operation registry", () => {
  it("holds every operation bound to a route, one operation per name", () => {
    expect(operations.size).toBeGreaterThanOrEqual(40);
    for (const route of restRoutes) expect(operations.get(route.operation.name)).toBe(route.operation);
  });

  it("names, describes and permits every operation", () => {
    for (const operation of operations.values()) {
      expect(operation.name).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
      expect(operation.description.length, operation.name).toBeGreaterThan(10);
      expect(operation.description.length, operation.name).toBeLessThanOrEqual(400);
      expect(ACTIONS, operation.name).toContain(operation.permission);
      expect(typeof operation.writes).toBe("boolean");
    }
  });

  it("exports every operation's input and output as JSON Schema (tools take objects)", () => {
    // An object, or a choice of objects (a bulk change's actions), which a tool binding can nest.
    const isObject = (schema: Record<string, unknown>): boolean =>
      schema.type === "object" ||
      (["oneOf", "anyOf"] as const).some(
        (key) => Array.isArray(schema[key]) && (schema[key] as Record<string, unknown>[]).every(isObject),
      );
    for (const operation of operations.values()) {
      const tool = describeOperation(operation);
      expect(isObject(tool.inputSchema), operation.name).toBe(true);
      expect(JSON.stringify(tool.outputSchema).length, operation.name).toBeGreaterThan(2);
    }
  });

  it("marks reads as reads: a GET never writes, and every write is bound to another method", () => {
    for (const route of restRoutes) {
      if (route.method === "GET") expect(route.operation.writes, route.operation.name).toBe(false);
    }
  });
});
