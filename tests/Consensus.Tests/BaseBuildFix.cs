// wip/2026-12-04 (ccb956b) does not compile: AgendaItemDomainTests.cs names Position without importing SummitCoordination.Consensus.Rules.
// Until that file imports the namespace itself, this alias lets the test project build. Delete it then.
global using Position = SummitCoordination.Consensus.Rules.Position;
