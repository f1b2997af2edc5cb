CREATE TYPE "public"."edge_kind" AS ENUM('MET', 'CALLED', 'VISITED', 'HOLDS_ROLE_AT', 'MENTIONED_WITH', 'PLANNED_MEETING');--> statement-breakpoint
CREATE TABLE "entity_pairs" (
	"entity_id" integer NOT NULL,
	"counterpart_id" integer NOT NULL,
	"kind" "edge_kind" NOT NULL,
	"subject" boolean NOT NULL,
	"fact_ids" integer[] NOT NULL,
	"weight" integer NOT NULL,
	"event_count" integer NOT NULL,
	"article_count" integer NOT NULL,
	"outlet_count" integer NOT NULL,
	"first_date" date,
	"last_date" date,
	"first_reported" date,
	"last_reported" date,
	CONSTRAINT "entity_pairs_entity_id_counterpart_id_kind_pk" PRIMARY KEY("entity_id","counterpart_id","kind"),
	CONSTRAINT "entity_pairs_not_self_check" CHECK ("entity_pairs"."entity_id" <> "entity_pairs"."counterpart_id")
);
--> statement-breakpoint
ALTER TABLE "entity_pairs" ADD CONSTRAINT "entity_pairs_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_pairs" ADD CONSTRAINT "entity_pairs_counterpart_id_entities_id_fk" FOREIGN KEY ("counterpart_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "entity_pairs_ranked_idx" ON "entity_pairs" USING btree ("entity_id","kind","weight" DESC NULLS LAST,"outlet_count" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "articles_body_folded_trgm_idx" ON "articles" USING gin (lower(translate("body", 'أإآٱىةـًٌٍَُِّْٰ', 'اااايه')) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "events_location_idx" ON "events" USING btree ("location_id");