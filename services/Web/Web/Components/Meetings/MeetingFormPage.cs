namespace SummitCoordination.Web.Components.Meetings;

/// <summary>
/// What the schedule form and the form that records a meeting already held do alike: take up what the other form passed
/// on, check the meeting with the service's dry run as it is filled in (the deciding set fills the delegations), lay each
/// refusal out next to its field, and send it, going to the meeting's page. Each says what it adds to the request.
/// </summary>
public abstract class MeetingFormPage : ComponentBase
{
    private FormErrors? _errors;
    private int _asked;

    [Inject] protected SchedulingClient Scheduling { get; set; } = default!;

    [Inject] protected Display Show { get; set; } = default!;

    [Inject] protected NavigationManager Nav { get; set; } = default!;

    [Inject] private IStringLocalizer<Strings> Text { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "bodyId")] public Guid? BodyId { get; set; }

    protected MeetingForm Form { get; } = new();

    protected FormErrors Errors => _errors ??= new FormErrors(Text);

    protected PartyNames Names { get; private set; } = PartyNames.None;

    /// <summary>What the dry run said; null while the form is not filled enough or it was refused.</summary>
    protected MeetingCheckView? Check { get; private set; }

    /// <summary>The dry run's refusal, in the service's words (shown when no field and no form-wide message says it).</summary>
    protected string? CheckError { get; private set; }

    /// <summary>Not yet filled enough to ask the service.</summary>
    protected bool Incomplete { get; private set; } = true;

    /// <summary>Sending refused with something that concerns the form as a whole (shown by the button).</summary>
    protected bool RefusedAsAWhole { get; private set; }

    protected bool Saving { get; private set; }

    /// <summary>The service's fields → the form's (refusals with <c>errors</c>).</summary>
    protected virtual IReadOnlyDictionary<string, string> Fields => MeetingForm.Fields;

    /// <summary>A refusal's code → the form's field it concerns.</summary>
    protected virtual IReadOnlyDictionary<string, string>? Codes => null;

    /// <summary>The bodies' names for titles written in the reader's language.</summary>
    protected IEnumerable<(string Name, string? NameRu)> Bodies => Form.Bodies.Select(b => (b.Name, b.NameRu));

    /// <summary>The request as this form sends it (and checks it): a reason and a turn for scheduling, a source for a record.</summary>
    protected abstract MeetingRequest Complete(MeetingRequest request);

    /// <summary>After each dry run, for what the page works out from it.</summary>
    protected virtual void Checked()
    {
    }

    protected override async Task OnInitializedAsync()
    {
        var loaded = await ApiCall.RunAsync(async () =>
        {
            // What the other form passed on (the schedule form to the record when the start is past, and back).
            Form.FromQuery(Nav.Uri);
            await Form.LoadAsync(Scheduling, BodyId);
            Names = await Show.PartiesOrNoneAsync();
        }, p => CheckError = p.Message);
        if (loaded)
        {
            await CheckAsync();
        }
    }

    /// <summary>
    /// Asks the service's dry run (nothing saved) about the form as it is now. Changes come faster than answers (a field
    /// left, the next one filled): only the answer to the latest question is shown, never a late answer to an earlier one.
    /// </summary>
    protected async Task CheckAsync()
    {
        var asked = ++_asked;
        CheckError = null;
        RefusedAsAWhole = false;
        Errors.Clear();
        MeetingCheckView? check = null;
        ApiProblem? refusal = null;
        await ApiCall.RunAsync(async () =>
        {
            check = await Form.CheckAsync(Scheduling, Complete, Errors);
        }, p => refusal = p);

        if (asked != _asked)
        {
            return;
        }

        Check = check;
        if (refusal is not null)
        {
            Errors.Show(refusal, Fields, Codes, Names.Name);
            CheckError = refusal.Message;
        }

        Incomplete = Check is null && CheckError is null && !Errors.Any;
        Checked();
    }

    /// <summary>Sends the form once (the button waits for the answer), then shows the meeting's page with <paramref name="query"/>.</summary>
    protected async Task SendAsync(Func<MeetingRequest, Task<MeetingView>> send, string query = "")
    {
        if (Saving || Form.Request(Errors) is not { } request)
        {
            return;
        }

        Saving = true;
        try
        {
            await ApiCall.RunAsync(async () =>
            {
                var meeting = await send(Complete(request));
                Nav.NavigateTo($"/secretariat/meetings/{meeting.Id}{query}");
            }, p =>
            {
                Errors.Show(p, Fields, Codes, Names.Name);
                RefusedAsAWhole = Errors.Form is not null;
            });
        }
        finally
        {
            Saving = false;
        }
    }
}
