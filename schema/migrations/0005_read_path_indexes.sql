DROP INDEX "event_participants_entity_idx";--> statement-breakpoint
DROP INDEX "events_location_idx";--> statement-breakpoint
DROP INDEX "entity_pairs_ranked_idx";--> statement-breakpoint
ALTER TABLE "event_participants" ADD COLUMN "date" date;--> statement-breakpoint
-- Backfill (hand-added, before the new indexes exist so the update does not maintain them).
UPDATE "event_participants" ep SET "date" = e."date" FROM "events" e WHERE e."id" = ep."event_id" AND e."date" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "entity_pairs_ranked_all_idx" ON "entity_pairs" USING btree ("entity_id","weight" DESC NULLS FIRST,"outlet_count" DESC NULLS FIRST,"counterpart_id","kind");--> statement-breakpoint
CREATE INDEX "event_participants_entity_date_idx" ON "event_participants" USING btree ("entity_id","date","event_id");--> statement-breakpoint
CREATE INDEX "event_participants_entity_date_desc_idx" ON "event_participants" USING btree ("entity_id","date" DESC NULLS LAST,"event_id");--> statement-breakpoint
CREATE INDEX "events_location_date_idx" ON "events" USING btree ("location_id","date","id");--> statement-breakpoint
CREATE INDEX "entity_pairs_ranked_idx" ON "entity_pairs" USING btree ("entity_id","kind","weight" DESC NULLS FIRST,"outlet_count" DESC NULLS FIRST,"counterpart_id");