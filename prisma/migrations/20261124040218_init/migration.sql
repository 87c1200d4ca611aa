-- CreateEnum
CREATE TYPE "Role" AS ENUM ('owner', 'frontline', 'department_head', 'tech_support', 'executive', 'admin');

-- CreateEnum
CREATE TYPE "Tier" AS ENUM ('strategic', 'normal', 'new');

-- CreateEnum
CREATE TYPE "ValueSegment" AS ENUM ('high', 'mid', 'low');

-- CreateEnum
CREATE TYPE "ComplaintClass" AS ENUM ('urgent', 'general', 'suggestion');

-- CreateEnum
CREATE TYPE "ComplaintStatus" AS ENUM ('open', 'acknowledged', 'resolved', 'closed', 'reopened');

-- CreateEnum
CREATE TYPE "Impact" AS ENUM ('high', 'medium', 'low');

-- CreateTable
CREATE TABLE "departments" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "slack_channel" TEXT,
    "head_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "departments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "people" (
    "id" SERIAL NOT NULL,
    "slack_user_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "department_id" INTEGER,
    "roles" "Role"[],
    "time_zone" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "people_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "customers" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "tier" "Tier" NOT NULL DEFAULT 'normal',
    "value_segment" "ValueSegment" NOT NULL DEFAULT 'mid',
    "high_potential" BOOLEAN NOT NULL DEFAULT false,
    "owner_id" INTEGER,
    "started_on" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "customers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contacts" (
    "id" SERIAL NOT NULL,
    "customer_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "birthday_month" SMALLINT,
    "birthday_day" SMALLINT,
    "birth_year" SMALLINT,
    "key_contact" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "contacts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "orders" (
    "id" SERIAL NOT NULL,
    "ref" TEXT NOT NULL,
    "customer_id" INTEGER NOT NULL,
    "ordered_on" DATE NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "orders_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payments" (
    "id" SERIAL NOT NULL,
    "ref" TEXT NOT NULL,
    "customer_id" INTEGER NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "due_on" DATE NOT NULL,
    "paid_on" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "payments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "surveys" (
    "id" SERIAL NOT NULL,
    "customer_id" INTEGER NOT NULL,
    "surveyed_on" DATE NOT NULL,
    "score" DECIMAL(5,2) NOT NULL,
    "comment" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "surveys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "interactions" (
    "id" SERIAL NOT NULL,
    "customer_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "author_id" INTEGER,
    "summary" TEXT,
    "proactive_need" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "interactions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "complaints" (
    "id" SERIAL NOT NULL,
    "ref" TEXT,
    "customer_id" INTEGER NOT NULL,
    "class" "ComplaintClass" NOT NULL,
    "category" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "source" TEXT,
    "source_permalink" TEXT,
    "status" "ComplaintStatus" NOT NULL DEFAULT 'open',
    "tier" SMALLINT NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 0,
    "lead_department_id" INTEGER,
    "opened_by_id" INTEGER,
    "opened_at" TIMESTAMPTZ(3) NOT NULL,
    "tier_since" TIMESTAMPTZ(3) NOT NULL,
    "acknowledged_at" TIMESTAMPTZ(3),
    "acknowledged_by_id" INTEGER,
    "first_response_at" TIMESTAMPTZ(3),
    "resolved_at" TIMESTAMPTZ(3),
    "resolved_by_id" INTEGER,
    "solution" TEXT,
    "closed_at" TIMESTAMPTZ(3),
    "closed_by_id" INTEGER,
    "next_check_at" TIMESTAMPTZ(3),
    "card_channel" TEXT,
    "card_ts" TEXT,
    "team_channel" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "complaints_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "complaint_departments" (
    "complaint_id" INTEGER NOT NULL,
    "department_id" INTEGER NOT NULL,
    "notice_channel" TEXT,
    "notice_ts" TEXT,

    CONSTRAINT "complaint_departments_pkey" PRIMARY KEY ("complaint_id","department_id")
);

-- CreateTable
CREATE TABLE "complaint_events" (
    "id" BIGSERIAL NOT NULL,
    "complaint_id" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "actor" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "from_status" TEXT,
    "to_status" TEXT,
    "from_tier" SMALLINT,
    "to_tier" SMALLINT,
    "reason" TEXT,
    "text" TEXT,
    "slack_channel" TEXT,
    "slack_ts" TEXT,

    CONSTRAINT "complaint_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessments" (
    "id" SERIAL NOT NULL,
    "customer_id" INTEGER NOT NULL,
    "assessed_on" DATE NOT NULL,
    "assessor_id" INTEGER,
    "needs_fit" SMALLINT,
    "composite" DECIMAL(3,1),
    "grade" TEXT,
    "provisional" BOOLEAN NOT NULL DEFAULT false,
    "key_problems" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "snapshot" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assessments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment_overrides" (
    "id" SERIAL NOT NULL,
    "assessment_id" INTEGER NOT NULL,
    "dimension" TEXT NOT NULL,
    "score" DECIMAL(3,1) NOT NULL,
    "reason" TEXT NOT NULL,
    "author_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assessment_overrides_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "improvement_actions" (
    "id" SERIAL NOT NULL,
    "assessment_id" INTEGER NOT NULL,
    "customer_id" INTEGER NOT NULL,
    "problem" TEXT NOT NULL,
    "impact" "Impact" NOT NULL,
    "measure" TEXT NOT NULL,
    "owner_id" INTEGER,
    "deadline" DATE NOT NULL,
    "result" TEXT,
    "completed_at" TIMESTAMPTZ(3),
    "completed_by" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "improvement_actions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deliveries" (
    "id" BIGSERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "customer_id" INTEGER,
    "recipient" TEXT NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "late" BOOLEAN NOT NULL DEFAULT false,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimed_by" TEXT,
    "claimed_at" TIMESTAMPTZ(3),
    "next_attempt_at" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "slack_channel" TEXT,
    "slack_ts" TEXT,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reminder_states" (
    "id" SERIAL NOT NULL,
    "item_key" TEXT NOT NULL,
    "done_at" TIMESTAMPTZ(3),
    "done_by" TEXT,
    "snoozed_until" TIMESTAMPTZ(3),
    "snoozed_by" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reminder_states_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "table_name" TEXT NOT NULL,
    "row_id" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "departments_name_key" ON "departments"("name");

-- CreateIndex
CREATE UNIQUE INDEX "people_slack_user_id_key" ON "people"("slack_user_id");

-- CreateIndex
CREATE INDEX "people_department_id_idx" ON "people"("department_id");

-- CreateIndex
CREATE UNIQUE INDEX "customers_key_key" ON "customers"("key");

-- CreateIndex
CREATE INDEX "customers_owner_id_idx" ON "customers"("owner_id");

-- CreateIndex
CREATE INDEX "contacts_birthday_month_birthday_day_idx" ON "contacts"("birthday_month", "birthday_day");

-- CreateIndex
CREATE UNIQUE INDEX "contacts_customer_id_name_key" ON "contacts"("customer_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "orders_ref_key" ON "orders"("ref");

-- CreateIndex
CREATE INDEX "orders_customer_id_ordered_on_idx" ON "orders"("customer_id", "ordered_on");

-- CreateIndex
CREATE UNIQUE INDEX "payments_ref_key" ON "payments"("ref");

-- CreateIndex
CREATE INDEX "payments_customer_id_due_on_idx" ON "payments"("customer_id", "due_on");

-- CreateIndex
CREATE UNIQUE INDEX "surveys_customer_id_surveyed_on_key" ON "surveys"("customer_id", "surveyed_on");

-- CreateIndex
CREATE INDEX "interactions_customer_id_occurred_at_idx" ON "interactions"("customer_id", "occurred_at");

-- CreateIndex
CREATE UNIQUE INDEX "interactions_customer_id_occurred_at_kind_key" ON "interactions"("customer_id", "occurred_at", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "complaints_ref_key" ON "complaints"("ref");

-- CreateIndex
CREATE INDEX "complaints_customer_id_opened_at_idx" ON "complaints"("customer_id", "opened_at");

-- CreateIndex
CREATE INDEX "complaints_next_check_at_idx" ON "complaints"("next_check_at");

-- CreateIndex
CREATE INDEX "complaints_status_idx" ON "complaints"("status");

-- CreateIndex
CREATE INDEX "complaint_events_complaint_id_at_idx" ON "complaint_events"("complaint_id", "at");

-- CreateIndex
CREATE UNIQUE INDEX "complaint_events_slack_channel_slack_ts_key" ON "complaint_events"("slack_channel", "slack_ts");

-- CreateIndex
CREATE INDEX "assessments_customer_id_assessed_on_idx" ON "assessments"("customer_id", "assessed_on");

-- CreateIndex
CREATE UNIQUE INDEX "assessments_customer_id_assessed_on_key" ON "assessments"("customer_id", "assessed_on");

-- CreateIndex
CREATE UNIQUE INDEX "assessment_overrides_assessment_id_dimension_key" ON "assessment_overrides"("assessment_id", "dimension");

-- CreateIndex
CREATE INDEX "improvement_actions_customer_id_idx" ON "improvement_actions"("customer_id");

-- CreateIndex
CREATE INDEX "improvement_actions_deadline_idx" ON "improvement_actions"("deadline");

-- CreateIndex
CREATE UNIQUE INDEX "deliveries_key_key" ON "deliveries"("key");

-- CreateIndex
CREATE INDEX "deliveries_status_next_attempt_at_idx" ON "deliveries"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "deliveries_customer_id_idx" ON "deliveries"("customer_id");

-- CreateIndex
CREATE UNIQUE INDEX "reminder_states_item_key_key" ON "reminder_states"("item_key");

-- CreateIndex
CREATE INDEX "audit_log_table_name_row_id_idx" ON "audit_log"("table_name", "row_id");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");

-- AddForeignKey
ALTER TABLE "departments" ADD CONSTRAINT "departments_head_id_fkey" FOREIGN KEY ("head_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "people" ADD CONSTRAINT "people_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customers" ADD CONSTRAINT "customers_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "orders" ADD CONSTRAINT "orders_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payments" ADD CONSTRAINT "payments_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_lead_department_id_fkey" FOREIGN KEY ("lead_department_id") REFERENCES "departments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaint_departments" ADD CONSTRAINT "complaint_departments_complaint_id_fkey" FOREIGN KEY ("complaint_id") REFERENCES "complaints"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaint_departments" ADD CONSTRAINT "complaint_departments_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaint_events" ADD CONSTRAINT "complaint_events_complaint_id_fkey" FOREIGN KEY ("complaint_id") REFERENCES "complaints"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_assessor_id_fkey" FOREIGN KEY ("assessor_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_overrides" ADD CONSTRAINT "assessment_overrides_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_overrides" ADD CONSTRAINT "assessment_overrides_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "improvement_actions" ADD CONSTRAINT "improvement_actions_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "improvement_actions" ADD CONSTRAINT "improvement_actions_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "improvement_actions" ADD CONSTRAINT "improvement_actions_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE CASCADE;
