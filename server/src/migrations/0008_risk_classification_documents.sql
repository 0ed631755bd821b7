CREATE TABLE "initiative_risks" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"perspective" text NOT NULL,
	"description" text NOT NULL,
	"likelihood" smallint NOT NULL,
	"consequence" smallint NOT NULL,
	"measures" text DEFAULT '' NOT NULL,
	"owner_name" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiative_risks_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "risk_analyses" (
	"organization_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"union_consulted_on" date,
	"union_note" text DEFAULT '' NOT NULL,
	"union_recorded_by" text,
	"ethics_technologies" text[],
	"ethics_privacy_note" text,
	"ethics_consent_handling" text,
	"ethics_consent_incapable" text,
	"ethics_problematic" boolean,
	"ethics_judgement" text,
	"council_decision_date" date,
	"council_decision_reference" text,
	"ethics_assessed_by" text,
	"ethics_assessed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "risk_analyses_organization_id_initiative_id_pk" PRIMARY KEY("organization_id","initiative_id")
);
--> statement-breakpoint
CREATE TABLE "classification_level_labels" (
	"organization_id" uuid NOT NULL,
	"labels" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "classification_level_labels_organization_id_pk" PRIMARY KEY("organization_id")
);
--> statement-breakpoint
CREATE TABLE "information_classifications" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"aspects" jsonb NOT NULL,
	"classified_on" date NOT NULL,
	"classified_by_id" uuid NOT NULL,
	"classified_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "information_classifications_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "initiative_documents" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"fields" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"completed_at" timestamp with time zone,
	"updated_by_name" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiative_documents_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "initiative_attachments" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"type" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_id" uuid NOT NULL,
	"uploaded_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiative_attachments_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "initiative_risks" ADD CONSTRAINT "initiative_risks_organization_id_initiative_id_initiatives_organization_id_id_fk" FOREIGN KEY ("organization_id","initiative_id") REFERENCES "public"."initiatives"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_analyses" ADD CONSTRAINT "risk_analyses_organization_id_initiative_id_initiatives_organization_id_id_fk" FOREIGN KEY ("organization_id","initiative_id") REFERENCES "public"."initiatives"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "classification_level_labels" ADD CONSTRAINT "classification_level_labels_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "information_classifications" ADD CONSTRAINT "information_classifications_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_documents" ADD CONSTRAINT "initiative_documents_organization_id_initiative_id_initiatives_organization_id_id_fk" FOREIGN KEY ("organization_id","initiative_id") REFERENCES "public"."initiatives"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_attachments" ADD CONSTRAINT "initiative_attachments_organization_id_initiative_id_initiatives_organization_id_id_fk" FOREIGN KEY ("organization_id","initiative_id") REFERENCES "public"."initiatives"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "initiative_risks_initiative_idx" ON "initiative_risks" USING btree ("organization_id","initiative_id");--> statement-breakpoint
CREATE INDEX "information_classifications_subject_idx" ON "information_classifications" USING btree ("organization_id","subject_type","subject_id","created_at");--> statement-breakpoint
CREATE INDEX "initiative_documents_initiative_idx" ON "initiative_documents" USING btree ("organization_id","initiative_id","kind");--> statement-breakpoint
CREATE INDEX "initiative_attachments_initiative_idx" ON "initiative_attachments" USING btree ("organization_id","initiative_id");