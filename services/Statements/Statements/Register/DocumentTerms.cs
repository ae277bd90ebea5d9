namespace SummitCoordination.Statements.Register;

/// <summary>DOMAIN.md, Documents: who may read a registered document.</summary>
public enum DistributionLevel
{
    /// <summary>Anyone: the public register lists it.</summary>
    General,

    /// <summary>The participants of its meeting (the delegations sitting in it) and the secretariat.</summary>
    Limited,

    /// <summary>Named recipients (parties) and the secretariat.</summary>
    Restricted,
}

/// <summary>DOMAIN.md, Documents: what a registered paper is.</summary>
public enum DocumentKind
{
    Agenda,
    WorkingPaper,
    DraftText,
    NationalStatement,
    InformationNote,
    Record,
    Statement,
}

/// <summary>The suffix a document's symbol carries after its base: none, a revision (replaces), a corrigendum, an addendum.</summary>
public enum SymbolSuffix
{
    None,
    Rev,
    Corr,
    Add,
}
