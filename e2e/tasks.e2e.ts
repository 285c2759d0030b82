import { snapshot } from "./support/browser";
import { expect, test } from "./support/fixtures";
import { createRecord } from "./support/records";

// Tasks: added on a contact's page and ticked off; the tasks list's order and counts (issue 12.7:
// the list claimed due-date order but was not in it and mixed done tasks in).

const TASK = "Send the TPS cover sheet";
const DUE_TASKS = 52;

test("a task for the contact is added from its page and ticked off", async ({ org }) => {
  const contact = await createRecord(org.api, "/contacts", { firstName: "Peter", lastName: "Gibbons" });
  const { page } = await org.pageAs();
  await page.goto(`${org.path}/contacts/${contact}`);
  await page
    .getByRole("group", { name: "Log on this record" })
    .getByRole("button", { name: "Task", exact: true })
    .click();
  await page.getByRole("textbox", { name: "Task", exact: true }).fill(TASK);
  await page.getByRole("button", { name: "Add task" }).click();
  const done = page.getByRole("checkbox", { name: `Mark ${TASK} as done` });
  await expect(done).toBeVisible();
  const link = page.getByRole("link", { name: TASK });
  await expect(link).toHaveAttribute("href", /\/tasks\/[0-9a-f-]{36}$/);
  const task = (await link.getAttribute("href"))?.split("/").pop() ?? "";
  await done.click();
  await expect(page.getByText(`Done: ${TASK}`)).toBeVisible();
  await snapshot(page, "task-done-1280");
  // Done tasks leave the contact's open tasks; the task itself says it is done.
  await page.reload();
  await expect(page.getByText("No open tasks.")).toBeVisible();
  await page.goto(`${org.path}/tasks/${task}`);
  await expect(page.getByRole("heading", { name: TASK })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: `Mark ${TASK} as done` })).toHaveAttribute(
    "aria-checked",
    "true",
  );
});

test("the tasks list is in due-date order, open tasks only, and says how many there are", async ({ org }) => {
  const { page } = await org.pageAs();
  const run = Date.now().toString(36);
  // Created out of order, so creation or update order cannot pass for due-date order.
  const day = (i: number) => new Date(Date.UTC(2001, 0, 1 + ((i * 7) % DUE_TASKS), 9)).toISOString();
  for (let i = 0; i < DUE_TASKS; i++) {
    await createRecord(org.api, "/tasks", {
      title: `Due task ${run} ${String((i * 7) % DUE_TASKS).padStart(2, "0")}`,
      dueAt: day(i),
    });
  }
  await createRecord(org.api, "/tasks", {
    title: `Already done task ${run}`,
    dueAt: "2000-01-01T09:00:00Z",
    status: "done",
  });
  // The API lists every task with its exact count.
  const api = (await (await org.api.get("/api/v1/tasks?limit=1")).json()) as {
    total: number;
    totalIsEstimate: boolean;
  };
  expect(api.totalIsEstimate).toBe(false);
  expect(api.total).toBe(DUE_TASKS + 1);

  await page.goto(`${org.path}/tasks?q=${run}`);
  const range = page.getByTestId("list-range");
  await expect(range).toHaveText(`1–50 of ${DUE_TASKS}`);
  // The earliest due dates first; the done task (due 2000, the earliest of all) is not shown.
  const due = page.getByRole("table").getByRole("link", { name: new RegExp(`^Due task ${run}`) });
  await expect(due).toHaveCount(50);
  await expect(due.nth(0)).toHaveText(`Due task ${run} 00`);
  await expect(due.nth(1)).toHaveText(`Due task ${run} 01`);
  await expect(due.nth(2)).toHaveText(`Due task ${run} 02`);
  await expect(page.getByRole("table").getByText(`Already done task ${run}`)).toHaveCount(0);
  await snapshot(page, "tasks-list-1280");

  await page.getByRole("link", { name: "Next page" }).click();
  await page.waitForURL(/[?&]at=50(&|$)/);
  await expect(range).toHaveText(`51–${DUE_TASKS} of ${DUE_TASKS}`);

  // Done tasks are one filter away.
  await page.getByRole("button", { name: /^Status/ }).click();
  await page.getByRole("checkbox", { name: "Done", exact: true }).click();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("table").getByText(`Already done task ${run}`)).toBeVisible();
});
