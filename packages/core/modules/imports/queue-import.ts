import { enqueueJob } from "../../platform/jobs";
import { IMPORT_JOB, runImportJob } from "./run-import";

/** Queues an import (runs it inline where no queue runs in this process: CLI, tests). */
export const queueImport = (orgId: string, importId: string): Promise<void> =>
  enqueueJob(IMPORT_JOB, { orgId, importId }, runImportJob);
