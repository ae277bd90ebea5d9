-- Migrations up to 20261204164021_HistoryPartyFitsTheSecretariat were squashed into the baseline 20261204191402_Baseline. A database whose history
-- ends there has the schema of the baseline: its history becomes the baseline alone. One stopped earlier is refused.
IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NOT NULL
BEGIN
    IF EXISTS (SELECT * FROM [__EFMigrationsHistory] WHERE [MigrationId] = N'20261204164021_HistoryPartyFitsTheSecretariat')
    BEGIN
        BEGIN TRANSACTION;
        DELETE FROM [__EFMigrationsHistory];
        INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion]) VALUES (N'20261204191402_Baseline', N'10.0.14');
        COMMIT;
    END
    ELSE IF EXISTS (SELECT * FROM [__EFMigrationsHistory]) AND NOT EXISTS (SELECT * FROM [__EFMigrationsHistory] WHERE [MigrationId] = N'20261204191402_Baseline')
    BEGIN
        DECLARE @refusal nvarchar(2048) = N'The database ' + DB_NAME() + N' was made by an older version of this service, and this version cannot bring it up: its migrations end at ' + (SELECT MAX([MigrationId]) FROM [__EFMigrationsHistory]) + N', while this version''s begin with the baseline 20261204191402_Baseline, which stands in for the migrations up to 20261204164021_HistoryPartyFitsTheSecretariat and can be adopted only by a database whose migrations end there. Start commit 271594c1231c8a47f69ba9eee36c671e5a7af5c2 of SummitCoordination once against this database (it applies the migrations up to 20261204164021_HistoryPartyFitsTheSecretariat), then start this version again; or, if its data may be lost (development), delete the database (the SQLite file, or DROP DATABASE on a server) and this version creates it afresh.';
        THROW 50000, @refusal, 1;
    END
END;
GO

IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- QRTZ_JOB_DETAILS
    IF OBJECT_ID(N'QRTZ_JOB_DETAILS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_JOB_DETAILS (
        SCHED_NAME nvarchar(120) NOT NULL,
        JOB_NAME nvarchar(150) NOT NULL,
        JOB_GROUP nvarchar(150) NOT NULL,
        DESCRIPTION nvarchar(250) NULL,
        JOB_CLASS_NAME nvarchar(250) NOT NULL,
        IS_DURABLE bit NOT NULL,
        IS_NONCONCURRENT bit NOT NULL,
        IS_UPDATE_DATA bit NOT NULL,
        REQUESTS_RECOVERY bit NOT NULL,
        JOB_DATA varbinary(max) NULL,
        CONSTRAINT PK_QRTZ_JOB_DETAILS PRIMARY KEY (SCHED_NAME,JOB_NAME,JOB_GROUP)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- QRTZ_TRIGGERS
    IF OBJECT_ID(N'QRTZ_TRIGGERS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_TRIGGERS (
        SCHED_NAME nvarchar(120) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        JOB_NAME nvarchar(150) NOT NULL,
        JOB_GROUP nvarchar(150) NOT NULL,
        DESCRIPTION nvarchar(250) NULL,
        NEXT_FIRE_TIME bigint NULL,
        PREV_FIRE_TIME bigint NULL,
        PRIORITY int NULL,
        TRIGGER_STATE nvarchar(16) NOT NULL,
        TRIGGER_TYPE nvarchar(8) NOT NULL,
        START_TIME bigint NOT NULL,
        END_TIME bigint NULL,
        CALENDAR_NAME nvarchar(200) NULL,
        MISFIRE_INSTR int NULL,
        MISFIRE_ORIG_FIRE_TIME bigint NULL,
        EXECUTION_GROUP nvarchar(200) NULL,
        PREFERRED_NODE nvarchar(200) NULL,
        PREFERRED_NODE_AUTO bit NOT NULL DEFAULT 0,
        RETRY_POLICY nvarchar(250) NULL,
        RETRY_ATTEMPT int NULL,
        CONTINUES_TRIGGER_NAME nvarchar(150) NULL,
        CONTINUES_TRIGGER_GROUP nvarchar(150) NULL,
        CONTINUATION_CONDITION int NULL,
        OVERLAP_POLICY int NULL,
        PAUSE_REASON nvarchar(250) NULL,
        PAUSED_BY nvarchar(200) NULL,
        PAUSED_AT bigint NULL,
        MISFIRE_THRESHOLD bigint NULL,
        FIXED_DELAY bit NULL,
        JOB_DATA varbinary(max) NULL,
        CONSTRAINT PK_QRTZ_TRIGGERS PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP),
        CONSTRAINT FK_QRTZ_TRIGGERS_QRTZ_JOB_DETAILS FOREIGN KEY (SCHED_NAME,JOB_NAME,JOB_GROUP) REFERENCES QRTZ_JOB_DETAILS (SCHED_NAME,JOB_NAME,JOB_GROUP)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- QRTZ_SIMPLE_TRIGGERS
    IF OBJECT_ID(N'QRTZ_SIMPLE_TRIGGERS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_SIMPLE_TRIGGERS (
        SCHED_NAME nvarchar(120) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        REPEAT_COUNT int NOT NULL,
        REPEAT_INTERVAL bigint NOT NULL,
        TIMES_TRIGGERED int NOT NULL,
        CONSTRAINT PK_QRTZ_SIMPLE_TRIGGERS PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP),
        CONSTRAINT FK_QRTZ_SIMPLE_TRIGGERS_QRTZ_TRIGGERS FOREIGN KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) REFERENCES QRTZ_TRIGGERS (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) ON DELETE CASCADE
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- QRTZ_CRON_TRIGGERS
    IF OBJECT_ID(N'QRTZ_CRON_TRIGGERS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_CRON_TRIGGERS (
        SCHED_NAME nvarchar(120) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        CRON_EXPRESSION nvarchar(120) NOT NULL,
        TIME_ZONE_ID nvarchar(80),
        CONSTRAINT PK_QRTZ_CRON_TRIGGERS PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP),
        CONSTRAINT FK_QRTZ_CRON_TRIGGERS_QRTZ_TRIGGERS FOREIGN KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) REFERENCES QRTZ_TRIGGERS (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) ON DELETE CASCADE
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- QRTZ_SIMPROP_TRIGGERS
    IF OBJECT_ID(N'QRTZ_SIMPROP_TRIGGERS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_SIMPROP_TRIGGERS (
        SCHED_NAME nvarchar(120) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        STR_PROP_1 nvarchar(512) NULL,
        STR_PROP_2 nvarchar(512) NULL,
        STR_PROP_3 nvarchar(512) NULL,
        INT_PROP_1 int NULL,
        INT_PROP_2 int NULL,
        LONG_PROP_1 bigint NULL,
        LONG_PROP_2 bigint NULL,
        DEC_PROP_1 numeric(13,4) NULL,
        DEC_PROP_2 numeric(13,4) NULL,
        BOOL_PROP_1 bit NULL,
        BOOL_PROP_2 bit NULL,
        TIME_ZONE_ID nvarchar(80) NULL,
        CONSTRAINT PK_QRTZ_SIMPROP_TRIGGERS PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP),
        CONSTRAINT FK_QRTZ_SIMPROP_TRIGGERS_QRTZ_TRIGGERS FOREIGN KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) REFERENCES QRTZ_TRIGGERS (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) ON DELETE CASCADE
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- QRTZ_BLOB_TRIGGERS
    IF OBJECT_ID(N'QRTZ_BLOB_TRIGGERS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_BLOB_TRIGGERS (
        SCHED_NAME nvarchar(120) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        BLOB_DATA varbinary(max) NULL,
        CONSTRAINT PK_QRTZ_BLOB_TRIGGERS PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- QRTZ_CALENDARS
    IF OBJECT_ID(N'QRTZ_CALENDARS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_CALENDARS (
        SCHED_NAME nvarchar(120) NOT NULL,
        CALENDAR_NAME nvarchar(200) NOT NULL,
        CALENDAR varbinary(max) NOT NULL,
        CONSTRAINT PK_QRTZ_CALENDARS PRIMARY KEY (SCHED_NAME,CALENDAR_NAME)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- QRTZ_PAUSED_TRIGGER_GRPS
    IF OBJECT_ID(N'QRTZ_PAUSED_TRIGGER_GRPS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_PAUSED_TRIGGER_GRPS (
        SCHED_NAME nvarchar(120) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        PAUSE_REASON nvarchar(250) NULL,
        PAUSED_BY nvarchar(200) NULL,
        PAUSED_AT bigint NULL,
        CONSTRAINT PK_QRTZ_PAUSED_TRIGGER_GRPS PRIMARY KEY (SCHED_NAME,TRIGGER_GROUP)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- QRTZ_PAUSED_JOB_GRPS
    IF OBJECT_ID(N'QRTZ_PAUSED_JOB_GRPS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_PAUSED_JOB_GRPS (
        SCHED_NAME nvarchar(120) NOT NULL,
        JOB_GROUP nvarchar(150) NOT NULL,
        PAUSE_REASON nvarchar(250) NULL,
        PAUSED_BY nvarchar(200) NULL,
        PAUSED_AT bigint NULL,
        CONSTRAINT PK_QRTZ_PAUSED_JOB_GRPS PRIMARY KEY (SCHED_NAME,JOB_GROUP)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- QRTZ_FIRED_TRIGGERS
    IF OBJECT_ID(N'QRTZ_FIRED_TRIGGERS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_FIRED_TRIGGERS (
        SCHED_NAME nvarchar(120) NOT NULL,
        ENTRY_ID nvarchar(140) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        INSTANCE_NAME nvarchar(200) NOT NULL,
        FIRED_TIME bigint NOT NULL,
        SCHED_TIME bigint NOT NULL,
        PRIORITY int NOT NULL,
        STATE nvarchar(16) NOT NULL,
        JOB_NAME nvarchar(150) NULL,
        JOB_GROUP nvarchar(150) NULL,
        IS_NONCONCURRENT bit NULL,
        REQUESTS_RECOVERY bit NULL,
        EXECUTION_GROUP nvarchar(200) NULL,
        PROGRESS int NULL,
        PROGRESS_MESSAGE nvarchar(250) NULL,
        INTERRUPT_REQUESTED_TIME bigint NULL,
        CONSTRAINT PK_QRTZ_FIRED_TRIGGERS PRIMARY KEY (SCHED_NAME,ENTRY_ID)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- QRTZ_SCHEDULER_STATE
    IF OBJECT_ID(N'QRTZ_SCHEDULER_STATE', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_SCHEDULER_STATE (
        SCHED_NAME nvarchar(120) NOT NULL,
        INSTANCE_NAME nvarchar(200) NOT NULL,
        LAST_CHECKIN_TIME bigint NOT NULL,
        CHECKIN_INTERVAL bigint NOT NULL,
        QUARTZ_VERSION nvarchar(20) NULL,
        CONSTRAINT PK_QRTZ_SCHEDULER_STATE PRIMARY KEY (SCHED_NAME,INSTANCE_NAME)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- QRTZ_LOCKS
    IF OBJECT_ID(N'QRTZ_LOCKS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_LOCKS (
        SCHED_NAME nvarchar(120) NOT NULL,
        LOCK_NAME nvarchar(40) NOT NULL,
        CONSTRAINT PK_QRTZ_LOCKS PRIMARY KEY (SCHED_NAME,LOCK_NAME)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- QRTZ_EXECUTION_HISTORY
    IF OBJECT_ID(N'QRTZ_EXECUTION_HISTORY', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_EXECUTION_HISTORY (
        SCHED_NAME nvarchar(120) NOT NULL,
        ENTRY_ID nvarchar(140) NOT NULL,
        INSTANCE_NAME nvarchar(200) NOT NULL,
        JOB_NAME nvarchar(150) NOT NULL,
        JOB_GROUP nvarchar(150) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        FIRED_TIME bigint NOT NULL,
        RUN_TIME bigint NOT NULL,
        SUCCEEDED bit NOT NULL,
        ERROR_MESSAGE nvarchar(1000) NULL,
        RETRY_ATTEMPT int NOT NULL DEFAULT 0,
        RETRY_SCHEDULED bit NOT NULL DEFAULT 0,
        EXECUTION_LOG nvarchar(max) NULL,
        RESULT int NULL,
        SUMMARY nvarchar(1000) NULL,
        METRICS nvarchar(max) NULL,
        MANUAL bit NULL,
        FIRE_INSTANCE_ID nvarchar(140) NULL,
        JOB_INPUT nvarchar(max) NULL,
        JOB_INPUT_TOO_LARGE bit NULL,
        CONSTRAINT PK_QRTZ_EXECUTION_HISTORY PRIMARY KEY (SCHED_NAME,ENTRY_ID)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- QRTZ_MISFIRE_HISTORY
    IF OBJECT_ID(N'QRTZ_MISFIRE_HISTORY', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_MISFIRE_HISTORY (
        SCHED_NAME nvarchar(120) NOT NULL,
        ENTRY_ID nvarchar(140) NOT NULL,
        INSTANCE_NAME nvarchar(200) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        JOB_NAME nvarchar(150) NULL,
        JOB_GROUP nvarchar(150) NULL,
        MISFIRE_TIME bigint NOT NULL,
        SCHED_TIME bigint NULL,
        REASON int NULL,
        CONSTRAINT PK_QRTZ_MISFIRE_HISTORY PRIMARY KEY (SCHED_NAME,ENTRY_ID)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- QRTZ_JOB_STATUS
    IF OBJECT_ID(N'QRTZ_JOB_STATUS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_JOB_STATUS (
        SCHED_NAME nvarchar(120) NOT NULL,
        JOB_GROUP nvarchar(150) NOT NULL,
        JOB_NAME nvarchar(150) NOT NULL,
        FIRST_FIRED_TIME bigint NOT NULL,
        LAST_FIRED_TIME bigint NOT NULL,
        LAST_RESULT int NOT NULL,
        LAST_RUN_TIME bigint NOT NULL,
        LAST_INSTANCE_NAME nvarchar(200) NOT NULL,
        LAST_ENTRY_ID nvarchar(140) NULL,
        LAST_SUMMARY nvarchar(1000) NULL,
        LAST_SUCCESS_TIME bigint NULL,
        LAST_FAILURE_TIME bigint NULL,
        LAST_FAILURE_MESSAGE nvarchar(1000) NULL,
        CONSECUTIVE_FAILURES int NOT NULL DEFAULT 0,
        RUN_COUNT bigint NOT NULL DEFAULT 0,
        FAILURE_COUNT bigint NOT NULL DEFAULT 0,
        CONSTRAINT PK_QRTZ_JOB_STATUS PRIMARY KEY (SCHED_NAME,JOB_GROUP,JOB_NAME)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- IDX_QRTZ_J_G_N
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_J_G_N' AND object_id = OBJECT_ID('QRTZ_JOB_DETAILS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_J_G_N ON QRTZ_JOB_DETAILS(SCHED_NAME, JOB_GROUP, JOB_NAME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- IDX_QRTZ_T_J
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_T_J' AND object_id = OBJECT_ID('QRTZ_TRIGGERS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_T_J ON QRTZ_TRIGGERS(SCHED_NAME, JOB_NAME, JOB_GROUP);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- IDX_QRTZ_T_G_N
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_T_G_N' AND object_id = OBJECT_ID('QRTZ_TRIGGERS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_T_G_N ON QRTZ_TRIGGERS(SCHED_NAME, TRIGGER_GROUP, TRIGGER_NAME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- IDX_QRTZ_T_C
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_T_C' AND object_id = OBJECT_ID('QRTZ_TRIGGERS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_T_C ON QRTZ_TRIGGERS(SCHED_NAME, CALENDAR_NAME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- IDX_QRTZ_T_NFT_ST
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_T_NFT_ST' AND object_id = OBJECT_ID('QRTZ_TRIGGERS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_T_NFT_ST ON QRTZ_TRIGGERS(SCHED_NAME, TRIGGER_STATE, NEXT_FIRE_TIME ASC, PRIORITY DESC, MISFIRE_INSTR);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- IDX_QRTZ_FT_INST_JOB_REQ_RCVRY
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_FT_INST_JOB_REQ_RCVRY' AND object_id = OBJECT_ID('QRTZ_FIRED_TRIGGERS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_FT_INST_JOB_REQ_RCVRY ON QRTZ_FIRED_TRIGGERS(SCHED_NAME, INSTANCE_NAME, REQUESTS_RECOVERY);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- IDX_QRTZ_FT_J_G
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_FT_J_G' AND object_id = OBJECT_ID('QRTZ_FIRED_TRIGGERS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_FT_J_G ON QRTZ_FIRED_TRIGGERS(SCHED_NAME, JOB_NAME, JOB_GROUP);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- IDX_QRTZ_FT_T_G
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_FT_T_G' AND object_id = OBJECT_ID('QRTZ_FIRED_TRIGGERS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_FT_T_G ON QRTZ_FIRED_TRIGGERS(SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- IDX_QRTZ_EH_FIRED_TIME
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_EH_FIRED_TIME' AND object_id = OBJECT_ID('QRTZ_EXECUTION_HISTORY'))
    BEGIN
      CREATE INDEX IDX_QRTZ_EH_FIRED_TIME ON QRTZ_EXECUTION_HISTORY(SCHED_NAME, FIRED_TIME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- IDX_QRTZ_EH_INST
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_EH_INST' AND object_id = OBJECT_ID('QRTZ_EXECUTION_HISTORY'))
    BEGIN
      CREATE INDEX IDX_QRTZ_EH_INST ON QRTZ_EXECUTION_HISTORY(SCHED_NAME, INSTANCE_NAME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- IDX_QRTZ_MH_MISFIRE_TIME
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_MH_MISFIRE_TIME' AND object_id = OBJECT_ID('QRTZ_MISFIRE_HISTORY'))
    BEGIN
      CREATE INDEX IDX_QRTZ_MH_MISFIRE_TIME ON QRTZ_MISFIRE_HISTORY(SCHED_NAME, MISFIRE_TIME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- IDX_QRTZ_MH_INST
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_MH_INST' AND object_id = OBJECT_ID('QRTZ_MISFIRE_HISTORY'))
    BEGIN
      CREATE INDEX IDX_QRTZ_MH_INST ON QRTZ_MISFIRE_HISTORY(SCHED_NAME, INSTANCE_NAME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- IDX_QRTZ_EH_JOB_TIME
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_EH_JOB_TIME' AND object_id = OBJECT_ID('QRTZ_EXECUTION_HISTORY'))
    BEGIN
      CREATE INDEX IDX_QRTZ_EH_JOB_TIME ON QRTZ_EXECUTION_HISTORY(SCHED_NAME, JOB_GROUP, JOB_NAME, FIRED_TIME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- IDX_QRTZ_EH_FIRE_INST
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_EH_FIRE_INST' AND object_id = OBJECT_ID('QRTZ_EXECUTION_HISTORY'))
    BEGIN
      CREATE INDEX IDX_QRTZ_EH_FIRE_INST ON QRTZ_EXECUTION_HISTORY(SCHED_NAME, FIRE_INSTANCE_ID);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    -- IDX_QRTZ_EH_TRIG_TIME
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_EH_TRIG_TIME' AND object_id = OBJECT_ID('QRTZ_EXECUTION_HISTORY'))
    BEGIN
      CREATE INDEX IDX_QRTZ_EH_TRIG_TIME ON QRTZ_EXECUTION_HISTORY(SCHED_NAME, TRIGGER_GROUP, TRIGGER_NAME, FIRED_TIME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    CREATE TABLE [AgendaItems] (
        [Id] uniqueidentifier NOT NULL,
        [MeetingId] uniqueidentifier NULL,
        [BodyId] uniqueidentifier NOT NULL,
        [Layer] nvarchar(32) NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Text] nvarchar(max) NULL,
        [TargetLayer] nvarchar(32) NOT NULL,
        [ProposedBy] nvarchar(16) NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [Order] int NOT NULL,
        [StatementId] uniqueidentifier NULL,
        [StatementVersion] int NULL,
        [SilenceDeadlineUtc] datetime2 NULL,
        [Admission] nvarchar(max) NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_AgendaItems] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    CREATE TABLE [Bodies] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Layer] nvarchar(32) NOT NULL,
        [ParentBodyId] uniqueidentifier NULL,
        [DecisionRule] nvarchar(max) NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_Bodies] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    CREATE TABLE [InboxMessages] (
        [MessageId] uniqueidentifier NOT NULL,
        [Consumer] nvarchar(200) NOT NULL,
        [ProcessedUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_InboxMessages] PRIMARY KEY ([MessageId], [Consumer])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    CREATE TABLE [Meetings] (
        [Id] uniqueidentifier NOT NULL,
        [BodyId] uniqueidentifier NOT NULL,
        [ParentBodyId] uniqueidentifier NULL,
        [BodyName] nvarchar(200) NOT NULL,
        [Layer] nvarchar(32) NOT NULL,
        [Format] nvarchar(16) NOT NULL,
        [Partner] nvarchar(10) NULL,
        [Title] nvarchar(300) NOT NULL,
        [StartUtc] datetime2 NOT NULL,
        [EndUtc] datetime2 NOT NULL,
        [Delegations] nvarchar(max) NOT NULL,
        [Observers] nvarchar(max) NOT NULL,
        [Deciders] nvarchar(max) NOT NULL,
        [Held] bit NOT NULL DEFAULT CAST(0 AS bit),
        [Status] nvarchar(16) NOT NULL,
        [DecisionRule] nvarchar(max) NOT NULL,
        [Chair] nvarchar(10) NOT NULL,
        [CoChair] nvarchar(10) NULL,
        [ChangedUtc] datetime2 NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_Meetings] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    CREATE TABLE [OutboxMessages] (
        [Sequence] bigint NOT NULL IDENTITY,
        [MessageId] uniqueidentifier NOT NULL,
        [MessageType] nvarchar(300) NOT NULL,
        [Payload] nvarchar(max) NOT NULL,
        [OccurredUtc] datetime2 NOT NULL,
        [SentUtc] datetime2 NULL,
        [Attempts] int NOT NULL,
        [LastError] nvarchar(1000) NULL,
        [TraceParent] nvarchar(128) NULL,
        CONSTRAINT [PK_OutboxMessages] PRIMARY KEY ([Sequence])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    CREATE TABLE [ParkedMessages] (
        [Id] uniqueidentifier NOT NULL,
        [MessageId] uniqueidentifier NOT NULL,
        [Consumer] nvarchar(200) NOT NULL,
        [Queue] nvarchar(300) NOT NULL,
        [MessageType] nvarchar(300) NOT NULL,
        [Payload] nvarchar(max) NOT NULL,
        [Attempts] int NOT NULL,
        [ParkedUtc] datetime2 NOT NULL,
        [NextAttemptUtc] datetime2 NULL,
        [FailedUtc] datetime2 NULL,
        [LastError] nvarchar(2000) NOT NULL,
        CONSTRAINT [PK_ParkedMessages] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    CREATE TABLE [AgendaItemHistory] (
        [Id] int NOT NULL IDENTITY,
        [AtUtc] datetime2 NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [Party] nvarchar(16) NULL,
        [Detail] nvarchar(2000) NULL,
        [Note] nvarchar(4000) NULL,
        [Actor] nvarchar(200) NOT NULL,
        [MeetingId] uniqueidentifier NULL,
        [ItemId] uniqueidentifier NULL,
        CONSTRAINT [PK_AgendaItemHistory] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AgendaItemHistory_AgendaItems_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [AgendaItems] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    CREATE TABLE [AgendaPositions] (
        [Party] nvarchar(10) NOT NULL,
        [ItemId] uniqueidentifier NOT NULL,
        [Position] nvarchar(16) NOT NULL,
        [Note] nvarchar(4000) NULL,
        [AtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_AgendaPositions] PRIMARY KEY ([ItemId], [Party]),
        CONSTRAINT [FK_AgendaPositions_AgendaItems_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [AgendaItems] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    CREATE INDEX [IX_AgendaItemHistory_ItemId_Id] ON [AgendaItemHistory] ([ItemId], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    CREATE INDEX [IX_AgendaItems_BodyId_Status] ON [AgendaItems] ([BodyId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    CREATE INDEX [IX_AgendaItems_MeetingId_Order] ON [AgendaItems] ([MeetingId], [Order]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    CREATE INDEX [IX_Meetings_BodyId_StartUtc] ON [Meetings] ([BodyId], [StartUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_OutboxMessages_MessageId] ON [OutboxMessages] ([MessageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_SentUtc_Sequence] ON [OutboxMessages] ([SentUtc], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ParkedMessages_MessageId_Consumer] ON [ParkedMessages] ([MessageId], [Consumer]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191402_Baseline'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204191402_Baseline', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215058_Paragraphs'
)
BEGIN
    CREATE TABLE [TextReadiness] (
        [StatementId] uniqueidentifier NOT NULL,
        [Version] int NOT NULL,
        [Revision] bigint NOT NULL,
        [Blocking] nvarchar(max) NOT NULL,
        [AtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_TextReadiness] PRIMARY KEY ([StatementId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215058_Paragraphs'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204215058_Paragraphs', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205003937_MeetingRecords'
)
BEGIN
    ALTER TABLE [Meetings] ADD [Public] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205003937_MeetingRecords'
)
BEGIN
    ALTER TABLE [Meetings] ADD [Seated] nvarchar(max) NOT NULL DEFAULT ('[]');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205003937_MeetingRecords'
)
BEGIN
    ALTER TABLE [Bodies] ADD [CorrectionWindowDays] int NOT NULL DEFAULT 7;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205003937_MeetingRecords'
)
BEGIN
    UPDATE [Meetings] SET [Public] = 1 WHERE [Status] = N'Announced' OR [Held] = 1;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205003937_MeetingRecords'
)
BEGIN
    CREATE TABLE [MeetingRecords] (
        [Id] uniqueidentifier NOT NULL,
        [MeetingId] uniqueidentifier NOT NULL,
        [BodyId] uniqueidentifier NOT NULL,
        [MeetingTitle] nvarchar(300) NOT NULL,
        [BodyName] nvarchar(200) NOT NULL,
        [Status] nvarchar(16) NOT NULL,
        [DraftedUtc] datetime2 NULL,
        [WindowClosesUtc] datetime2 NULL,
        [FinalisedUtc] datetime2 NULL,
        [Public] bit NOT NULL,
        [Attendance] nvarchar(max) NOT NULL,
        [Agenda] nvarchar(max) NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_MeetingRecords] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205003937_MeetingRecords'
)
BEGIN
    CREATE TABLE [RecordCorrections] (
        [Id] uniqueidentifier NOT NULL,
        [Party] nvarchar(10) NOT NULL,
        [Part] nvarchar(16) NOT NULL,
        [EntryId] uniqueidentifier NULL,
        [Text] nvarchar(max) NULL,
        [TextRu] nvarchar(max) NULL,
        [HeadName] nvarchar(200) NULL,
        [HeadRank] nvarchar(200) NULL,
        [Members] nvarchar(max) NULL,
        [Status] nvarchar(16) NOT NULL,
        [Reason] nvarchar(2000) NULL,
        [SubmittedUtc] datetime2 NOT NULL,
        [SubmittedBy] nvarchar(200) NOT NULL,
        [AnsweredUtc] datetime2 NULL,
        [AnsweredBy] nvarchar(200) NULL,
        [RecordId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_RecordCorrections] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RecordCorrections_MeetingRecords_RecordId] FOREIGN KEY ([RecordId]) REFERENCES [MeetingRecords] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205003937_MeetingRecords'
)
BEGIN
    CREATE TABLE [RecordReservations] (
        [Id] uniqueidentifier NOT NULL,
        [Party] nvarchar(10) NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [ItemId] uniqueidentifier NULL,
        [Text] nvarchar(max) NULL,
        [TextRu] nvarchar(max) NULL,
        [AtUtc] datetime2 NOT NULL,
        [Actor] nvarchar(200) NOT NULL,
        [RecordId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_RecordReservations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RecordReservations_MeetingRecords_RecordId] FOREIGN KEY ([RecordId]) REFERENCES [MeetingRecords] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205003937_MeetingRecords'
)
BEGIN
    CREATE TABLE [RecordStatements] (
        [Id] uniqueidentifier NOT NULL,
        [Order] int NOT NULL,
        [Party] nvarchar(10) NOT NULL,
        [ItemId] uniqueidentifier NULL,
        [Speaker] nvarchar(200) NULL,
        [Summary] nvarchar(4000) NULL,
        [SummaryRu] nvarchar(4000) NULL,
        [DocumentSymbol] nvarchar(100) NULL,
        [AtUtc] datetime2 NOT NULL,
        [RecordId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_RecordStatements] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RecordStatements_MeetingRecords_RecordId] FOREIGN KEY ([RecordId]) REFERENCES [MeetingRecords] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205003937_MeetingRecords'
)
BEGIN
    CREATE UNIQUE INDEX [IX_MeetingRecords_MeetingId] ON [MeetingRecords] ([MeetingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205003937_MeetingRecords'
)
BEGIN
    CREATE INDEX [IX_MeetingRecords_Status_WindowClosesUtc] ON [MeetingRecords] ([Status], [WindowClosesUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205003937_MeetingRecords'
)
BEGIN
    CREATE INDEX [IX_RecordCorrections_RecordId] ON [RecordCorrections] ([RecordId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205003937_MeetingRecords'
)
BEGIN
    CREATE INDEX [IX_RecordReservations_RecordId] ON [RecordReservations] ([RecordId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205003937_MeetingRecords'
)
BEGIN
    CREATE INDEX [IX_RecordStatements_RecordId] ON [RecordStatements] ([RecordId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205003937_MeetingRecords'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205003937_MeetingRecords', N'10.0.14');
END;

COMMIT;
GO

