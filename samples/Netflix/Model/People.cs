using RadAi.Dsl;

namespace RadAi.Dsl.Samples.Netflix.Model;

/// <summary>
/// The people around the ML platform. The RAD-AI container diagram draws three of them; the standard system
/// context adds the product manager and the standard arc42 context adds product teams as consumers.
/// </summary>
internal sealed record People(Person DataScientist, Person MlEngineer, Person Member, Person ProductManager, Person ProductTeams)
{
    public static People AddTo(Dsl.Model model) => new(
        DataScientist: model.AddPerson("Data Scientist", "Writes ML workflows and runs experiments on them."),
        MlEngineer: model.AddPerson("ML Engineer", "Ships trained models to production and watches how they behave there."),
        Member: model.AddPerson("Netflix Member", "Watches titles; every view, click and search is implicit feedback."),
        ProductManager: model.AddPerson("Product Manager", "Sets up A/B tests and reads their results."),
        ProductTeams: model.AddPerson("Product Teams", "Build member-facing features on top of model outputs."));
}
