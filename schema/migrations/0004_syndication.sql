ALTER TABLE "articles" ADD COLUMN "paragraph_hashes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "syndicated_from" integer;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "syndicated_source" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "source_key" text GENERATED ALWAYS AS (coalesce(syndicated_source, 'outlet:' || outlet_id, 'article:' || id)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_syndicated_from_articles_id_fk" FOREIGN KEY ("syndicated_from") REFERENCES "public"."articles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "articles_paragraph_hashes_idx" ON "articles" USING gin ("paragraph_hashes");--> statement-breakpoint
CREATE INDEX "articles_syndicated_from_idx" ON "articles" USING btree ("syndicated_from");