-- Migrations up to 20261204051527_SlugCounters were squashed into the baseline 20261204191416_Baseline. A database whose history
-- ends there has the schema of the baseline: its history becomes the baseline alone. One stopped earlier is refused.
IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NOT NULL
BEGIN
    IF EXISTS (SELECT * FROM [__EFMigrationsHistory] WHERE [MigrationId] = N'20261204051527_SlugCounters')
    BEGIN
        BEGIN TRANSACTION;
        DELETE FROM [__EFMigrationsHistory];
        INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion]) VALUES (N'20261204191416_Baseline', N'10.0.14');
        COMMIT;
    END
    ELSE IF EXISTS (SELECT * FROM [__EFMigrationsHistory]) AND NOT EXISTS (SELECT * FROM [__EFMigrationsHistory] WHERE [MigrationId] = N'20261204191416_Baseline')
    BEGIN
        DECLARE @refusal nvarchar(2048) = N'The database ' + DB_NAME() + N' was made by an older version of this service, and this version cannot bring it up: its migrations end at ' + (SELECT MAX([MigrationId]) FROM [__EFMigrationsHistory]) + N', while this version''s begin with the baseline 20261204191416_Baseline, which stands in for the migrations up to 20261204051527_SlugCounters and can be adopted only by a database whose migrations end there. Start commit 271594c1231c8a47f69ba9eee36c671e5a7af5c2 of SummitCoordination once against this database (it applies the migrations up to 20261204051527_SlugCounters), then start this version again; or, if its data may be lost (development), delete the database (the SQLite file, or DROP DATABASE on a server) and this version creates it afresh.';
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
)
BEGIN
    CREATE TABLE [Amendments] (
        [Id] uniqueidentifier NOT NULL,
        [StatementId] uniqueidentifier NOT NULL,
        [AgainstVersion] int NOT NULL,
        [Party] nvarchar(10) NOT NULL,
        [English] nvarchar(max) NULL,
        [Russian] nvarchar(max) NULL,
        [Explanation] nvarchar(4000) NOT NULL,
        [Status] nvarchar(16) NOT NULL,
        [Reason] nvarchar(4000) NULL,
        [ResultingVersion] int NULL,
        [ProposedUtc] datetime2 NOT NULL,
        [ResolvedUtc] datetime2 NULL,
        [ProposedBy] nvarchar(100) NOT NULL,
        [ResolvedBy] nvarchar(100) NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_Amendments] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191416_Baseline'
)
BEGIN
    CREATE TABLE [Commitments] (
        [Id] uniqueidentifier NOT NULL,
        [StatementId] uniqueidentifier NOT NULL,
        [What] nvarchar(2000) NOT NULL,
        [WhatRu] nvarchar(2000) NULL,
        [IdempotencyKey] nvarchar(100) NULL,
        [Parties] nvarchar(400) NOT NULL,
        [PartyCodes] nvarchar(400) NOT NULL,
        [DueUtc] datetime2 NOT NULL,
        [Progress] nvarchar(16) NOT NULL,
        [Overdue] bit NOT NULL,
        [Evidence] nvarchar(4000) NULL,
        [DoneUtc] datetime2 NULL,
        [UpdatedUtc] datetime2 NOT NULL,
        [Updates] nvarchar(max) NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_Commitments] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
)
BEGIN
    CREATE TABLE [Instruments] (
        [Id] uniqueidentifier NOT NULL,
        [MeetingId] uniqueidentifier NOT NULL,
        [StatementId] uniqueidentifier NULL,
        [Kind] nvarchar(16) NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [TitleRu] nvarchar(300) NULL,
        [OpenedOn] date NOT NULL,
        [Rule] nvarchar(16) NOT NULL,
        [RatificationsNeeded] int NULL,
        [DaysAfter] int NOT NULL,
        [Status] nvarchar(24) NOT NULL,
        [InForceOn] date NULL,
        [CreatedUtc] datetime2 NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_Instruments] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191416_Baseline'
)
BEGIN
    CREATE TABLE [Meetings] (
        [Id] uniqueidentifier NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Format] nvarchar(16) NOT NULL,
        [Partner] nvarchar(10) NULL,
        [Layer] nvarchar(32) NOT NULL,
        [HostParty] nvarchar(10) NOT NULL,
        [City] nvarchar(100) NOT NULL,
        [StartUtc] datetime2 NOT NULL,
        [EndUtc] datetime2 NOT NULL,
        [Parties] nvarchar(max) NOT NULL,
        [Chair] nvarchar(10) NOT NULL,
        [CoChair] nvarchar(10) NULL,
        [ConcludedUtc] datetime2 NULL,
        [Held] bit NOT NULL DEFAULT CAST(0 AS bit),
        CONSTRAINT [PK_Meetings] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
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
    WHERE [MigrationId] = N'20261204191416_Baseline'
)
BEGIN
    CREATE TABLE [PublishedStatements] (
        [Id] uniqueidentifier NOT NULL,
        [Slug] nvarchar(200) NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [Consensus] bit NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [TitleRu] nvarchar(300) NULL,
        [MeetingId] uniqueidentifier NOT NULL,
        [MeetingTitle] nvarchar(300) NOT NULL,
        [Format] nvarchar(16) NOT NULL,
        [Partner] nvarchar(10) NULL,
        [HostParty] nvarchar(10) NOT NULL,
        [City] nvarchar(100) NOT NULL,
        [MeetingStartUtc] datetime2 NOT NULL,
        [Year] int NOT NULL,
        [Signatories] nvarchar(400) NOT NULL,
        [SignatoryList] nvarchar(400) NOT NULL,
        [English] nvarchar(max) NOT NULL,
        [EnglishHtml] nvarchar(max) NOT NULL,
        [Russian] nvarchar(max) NULL,
        [RussianHtml] nvarchar(max) NULL,
        [HasRussian] bit NOT NULL,
        [Version] int NOT NULL,
        [ContentHash] nvarchar(64) NOT NULL,
        [AdoptedUtc] datetime2 NOT NULL,
        [PublishedUtc] datetime2 NOT NULL,
        [UpdatedUtc] datetime2 NOT NULL,
        [CorrectsId] uniqueidentifier NULL,
        [CorrectsSlug] nvarchar(200) NULL,
        [CorrectedBy] nvarchar(2000) NOT NULL,
        [SearchText] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_PublishedStatements] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191416_Baseline'
)
BEGIN
    CREATE TABLE [SlugCounters] (
        [Base] nvarchar(200) NOT NULL,
        [Last] int NOT NULL,
        CONSTRAINT [PK_SlugCounters] PRIMARY KEY ([Base])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191416_Baseline'
)
BEGIN
    CREATE TABLE [Statements] (
        [Id] uniqueidentifier NOT NULL,
        [MeetingId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [TitleRu] nvarchar(300) NULL,
        [ItemId] uniqueidentifier NULL,
        [Status] nvarchar(16) NOT NULL,
        [CreatedBy] nvarchar(100) NOT NULL,
        [CreatedUtc] datetime2 NOT NULL,
        [CorrectsId] uniqueidentifier NULL,
        [InPlaceOfId] uniqueidentifier NULL,
        [BlockedUtc] datetime2 NULL,
        [BlockedAtMeetingId] uniqueidentifier NULL,
        [NotAdoptedUtc] datetime2 NULL,
        [ChairmansStatementId] uniqueidentifier NULL,
        [AdoptedVersion] int NULL,
        [ContentHash] nvarchar(64) NULL,
        [Signatories] nvarchar(400) NOT NULL,
        [AdoptedUtc] datetime2 NULL,
        [EmbargoUtc] datetime2 NULL,
        [PublishedUtc] datetime2 NULL,
        [Slug] nvarchar(200) NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_Statements] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191416_Baseline'
)
BEGIN
    CREATE TABLE [InstrumentParties] (
        [Party] nvarchar(10) NOT NULL,
        [InstrumentId] uniqueidentifier NOT NULL,
        [SignedOn] date NULL,
        [RatifiedOn] date NULL,
        [InForceOn] date NULL,
        [InForce] bit NOT NULL,
        CONSTRAINT [PK_InstrumentParties] PRIMARY KEY ([InstrumentId], [Party]),
        CONSTRAINT [FK_InstrumentParties_Instruments_InstrumentId] FOREIGN KEY ([InstrumentId]) REFERENCES [Instruments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191416_Baseline'
)
BEGIN
    CREATE TABLE [StatementVersions] (
        [Number] int NOT NULL,
        [StatementId] uniqueidentifier NOT NULL,
        [English] nvarchar(max) NOT NULL,
        [EnglishHtml] nvarchar(max) NOT NULL,
        [Russian] nvarchar(max) NULL,
        [RussianHtml] nvarchar(max) NULL,
        [CreatedUtc] datetime2 NOT NULL,
        [Author] nvarchar(100) NOT NULL,
        [AmendmentId] uniqueidentifier NULL,
        CONSTRAINT [PK_StatementVersions] PRIMARY KEY ([StatementId], [Number]),
        CONSTRAINT [FK_StatementVersions_Statements_StatementId] FOREIGN KEY ([StatementId]) REFERENCES [Statements] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191416_Baseline'
)
BEGIN
    CREATE INDEX [IX_Amendments_StatementId] ON [Amendments] ([StatementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191416_Baseline'
)
BEGIN
    CREATE INDEX [IX_Commitments_StatementId] ON [Commitments] ([StatementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191416_Baseline'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Commitments_StatementId_IdempotencyKey] ON [Commitments] ([StatementId], [IdempotencyKey]) WHERE [IdempotencyKey] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191416_Baseline'
)
BEGIN
    CREATE INDEX [IX_Instruments_MeetingId] ON [Instruments] ([MeetingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191416_Baseline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_OutboxMessages_MessageId] ON [OutboxMessages] ([MessageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191416_Baseline'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_SentUtc_Sequence] ON [OutboxMessages] ([SentUtc], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191416_Baseline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ParkedMessages_MessageId_Consumer] ON [ParkedMessages] ([MessageId], [Consumer]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191416_Baseline'
)
BEGIN
    CREATE INDEX [IX_PublishedStatements_MeetingId] ON [PublishedStatements] ([MeetingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191416_Baseline'
)
BEGIN
    CREATE INDEX [IX_PublishedStatements_PublishedUtc] ON [PublishedStatements] ([PublishedUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191416_Baseline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PublishedStatements_Slug] ON [PublishedStatements] ([Slug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191416_Baseline'
)
BEGIN
    CREATE INDEX [IX_PublishedStatements_UpdatedUtc] ON [PublishedStatements] ([UpdatedUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191416_Baseline'
)
BEGIN
    CREATE INDEX [IX_Statements_ItemId] ON [Statements] ([ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191416_Baseline'
)
BEGIN
    CREATE INDEX [IX_Statements_MeetingId] ON [Statements] ([MeetingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191416_Baseline'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204191416_Baseline', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215051_Paragraphs'
)
BEGIN
    ALTER TABLE [Statements] ADD [SourceParagraphs] nvarchar(max) NOT NULL DEFAULT N'[]';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215051_Paragraphs'
)
BEGIN
    ALTER TABLE [Statements] ADD [SourceVersion] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215051_Paragraphs'
)
BEGIN
    CREATE TABLE [ParagraphHistory] (
        [Id] uniqueidentifier NOT NULL,
        [ParagraphId] uniqueidentifier NOT NULL,
        [Number] nvarchar(40) NOT NULL,
        [Version] int NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [Party] nvarchar(10) NULL,
        [Detail] nvarchar(2000) NULL,
        [Actor] nvarchar(100) NOT NULL,
        [AtUtc] datetime2 NOT NULL,
        [StatementId] uniqueidentifier NULL,
        CONSTRAINT [PK_ParagraphHistory] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ParagraphHistory_Statements_StatementId] FOREIGN KEY ([StatementId]) REFERENCES [Statements] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215051_Paragraphs'
)
BEGIN
    CREATE TABLE [ParagraphReservations] (
        [ParagraphId] uniqueidentifier NOT NULL,
        [Party] nvarchar(10) NOT NULL,
        [StatementId] uniqueidentifier NOT NULL,
        [Note] nvarchar(4000) NULL,
        [AtUtc] datetime2 NOT NULL,
        [Actor] nvarchar(100) NOT NULL,
        CONSTRAINT [PK_ParagraphReservations] PRIMARY KEY ([StatementId], [ParagraphId], [Party]),
        CONSTRAINT [FK_ParagraphReservations_Statements_StatementId] FOREIGN KEY ([StatementId]) REFERENCES [Statements] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215051_Paragraphs'
)
BEGIN
    CREATE TABLE [ParagraphStandings] (
        [ParagraphId] uniqueidentifier NOT NULL,
        [StatementId] uniqueidentifier NOT NULL,
        [Status] nvarchar(24) NOT NULL,
        [Bracket] nvarchar(4000) NULL,
        [Options] nvarchar(max) NOT NULL,
        [AdReferendum] nvarchar(400) NULL,
        [ChangedUtc] datetime2 NOT NULL,
        [ChangedBy] nvarchar(100) NOT NULL,
        CONSTRAINT [PK_ParagraphStandings] PRIMARY KEY ([StatementId], [ParagraphId]),
        CONSTRAINT [FK_ParagraphStandings_Statements_StatementId] FOREIGN KEY ([StatementId]) REFERENCES [Statements] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215051_Paragraphs'
)
BEGIN
    CREATE TABLE [StatementParagraphs] (
        [Position] int NOT NULL,
        [StatementId] uniqueidentifier NOT NULL,
        [VersionNumber] int NOT NULL,
        [Id] uniqueidentifier NOT NULL,
        [Part] nvarchar(16) NOT NULL,
        [Number] nvarchar(16) NOT NULL,
        [WasNumber] nvarchar(16) NULL,
        [English] nvarchar(max) NULL,
        [Russian] nvarchar(max) NULL,
        [TranslationPending] bit NOT NULL,
        CONSTRAINT [PK_StatementParagraphs] PRIMARY KEY ([StatementId], [VersionNumber], [Position]),
        CONSTRAINT [FK_StatementParagraphs_StatementVersions_StatementId_VersionNumber] FOREIGN KEY ([StatementId], [VersionNumber]) REFERENCES [StatementVersions] ([StatementId], [Number]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215051_Paragraphs'
)
BEGIN
    CREATE INDEX [IX_ParagraphHistory_StatementId_AtUtc] ON [ParagraphHistory] ([StatementId], [AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215051_Paragraphs'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204215051_Paragraphs', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204223025_ParagraphAmendments'
)
BEGIN
    ALTER TABLE [Amendments] ADD [ParagraphId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204223025_ParagraphAmendments'
)
BEGIN
    ALTER TABLE [Amendments] ADD [Span] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204223025_ParagraphAmendments'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204223025_ParagraphAmendments', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205004221_Register'
)
BEGIN
    ALTER TABLE [PublishedStatements] ADD [Symbol] nvarchar(160) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205004221_Register'
)
BEGIN
    ALTER TABLE [Meetings] ADD [BodyId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205004221_Register'
)
BEGIN
    ALTER TABLE [Meetings] ADD [BodyName] nvarchar(300) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205004221_Register'
)
BEGIN
    CREATE TABLE [RegisterBodies] (
        [BodyId] uniqueidentifier NOT NULL,
        [Pattern] nvarchar(100) NOT NULL,
        [UpdatedUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(100) NOT NULL,
        CONSTRAINT [PK_RegisterBodies] PRIMARY KEY ([BodyId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205004221_Register'
)
BEGIN
    CREATE TABLE [RegisterDocuments] (
        [Id] uniqueidentifier NOT NULL,
        [Symbol] nvarchar(160) NOT NULL,
        [BaseSymbol] nvarchar(160) NOT NULL,
        [Series] nvarchar(8) NOT NULL,
        [Number] int NOT NULL,
        [Year] int NOT NULL,
        [Suffix] nvarchar(8) NOT NULL,
        [SuffixNumber] int NOT NULL,
        [ParentId] uniqueidentifier NULL,
        [SupersededById] uniqueidentifier NULL,
        [SupersededBySymbol] nvarchar(160) NULL,
        [Kind] nvarchar(24) NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [TitleRu] nvarchar(300) NULL,
        [MeetingId] uniqueidentifier NOT NULL,
        [BodyId] uniqueidentifier NULL,
        [BodyName] nvarchar(300) NOT NULL,
        [ItemId] uniqueidentifier NULL,
        [ItemTitle] nvarchar(300) NULL,
        [StatementId] uniqueidentifier NULL,
        [Level] nvarchar(16) NOT NULL,
        [Recipients] nvarchar(600) NOT NULL,
        [RecipientCodes] nvarchar(600) NOT NULL,
        [DocumentDate] date NOT NULL,
        [DerestrictOn] date NULL,
        [DerestrictedUtc] datetime2 NULL,
        [CreatedUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(100) NOT NULL,
        [UpdatedUtc] datetime2 NOT NULL,
        [SearchText] nvarchar(max) NOT NULL,
        [Text] nvarchar(max) NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_RegisterDocuments] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205004221_Register'
)
BEGIN
    CREATE TABLE [RegisterFiles] (
        [Id] uniqueidentifier NOT NULL,
        [DocumentId] uniqueidentifier NOT NULL,
        [Language] nvarchar(8) NOT NULL,
        [Version] int NOT NULL,
        [FileName] nvarchar(200) NOT NULL,
        [Format] nvarchar(8) NOT NULL,
        [Bytes] bigint NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [StorageKey] nvarchar(200) NOT NULL,
        [Text] nvarchar(max) NULL,
        [UploadedUtc] datetime2 NOT NULL,
        [UploadedBy] nvarchar(100) NOT NULL,
        CONSTRAINT [PK_RegisterFiles] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RegisterFiles_RegisterDocuments_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [RegisterDocuments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205004221_Register'
)
BEGIN
    CREATE INDEX [IX_RegisterDocuments_BaseSymbol] ON [RegisterDocuments] ([BaseSymbol]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205004221_Register'
)
BEGIN
    CREATE INDEX [IX_RegisterDocuments_BodyId_Year_Series] ON [RegisterDocuments] ([BodyId], [Year], [Series]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205004221_Register'
)
BEGIN
    CREATE INDEX [IX_RegisterDocuments_DocumentDate] ON [RegisterDocuments] ([DocumentDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205004221_Register'
)
BEGIN
    CREATE INDEX [IX_RegisterDocuments_MeetingId] ON [RegisterDocuments] ([MeetingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205004221_Register'
)
BEGIN
    CREATE INDEX [IX_RegisterDocuments_StatementId] ON [RegisterDocuments] ([StatementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205004221_Register'
)
BEGIN
    CREATE UNIQUE INDEX [IX_RegisterDocuments_Symbol] ON [RegisterDocuments] ([Symbol]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205004221_Register'
)
BEGIN
    CREATE UNIQUE INDEX [IX_RegisterFiles_DocumentId_Language_Version] ON [RegisterFiles] ([DocumentId], [Language], [Version]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205004221_Register'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205004221_Register', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205004600_StatementLanguages'
)
BEGIN
    ALTER TABLE [Statements] ADD [AuthenticLanguages] nvarchar(100) NOT NULL DEFAULT N'[]';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205004600_StatementLanguages'
)
BEGIN
    ALTER TABLE [PublishedStatements] ADD [AuthenticLanguages] nvarchar(100) NOT NULL DEFAULT N'[]';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205004600_StatementLanguages'
)
BEGIN
    ALTER TABLE [PublishedStatements] ADD [OtherLanguages] nvarchar(100) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205004600_StatementLanguages'
)
BEGIN
    CREATE TABLE [StatementTranslations] (
        [StatementId] uniqueidentifier NOT NULL,
        [Language] nvarchar(8) NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Markdown] nvarchar(max) NOT NULL,
        [Html] nvarchar(max) NOT NULL,
        [UpdatedUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(100) NOT NULL,
        CONSTRAINT [PK_StatementTranslations] PRIMARY KEY ([StatementId], [Language]),
        CONSTRAINT [FK_StatementTranslations_Statements_StatementId] FOREIGN KEY ([StatementId]) REFERENCES [Statements] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205004600_StatementLanguages'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205004600_StatementLanguages', N'10.0.14');
END;

COMMIT;
GO

