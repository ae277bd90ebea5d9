// wip/2026-12-04 (ccb956b) does not compile: RecordPosition.cs names Position without importing SummitCoordination.Consensus.Rules.
// That file is being changed on wip/2026-12-04 (the using is added there); until that lands, this alias lets the project build.
// Delete this file once RecordPosition.cs imports the namespace itself.
global using Position = SummitCoordination.Consensus.Rules.Position;
