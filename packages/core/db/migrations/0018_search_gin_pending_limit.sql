-- Search's GIN indexes (0008) keep at most 64 kB of new entries unmerged. A GIN index collects new
-- entries in a pending list (up to 4 MB by default) that every search reads from end to end until
-- the list is merged: by (auto)vacuum on PostgreSQL, and on PGlite, which has no autovacuum, only
-- when the list is full. At 1M contacts, 15,000 new contacts and 17,000 updated deals left 170 to
-- 450 pending pages per index and made each search 15 to 25 ms slower (misspelt name 17 ms → 43 ms
-- p50). With 64 kB (8 pages) inserts merge more often: 1,000 one-row contact inserts p50 1.7 ms
-- both ways, p95 3.3 → 5.1 ms.
ALTER INDEX contacts_search_vector_idx SET (gin_pending_list_limit = 64);
--> statement-breakpoint
ALTER INDEX contacts_search_name_trgm_idx SET (gin_pending_list_limit = 64);
--> statement-breakpoint
ALTER INDEX contacts_search_emails_trgm_idx SET (gin_pending_list_limit = 64);
--> statement-breakpoint
ALTER INDEX contacts_search_phones_trgm_idx SET (gin_pending_list_limit = 64);
--> statement-breakpoint
ALTER INDEX companies_search_vector_idx SET (gin_pending_list_limit = 64);
--> statement-breakpoint
ALTER INDEX companies_search_name_trgm_idx SET (gin_pending_list_limit = 64);
--> statement-breakpoint
ALTER INDEX companies_search_emails_trgm_idx SET (gin_pending_list_limit = 64);
--> statement-breakpoint
ALTER INDEX companies_search_phones_trgm_idx SET (gin_pending_list_limit = 64);
--> statement-breakpoint
ALTER INDEX leads_search_vector_idx SET (gin_pending_list_limit = 64);
--> statement-breakpoint
ALTER INDEX leads_search_name_trgm_idx SET (gin_pending_list_limit = 64);
--> statement-breakpoint
ALTER INDEX leads_search_emails_trgm_idx SET (gin_pending_list_limit = 64);
--> statement-breakpoint
ALTER INDEX leads_search_phones_trgm_idx SET (gin_pending_list_limit = 64);
--> statement-breakpoint
ALTER INDEX deals_search_vector_idx SET (gin_pending_list_limit = 64);
--> statement-breakpoint
ALTER INDEX deals_search_name_trgm_idx SET (gin_pending_list_limit = 64);
--> statement-breakpoint
ALTER INDEX activities_search_vector_idx SET (gin_pending_list_limit = 64);
--> statement-breakpoint
ALTER INDEX activities_search_name_trgm_idx SET (gin_pending_list_limit = 64);
--> statement-breakpoint
ALTER INDEX tasks_search_vector_idx SET (gin_pending_list_limit = 64);
--> statement-breakpoint
ALTER INDEX tasks_search_name_trgm_idx SET (gin_pending_list_limit = 64);
