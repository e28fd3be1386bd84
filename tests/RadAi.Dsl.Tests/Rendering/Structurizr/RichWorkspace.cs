using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Rendering.Structurizr;

/// <summary>A workspace with every kind of element, view and style, and awkward text everywhere.</summary>
internal static class RichWorkspace
{
    /// <summary>Text that breaks naive quoting in DSL, Mermaid and PlantUML.</summary>
    public const string Awkward = "Says \"hi\" [x] {y} | a;b # c <b>bold</b> & ${HOME} %date() C:\\temp\\ 50% — Ünïcødé ✓\nsecond line";

    public static Workspace Build()
    {
        var workspace = new Workspace("Big \"Bank\" plc", "Internet banking: the \"whole\" thing\nacross two lines");
        workspace.Properties.Set("owner", "Team \"A\"");
        var model = workspace.Model;

        var customer = model.AddPerson("Personal Banking Customer", "A customer of the bank, with \"personal\" accounts.");
        customer.Group = "Customers & [Friends]";
        customer.Tags.Add("External");
        customer.Url = "https://example.com/customer?a=1&b=2";
        customer.Properties.Set("segment", "retail | private");
        customer.AddPerspective("Security", "Authenticated with 2FA", "high");
        var staff = model.AddPerson("Back Office Staff", Awkward);
        staff.Group = "Bank staff";

        var banking = model.AddSoftwareSystem("Internet Banking System", "Lets customers view their accounts.");
        banking.Group = "Bank staff";
        var mainframe = model.AddSoftwareSystem("Mainframe Banking System", "Stores core banking information.");
        mainframe.Tags.Add("Existing System");
        var email = model.AddSoftwareSystem("E-mail System", "The internal <Microsoft Exchange> system.");
        email.Tags.Add("Existing System", "External");

        var web = banking.AddContainer("Web Application", "Delivers the static content.", "Java and Spring MVC");
        var spa = banking.AddContainer("Single-Page Application", "Provides functionality via the browser.", "JavaScript and Angular");
        spa.Tags.Add("Web Browser");
        spa.Group = "Front end";
        var api = banking.AddContainer("API Application", "Provides functionality via a JSON/HTTPS API.", "Java and Spring MVC");
        var database = banking.AddContainer("Database", "Stores registration information, hashed passwords, etc.", "Oracle Database Schema");
        database.Tags.Add("Database");

        var signIn = api.AddComponent("Sign In Controller", "Allows users to sign in.", "Spring MVC Rest Controller");
        signIn.Group = "Controllers";
        var accounts = api.AddComponent("Accounts Summary Controller", Awkward, "Spring MVC Rest Controller");
        accounts.Group = "Controllers";
        var security = api.AddComponent("Security Component", "Provides sign in functionality.", "Spring Bean");
        var facade = api.AddComponent("Mainframe Banking System Facade", "A facade onto the mainframe.", "Spring Bean");

        var relCustomerBanking = customer.Uses(banking, "Views account balances, and makes payments using");
        customer.Uses(web, "Visits bigbank.com/ib using", "HTTPS");
        customer.Uses(spa, "Views account balances, and makes payments using");
        staff.Uses(mainframe, "Uses");
        banking.Uses(mainframe, "Gets account information from, and makes payments using");
        banking.Uses(email, "Sends e-mail using");
        email.Delivers(customer, "Sends e-mails to");
        web.Uses(spa, "Delivers to the customer's web browser");
        var spaSignIn = spa.Uses(signIn, "Makes API calls to", "JSON/HTTPS");
        spa.Uses(accounts, "Makes API calls to", "JSON/HTTPS");
        signIn.Uses(security, "Uses");
        var securityDb = security.Uses(database, "Reads from and writes to", "JDBC");
        accounts.Uses(facade, "Uses");
        facade.Uses(mainframe, "Makes API calls to", "XML/HTTPS", InteractionStyle.Asynchronous);
        var apiMainframe = api.Uses(mainframe, "Makes API calls to", "XML/HTTPS", InteractionStyle.Asynchronous);
        apiMainframe.Url = "https://example.com/rel";
        apiMainframe.Properties.Set("sla", "99.9%");
        apiMainframe.AddPerspective("Ops", "Latency \"p99\" < 200ms");
        api.Uses(database, "Reads from and writes to", "JDBC");
        api.Uses(email, "Sends e-mail using", "SMTP", null, "Mail", "Legacy");
        relCustomerBanking.Tags.Add("Key");

        var sensor = model.AddCustomElement("Door Sensor", "Hardware", "Opens the \"vault\".");
        sensor.Uses(mainframe, "Sends events to");

        // deployment: nested nodes, instances, infrastructure, deployment groups
        var live = model.AddDeploymentNode("Live", "Big Bank plc", "Big Bank plc data center", "Big Bank plc");
        var webServer = live.AddDeploymentNode("bigbank-web***", "A web server residing in the web server farm.", "Ubuntu 16.04 LTS", 4);
        var tomcat = webServer.AddDeploymentNode("Apache Tomcat", "An open source Java EE web server.", "Apache Tomcat 8.x");
        tomcat.Add(web, "Blue");
        tomcat.Add(api, "Blue");
        var dbServer = live.AddDeploymentNode("bigbank-db01", "The primary database server.", "Ubuntu 16.04 LTS");
        var oracle = dbServer.AddDeploymentNode("Oracle - Primary", "The primary, live database server.", "Oracle 12c");
        var dbInstance = oracle.Add(database, "Blue");
        dbInstance.AddHealthCheck("Database ping", "https://db.example.com/health", 30, 500);
        var lb = live.AddInfrastructureNode("Load \"Balancer\"", "Routes traffic.", "nginx");
        lb.Tags.Add("Gateway");
        lb.Uses(webServer, "Forwards requests to", "HTTPS");
        var mainframeNode = model.AddDeploymentNode("Live", "Mainframe Zone", null, "z/OS", "1..N");
        mainframeNode.Add(mainframe, "Blue");
        var devNode = model.AddDeploymentNode("Development", "Developer Laptop", "A laptop.", "Windows or macOS");
        devNode.Add(web);
        devNode.Add(api);
        devNode.Add(database);

        // views
        var views = workspace.Views;
        var landscape = views.CreateSystemLandscapeView("SystemLandscape", "The landscape");
        landscape.AddAllElements();
        landscape.Add(sensor);
        landscape.EnableAutomaticLayout(RankDirection.LeftRight, 200, 150);
        landscape.Title = "Landscape \"of\" the bank";

        var context = views.CreateSystemContextView(banking, "SystemContext", "The system context diagram for the Internet Banking System.");
        context.AddDefaultElements();
        context.Remove(relCustomerBanking);
        context.AddAnimation(banking);
        context.AddAnimation(customer);
        context.AddAnimation(mainframe, email);
        context.Properties.Set("audience", "everyone");

        var containers = views.CreateContainerView(banking, "Containers", "The container diagram.");
        containers.AddAllElements();
        containers.Remove(staff);
        containers.EnableAutomaticLayout();

        var components = views.CreateComponentView(api, "Components", "The component diagram for the API Application.");
        components.AddAllComponents();
        components.Add(spa, database, mainframe);
        components.EnableAutomaticLayout(RankDirection.TopBottom, 300, 300);

        var dynamic = views.CreateDynamicView(api, "SignIn", "Summarises how the sign in feature works.");
        dynamic.Add(spa, "Submits credentials to", signIn);
        dynamic.Add(signIn, "Validates credentials using", security);
        dynamic.Add(security, "Select * from users where username = ?", database);
        dynamic.Add(database, "Returns user data to", security);
        dynamic.EnableAutomaticLayout(RankDirection.LeftRight);

        var deployment = views.CreateDeploymentView(banking, "Live", "LiveDeployment", "An example live deployment scenario.");
        deployment.AddDefaultElements();
        deployment.AddAnimation(lb);
        deployment.EnableAutomaticLayout(RankDirection.LeftRight);
        var devDeployment = views.CreateDeploymentView("Development", "DevelopmentDeployment");
        devDeployment.AddDefaultElements();

        views.CreateFilteredView(landscape, "LandscapeWithoutExternal", "No external things", FilterMode.Exclude, "External");
        views.CreateImageView("Logo", banking).WithImage("https://example.com/images/logo.png").Title = "The logo";
        views.Configuration.DefaultView = "Containers";
        views.Configuration.Properties.Set("plantuml.format", "svg");

        // styles, themes, terminology, branding
        var styles = views.Configuration.Styles;
        var person = styles.AddElementStyle("Person");
        person.Shape = Shape.Person;
        person.Background = "#08427b";
        person.Color = "#ffffff";
        person.FontSize = 22;
        var system = styles.AddElementStyle("Software System");
        system.Background = "#1168bd";
        system.Color = "#ffffff";
        system.Stroke = "#0b4884";
        system.StrokeWidth = 2;
        var existing = styles.AddElementStyle("Existing System");
        existing.Background = "#999999";
        existing.Border = LineStyle.Dashed;
        styles.AddElementStyle("Database").Shape = Shape.Cylinder;
        var browser = styles.AddElementStyle("Web Browser");
        browser.Shape = Shape.WebBrowser;
        browser.Width = 450;
        browser.Height = 300;
        browser.Opacity = 80;
        browser.Metadata = false;
        browser.Description = true;
        browser.IconPosition = IconPosition.Left;
        browser.Icon = "https://example.com/icons/browser.png";
        browser.Properties.Set("note", "a \"browser\"");
        var darkPerson = styles.AddElementStyle("Person", ColorScheme.Dark);
        darkPerson.Background = "#000000";
        var async = styles.AddRelationshipStyle("Asynchronous");
        async.Dashed = true;
        async.Style = LineStyle.Dashed;
        async.Color = "#ff0000";
        async.Thickness = 3;
        async.Routing = Routing.Curved;
        async.Jump = true;
        async.FontSize = 20;
        async.Width = 200;
        async.Position = 40;
        async.Opacity = 90;
        views.Configuration.AddThemes("https://static.structurizr.com/themes/default/theme.json");
        views.Configuration.Terminology.Person = "Actor";
        views.Configuration.Terminology.Enterprise = "Organisation";
        views.Configuration.Branding.Font = new Font("Open Sans", "https://fonts.example.com/open-sans");

        // documentation and decisions
        workspace.Documentation.AddSection("## Context\n\nThe \"bank\" needs online banking.\n", DocumentationFormat.Markdown, "01-context.md");
        workspace.Documentation.AddSection("## Quality \"goals\"\n\nFast | safe.\n");
        workspace.Documentation.AddDecision("1", "Record architecture decisions", new DateTimeOffset(2024, 1, 15, 0, 0, 0, TimeSpan.Zero), "Accepted",
            "## Context\n\nWe need to record decisions.\n\n## Decision\n\nWe use ADRs.\n");
        workspace.Documentation.AddDecision("2", "Use \"Oracle\" for storage", new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.Zero), "Superseded",
            "## Context\n\nStorage.\n").AddLink("1", "depends on");
        banking.Documentation.AddSection("# Internet Banking\n\nSystem documentation.\n");
        banking.Documentation.AddDecision("1", "Use Spring", new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero), "Proposed", "Spring MVC for the API.\n");

        workspace.Configuration.Scope = WorkspaceScope.SoftwareSystem;
        workspace.Configuration.Visibility = WorkspaceVisibility.Private;
        workspace.Configuration.AddUser("alice@example.com", WorkspaceRole.ReadWrite);
        workspace.Configuration.AddUser("bob@example.com", WorkspaceRole.ReadOnly);
        return workspace;
    }
}
