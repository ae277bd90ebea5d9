using FluentValidation;
using SummitCoordination.Consensus.Rules;
using SummitCoordination.Contracts;

namespace SummitCoordination.Consensus.Items;

public sealed record ProposeItemRequest(Guid? MeetingId, ItemKind? Kind, string? Title, string? Text, Layer? TargetLayer, Guid? StatementId = null, int? StatementVersion = null);

public sealed record PositionRequest(Position? Position, string? Note);

public sealed record SilenceRequest(DateTimeOffset? Deadline);

public sealed record AgendaOrderRequest(IReadOnlyList<Guid>? ItemIds);

public sealed class ProposeItemValidator : AbstractValidator<ProposeItemRequest>
{
    public ProposeItemValidator()
    {
        RuleFor(r => r.MeetingId).NotEmpty();
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        RuleFor(r => r.Title).NotEmpty().MaximumLength(300);
        RuleFor(r => r.Text).MaximumLength(20000);
        RuleFor(r => r.TargetLayer).NotNull().IsInEnum();
        RuleFor(r => r.StatementVersion).GreaterThan(0).When(r => r.StatementVersion is not null);
    }
}

public sealed class PositionValidator : AbstractValidator<PositionRequest>
{
    public PositionValidator()
    {
        RuleFor(r => r.Position).NotNull().IsInEnum();
        RuleFor(r => r.Note).MaximumLength(4000);
    }
}

public sealed class SilenceValidator : AbstractValidator<SilenceRequest>
{
    public SilenceValidator() => RuleFor(r => r.Deadline).NotNull();
}

public sealed class AgendaOrderValidator : AbstractValidator<AgendaOrderRequest>
{
    public AgendaOrderValidator() => RuleFor(r => r.ItemIds).NotEmpty();
}
