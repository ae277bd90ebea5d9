namespace SummitCoordination.Consensus.Persistence;

public sealed class SqliteConsensusDesignTimeFactory() : DesignTimeFactory<SqliteConsensusDbContext>(DatabaseProvider.Sqlite, ConsensusDbContext.Service, o => new(o));

public sealed class SqlServerConsensusDesignTimeFactory() : DesignTimeFactory<SqlServerConsensusDbContext>(DatabaseProvider.SqlServer, ConsensusDbContext.Service, o => new(o));

public sealed class PostgreSqlConsensusDesignTimeFactory() : DesignTimeFactory<PostgreSqlConsensusDbContext>(DatabaseProvider.PostgreSql, ConsensusDbContext.Service, o => new(o));
