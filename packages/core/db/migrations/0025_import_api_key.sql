ALTER TABLE "imports" ADD COLUMN "created_by_api_key" uuid;--> statement-breakpoint
-- Reset links were copied into dev mailboxes, where any admin of an org the user belonged to could
-- read them (issue 13.1). They are no longer stored; the ones already there go.
DELETE FROM "dev_mails" WHERE "subject" = 'Reset your password';
