CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL,
    CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY ("MigrationId")
);

START TRANSACTION;
-- QRTZ_JOB_DETAILS
CREATE TABLE IF NOT EXISTS QRTZ_job_details (
  sched_name text not null,
  job_name text not null,
  job_group text not null,
  description text null,
  job_class_name text not null,
  is_durable bool not null,
  is_nonconcurrent bool not null,
  is_update_data bool not null,
  requests_recovery bool not null,
  job_data bytea null,
  primary key (sched_name,job_name,job_group)
);

-- QRTZ_TRIGGERS
CREATE TABLE IF NOT EXISTS QRTZ_triggers (
  sched_name text not null,
  trigger_name text not null,
  trigger_group text not null,
  job_name text not null,
  job_group text not null,
  description text null,
  next_fire_time bigint null,
  prev_fire_time bigint null,
  priority integer null,
  trigger_state text not null,
  trigger_type text not null,
  start_time bigint not null,
  end_time bigint null,
  calendar_name text null,
  misfire_instr smallint null,
  misfire_orig_fire_time bigint null,
  execution_group varchar(200) null,
  preferred_node varchar(200) null,
  preferred_node_auto bool not null default false,
  retry_policy varchar(250) null,
  retry_attempt integer null,
  continues_trigger_name text null,
  continues_trigger_group text null,
  continuation_condition integer null,
  overlap_policy integer null,
  pause_reason varchar(250) null,
  paused_by varchar(200) null,
  paused_at bigint null,
  misfire_threshold bigint null,
  fixed_delay bool null,
  job_data bytea null,
  primary key (sched_name,trigger_name,trigger_group),
  foreign key (sched_name,job_name,job_group) references QRTZ_job_details (sched_name,job_name,job_group)
);

-- QRTZ_SIMPLE_TRIGGERS
CREATE TABLE IF NOT EXISTS QRTZ_simple_triggers (
  sched_name text not null,
  trigger_name text not null,
  trigger_group text not null,
  repeat_count bigint not null,
  repeat_interval bigint not null,
  times_triggered bigint not null,
  primary key (sched_name,trigger_name,trigger_group),
  foreign key (sched_name,trigger_name,trigger_group) references QRTZ_triggers (sched_name,trigger_name,trigger_group) on delete cascade
);

-- QRTZ_CRON_TRIGGERS
CREATE TABLE IF NOT EXISTS QRTZ_cron_triggers (
  sched_name text not null,
  trigger_name text not null,
  trigger_group text not null,
  cron_expression text not null,
  time_zone_id text,
  primary key (sched_name,trigger_name,trigger_group),
  foreign key (sched_name,trigger_name,trigger_group) references QRTZ_triggers (sched_name,trigger_name,trigger_group) on delete cascade
);

-- QRTZ_SIMPROP_TRIGGERS
CREATE TABLE IF NOT EXISTS QRTZ_simprop_triggers (
  sched_name text not null,
  trigger_name text not null,
  trigger_group text not null,
  str_prop_1 text null,
  str_prop_2 text null,
  str_prop_3 text null,
  int_prop_1 integer null,
  int_prop_2 integer null,
  long_prop_1 bigint null,
  long_prop_2 bigint null,
  dec_prop_1 numeric null,
  dec_prop_2 numeric null,
  bool_prop_1 bool null,
  bool_prop_2 bool null,
  time_zone_id text null,
  primary key (sched_name,trigger_name,trigger_group),
  foreign key (sched_name,trigger_name,trigger_group) references QRTZ_triggers (sched_name,trigger_name,trigger_group) on delete cascade
);

-- QRTZ_BLOB_TRIGGERS
CREATE TABLE IF NOT EXISTS QRTZ_blob_triggers (
  sched_name text not null,
  trigger_name text not null,
  trigger_group text not null,
  blob_data bytea null,
  primary key (sched_name,trigger_name,trigger_group),
  foreign key (sched_name,trigger_name,trigger_group) references QRTZ_triggers (sched_name,trigger_name,trigger_group) on delete cascade
);

-- QRTZ_CALENDARS
CREATE TABLE IF NOT EXISTS QRTZ_calendars (
  sched_name text not null,
  calendar_name text not null,
  calendar bytea not null,
  primary key (sched_name,calendar_name)
);

-- QRTZ_PAUSED_TRIGGER_GRPS
CREATE TABLE IF NOT EXISTS QRTZ_paused_trigger_grps (
  sched_name text not null,
  trigger_group text not null,
  pause_reason varchar(250) null,
  paused_by varchar(200) null,
  paused_at bigint null,
  primary key (sched_name,trigger_group)
);

-- QRTZ_PAUSED_JOB_GRPS
CREATE TABLE IF NOT EXISTS QRTZ_paused_job_grps (
  sched_name text not null,
  job_group text not null,
  pause_reason varchar(250) null,
  paused_by varchar(200) null,
  paused_at bigint null,
  primary key (sched_name,job_group)
);

-- QRTZ_FIRED_TRIGGERS
CREATE TABLE IF NOT EXISTS QRTZ_fired_triggers (
  sched_name text not null,
  entry_id text not null,
  trigger_name text not null,
  trigger_group text not null,
  instance_name text not null,
  fired_time bigint not null,
  sched_time bigint not null,
  priority integer not null,
  state text not null,
  job_name text null,
  job_group text null,
  is_nonconcurrent bool not null,
  requests_recovery bool null,
  execution_group varchar(200) null,
  progress integer null,
  progress_message varchar(250) null,
  interrupt_requested_time bigint null,
  primary key (sched_name,entry_id)
);

-- QRTZ_SCHEDULER_STATE
CREATE TABLE IF NOT EXISTS QRTZ_scheduler_state (
  sched_name text not null,
  instance_name text not null,
  last_checkin_time bigint not null,
  checkin_interval bigint not null,
  quartz_version varchar(20) null,
  primary key (sched_name,instance_name)
);

-- QRTZ_LOCKS
CREATE TABLE IF NOT EXISTS QRTZ_locks (
  sched_name text not null,
  lock_name text not null,
  primary key (sched_name,lock_name)
);

-- QRTZ_EXECUTION_HISTORY
CREATE TABLE IF NOT EXISTS QRTZ_execution_history (
  sched_name text not null,
  entry_id text not null,
  instance_name text not null,
  job_name text not null,
  job_group text not null,
  trigger_name text not null,
  trigger_group text not null,
  fired_time bigint not null,
  run_time bigint not null,
  succeeded bool not null,
  error_message text null,
  retry_attempt integer not null default 0,
  retry_scheduled bool not null default false,
  execution_log text null,
  result integer null,
  summary text null,
  metrics text null,
  manual bool null,
  fire_instance_id text null,
  job_input text null,
  job_input_too_large bool null,
  primary key (sched_name,entry_id)
);

-- QRTZ_MISFIRE_HISTORY
CREATE TABLE IF NOT EXISTS QRTZ_misfire_history (
  sched_name text not null,
  entry_id text not null,
  instance_name text not null,
  trigger_name text not null,
  trigger_group text not null,
  job_name text null,
  job_group text null,
  misfire_time bigint not null,
  sched_time bigint null,
  reason integer null,
  primary key (sched_name,entry_id)
);

-- QRTZ_JOB_STATUS
CREATE TABLE IF NOT EXISTS QRTZ_job_status (
  sched_name text not null,
  job_group text not null,
  job_name text not null,
  first_fired_time bigint not null,
  last_fired_time bigint not null,
  last_result integer not null,
  last_run_time bigint not null,
  last_instance_name text not null,
  last_entry_id text null,
  last_summary text null,
  last_success_time bigint null,
  last_failure_time bigint null,
  last_failure_message text null,
  consecutive_failures integer not null default 0,
  run_count bigint not null default 0,
  failure_count bigint not null default 0,
  primary key (sched_name,job_group,job_name)
);

-- IDX_QRTZ_J_G_N
CREATE INDEX IF NOT EXISTS idx_QRTZ_j_g_n ON QRTZ_job_details (sched_name, job_group, job_name);

-- IDX_QRTZ_T_J
CREATE INDEX IF NOT EXISTS idx_QRTZ_t_j ON QRTZ_triggers (sched_name, job_name, job_group);

-- IDX_QRTZ_T_G_N
CREATE INDEX IF NOT EXISTS idx_QRTZ_t_g_n ON QRTZ_triggers (sched_name, trigger_group, trigger_name);

-- IDX_QRTZ_T_C
CREATE INDEX IF NOT EXISTS idx_QRTZ_t_c ON QRTZ_triggers (sched_name, calendar_name);

-- IDX_QRTZ_T_NFT_ST
CREATE INDEX IF NOT EXISTS idx_QRTZ_t_nft_st ON QRTZ_triggers (sched_name, trigger_state, next_fire_time asc, priority desc, misfire_instr);

-- IDX_QRTZ_FT_INST_JOB_REQ_RCVRY
CREATE INDEX IF NOT EXISTS idx_QRTZ_ft_inst_job_req_rcvry ON QRTZ_fired_triggers (sched_name, instance_name, requests_recovery);

-- IDX_QRTZ_FT_J_G
CREATE INDEX IF NOT EXISTS idx_QRTZ_ft_j_g ON QRTZ_fired_triggers (sched_name, job_name, job_group);

-- IDX_QRTZ_FT_T_G
CREATE INDEX IF NOT EXISTS idx_QRTZ_ft_t_g ON QRTZ_fired_triggers (sched_name, trigger_name, trigger_group);

-- IDX_QRTZ_EH_FIRED_TIME
CREATE INDEX IF NOT EXISTS idx_QRTZ_eh_fired_time ON QRTZ_execution_history (sched_name, fired_time);

-- IDX_QRTZ_EH_INST
CREATE INDEX IF NOT EXISTS idx_QRTZ_eh_inst ON QRTZ_execution_history (sched_name, instance_name);

-- IDX_QRTZ_MH_MISFIRE_TIME
CREATE INDEX IF NOT EXISTS idx_QRTZ_mh_misfire_time ON QRTZ_misfire_history (sched_name, misfire_time);

-- IDX_QRTZ_MH_INST
CREATE INDEX IF NOT EXISTS idx_QRTZ_mh_inst ON QRTZ_misfire_history (sched_name, instance_name);

-- IDX_QRTZ_EH_JOB_TIME
CREATE INDEX IF NOT EXISTS idx_QRTZ_eh_job_time ON QRTZ_execution_history (sched_name, job_group, job_name, fired_time);

-- IDX_QRTZ_EH_FIRE_INST
CREATE INDEX IF NOT EXISTS idx_QRTZ_eh_fire_inst ON QRTZ_execution_history (sched_name, fire_instance_id);

-- IDX_QRTZ_EH_TRIG_TIME
CREATE INDEX IF NOT EXISTS idx_QRTZ_eh_trig_time ON QRTZ_execution_history (sched_name, trigger_group, trigger_name, fired_time);

CREATE TABLE "Bodies" (
    "Id" uuid NOT NULL,
    "Name" character varying(200) NOT NULL,
    "NameRu" character varying(200),
    "Layer" character varying(32) NOT NULL,
    "Track" character varying(32) NOT NULL,
    "Format" character varying(16) NOT NULL,
    "Partner" character varying(10),
    "ParentBodyId" uuid,
    "DecisionRule" text NOT NULL,
    "ChairRotation" text NOT NULL,
    "MinimumGapMinutes" integer NOT NULL,
    "WorkingDayStart" time without time zone NOT NULL,
    "WorkingDayEnd" time without time zone NOT NULL,
    "AgendaDeadlineDays" integer NOT NULL,
    "Version" bigint NOT NULL,
    CONSTRAINT "PK_Bodies" PRIMARY KEY ("Id")
);

CREATE TABLE "CalendarSubscriptions" (
    "Id" uuid NOT NULL,
    "TokenHash" character varying(64) NOT NULL,
    "Feed" character varying(16) NOT NULL,
    "Target" character varying(64) NOT NULL,
    "Owner" character varying(200) NOT NULL,
    "Role" character varying(16) NOT NULL,
    "Party" character varying(10),
    "CreatedUtc" timestamp with time zone NOT NULL,
    "RevokedUtc" timestamp with time zone,
    "LastReadUtc" timestamp with time zone,
    CONSTRAINT "PK_CalendarSubscriptions" PRIMARY KEY ("Id")
);

CREATE TABLE "Formats" (
    "Code" character varying(16) NOT NULL,
    "Name" character varying(100) NOT NULL,
    "Partner" character varying(10),
    CONSTRAINT "PK_Formats" PRIMARY KEY ("Code")
);

CREATE TABLE "InboxMessages" (
    "MessageId" uuid NOT NULL,
    "Consumer" character varying(200) NOT NULL,
    "ProcessedUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_InboxMessages" PRIMARY KEY ("MessageId", "Consumer")
);

CREATE TABLE "Meetings" (
    "Id" uuid NOT NULL,
    "BodyId" uuid NOT NULL,
    "Title" character varying(300) NOT NULL,
    "StartUtc" timestamp with time zone NOT NULL,
    "EndUtc" timestamp with time zone NOT NULL,
    "TimeZone" character varying(64) NOT NULL,
    "HostParty" character varying(10) NOT NULL,
    "City" character varying(100) NOT NULL,
    "Venue" character varying(200) NOT NULL,
    "Status" character varying(16) NOT NULL,
    "StatusReason" character varying(1000),
    "AnnouncedUtc" timestamp with time zone,
    "CoChair" character varying(10),
    "Observers" text[] NOT NULL,
    "CreatedUtc" timestamp with time zone NOT NULL,
    "TurnKept" boolean NOT NULL DEFAULT FALSE,
    "Version" bigint NOT NULL,
    CONSTRAINT "PK_Meetings" PRIMARY KEY ("Id")
);

CREATE TABLE "Notifications" (
    "Id" uuid NOT NULL,
    "Party" character varying(10) NOT NULL,
    "MeetingId" uuid NOT NULL,
    "Kind" character varying(64) NOT NULL,
    "Message" character varying(1000) NOT NULL,
    "CreatedUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_Notifications" PRIMARY KEY ("Id")
);

CREATE TABLE "OutboxMessages" (
    "Sequence" bigint GENERATED BY DEFAULT AS IDENTITY,
    "MessageId" uuid NOT NULL,
    "MessageType" character varying(300) NOT NULL,
    "Payload" text NOT NULL,
    "OccurredUtc" timestamp with time zone NOT NULL,
    "SentUtc" timestamp with time zone,
    "Attempts" integer NOT NULL,
    "LastError" character varying(1000),
    "TraceParent" character varying(128),
    CONSTRAINT "PK_OutboxMessages" PRIMARY KEY ("Sequence")
);

CREATE TABLE "ParkedMessages" (
    "Id" uuid NOT NULL,
    "MessageId" uuid NOT NULL,
    "Consumer" character varying(200) NOT NULL,
    "Queue" character varying(300) NOT NULL,
    "MessageType" character varying(300) NOT NULL,
    "Payload" text NOT NULL,
    "Attempts" integer NOT NULL,
    "ParkedUtc" timestamp with time zone NOT NULL,
    "NextAttemptUtc" timestamp with time zone,
    "FailedUtc" timestamp with time zone,
    "LastError" character varying(2000) NOT NULL,
    CONSTRAINT "PK_ParkedMessages" PRIMARY KEY ("Id")
);

CREATE TABLE "Parties" (
    "Code" character varying(10) NOT NULL,
    "Kind" character varying(16) NOT NULL,
    "NameEn" character varying(200) NOT NULL,
    "NameRu" character varying(200) NOT NULL,
    "Capital" character varying(100) NOT NULL,
    "TimeZone" character varying(64) NOT NULL,
    CONSTRAINT "PK_Parties" PRIMARY KEY ("Code")
);

CREATE TABLE "PublicHolidays" (
    "Party" character varying(10) NOT NULL,
    "Date" date NOT NULL,
    "Name" character varying(200) NOT NULL,
    CONSTRAINT "PK_PublicHolidays" PRIMARY KEY ("Party", "Date")
);

CREATE TABLE "Standings" (
    "Id" integer GENERATED BY DEFAULT AS IDENTITY,
    "Party" character varying(10) NOT NULL,
    "Format" character varying(16) NOT NULL,
    "Kind" character varying(16) NOT NULL,
    "From" date NOT NULL,
    "Layer" character varying(32),
    "BodyId" uuid,
    "Basis" character varying(1000) NOT NULL,
    "DecisionItemId" uuid,
    "DecisionMeetingId" uuid,
    "RecordedUtc" timestamp with time zone NOT NULL,
    "Actor" character varying(200) NOT NULL,
    CONSTRAINT "PK_Standings" PRIMARY KEY ("Id")
);

CREATE TABLE "SummitPlans" (
    "Id" uuid NOT NULL,
    "HostParty" character varying(10) NOT NULL,
    "City" character varying(100) NOT NULL,
    "TimeZone" character varying(64) NOT NULL,
    "Meetings" text NOT NULL,
    "CreatedUtc" timestamp with time zone NOT NULL,
    "AcceptedUtc" timestamp with time zone,
    CONSTRAINT "PK_SummitPlans" PRIMARY KEY ("Id")
);

CREATE TABLE "MeetingChanges" (
    "Id" integer GENERATED BY DEFAULT AS IDENTITY,
    "AtUtc" timestamp with time zone NOT NULL,
    "Kind" character varying(64) NOT NULL,
    "Detail" character varying(1000),
    "Actor" character varying(200) NOT NULL,
    "OverrideReason" character varying(1000),
    "MeetingId" uuid NOT NULL,
    CONSTRAINT "PK_MeetingChanges" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_MeetingChanges_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE
);

CREATE TABLE "MeetingDelegations" (
    "Party" character varying(10) NOT NULL,
    "MeetingId" uuid NOT NULL,
    "HeadName" character varying(200) NOT NULL,
    "HeadRank" character varying(100) NOT NULL,
    "Members" text[] NOT NULL,
    CONSTRAINT "PK_MeetingDelegations" PRIMARY KEY ("MeetingId", "Party"),
    CONSTRAINT "FK_MeetingDelegations_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_CalendarSubscriptions_Owner" ON "CalendarSubscriptions" ("Owner");

CREATE UNIQUE INDEX "IX_CalendarSubscriptions_TokenHash" ON "CalendarSubscriptions" ("TokenHash");

CREATE INDEX "IX_MeetingChanges_MeetingId" ON "MeetingChanges" ("MeetingId");

CREATE INDEX "IX_MeetingDelegations_HeadName" ON "MeetingDelegations" ("HeadName");

CREATE INDEX "IX_Meetings_BodyId_StartUtc" ON "Meetings" ("BodyId", "StartUtc");

CREATE INDEX "IX_Meetings_City_Venue_StartUtc" ON "Meetings" ("City", "Venue", "StartUtc");

CREATE INDEX "IX_Meetings_StartUtc_EndUtc" ON "Meetings" ("StartUtc", "EndUtc");

CREATE INDEX "IX_Notifications_Party_CreatedUtc" ON "Notifications" ("Party", "CreatedUtc");

CREATE UNIQUE INDEX "IX_OutboxMessages_MessageId" ON "OutboxMessages" ("MessageId");

CREATE INDEX "IX_OutboxMessages_SentUtc_Sequence" ON "OutboxMessages" ("SentUtc", "Sequence");

CREATE UNIQUE INDEX "IX_ParkedMessages_MessageId_Consumer" ON "ParkedMessages" ("MessageId", "Consumer");

CREATE INDEX "IX_Standings_Format_From" ON "Standings" ("Format", "From");

CREATE INDEX "IX_Standings_Party" ON "Standings" ("Party");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261204054015_Initial', '10.0.14');

COMMIT;

