namespace HamstringBack.Core.Diagnostics;

/// <summary>
/// Every diagnostic the generator can report, with its code and wording in one place.
/// Each message says what is wrong and what to do about it. docs/editing.md lists the codes.
/// </summary>
public static class Errors
{
    private static Diagnostic Error(SourceLocation at, string code, string message) =>
        new(at.File, at.Line, at.Column, DiagnosticSeverity.Error, code, message);

    private static Diagnostic Warning(SourceLocation at, string code, string message) =>
        new(at.File, at.Line, at.Column, DiagnosticSeverity.Warning, code, message);

    // HB00xx: folders and files

    public static Diagnostic FolderMissing(string path, string what) => Error(SourceLocation.WholeFile(path), "HB0001",
        $"The {what} folder does not exist. Check the path, or pass the right one with --{what} DIR.");

    public static Diagnostic FolderIsFile(string path, string what) => Error(SourceLocation.WholeFile(path), "HB0002",
        $"The {what} path is a file, not a folder. Pass a folder with --{what} DIR.");

    public static Diagnostic OutputNotWritable(string path, string reason) => Error(SourceLocation.WholeFile(path), "HB0003",
        $"The output folder cannot be written ({reason}). Choose another folder with --output DIR or fix its permissions.");

    public static Diagnostic RequiredFileMissing(string path) => Error(SourceLocation.WholeFile(path), "HB0004",
        "This file is required but missing. Create it (see docs/editing.md for its keys).");

    public static Diagnostic NotUtf8(SourceLocation at, string detail) => Error(at, "HB0005",
        $"The file is not valid UTF-8 text ({detail}). Save it again as UTF-8 in your editor.");

    public static Diagnostic FileTooLarge(string path, long bytes, long limit) => Error(SourceLocation.WholeFile(path), "HB0006",
        $"The file is {bytes / 1024 / 1024.0:0.#} MB, more than the {limit / 1024 / 1024} MB allowed. Split it into smaller files.");

    public static Diagnostic OutsideInput(string path, string folder = "input") => Error(SourceLocation.WholeFile(path), "HB0007",
        $"This file is a link to a place outside the {folder} folder. Replace the link with a real file inside {folder}/.");

    public static Diagnostic EmptyFile(string path) => Error(SourceLocation.WholeFile(path), "HB0008",
        "The file is empty. Fill it in (see docs/editing.md), or delete it.");

    // HB002x: what may be read (file types, links, editor files); HB003x: SVG drawings

    public static Diagnostic DanglingLink(string path, string folder) => Error(SourceLocation.WholeFile(path), "HB0020",
        $"This file is a link to something that does not exist (or links that lead round in a circle). Delete the link, or replace it with a real file inside {folder}/.");

    public static Diagnostic NotAFile(string path, string kind, string folder) => Error(SourceLocation.WholeFile(path), "HB0021",
        $"This is {kind}, not an ordinary file, so it is not read. Delete it, or move it out of {folder}/.");

    public static Diagnostic EditorLeftover(string path) => Warning(SourceLocation.WholeFile(path), "HB0022",
        "Skipped: this looks like an editor's lock or backup file. It goes away when you close the file in your editor; if it stays, delete it.");

    public static Diagnostic FolderNotFile(string path) => Error(SourceLocation.WholeFile(path), "HB0023",
        "This must be a file, but it is a folder. Move what is in the folder elsewhere, delete the folder, and put the file back (see docs/editing.md).");

    public static Diagnostic CaseDuplicate(string path, string other) => Error(SourceLocation.WholeFile(path), "HB0024",
        $"This file's name and {other}'s differ only in capital letters, so on Windows and macOS they are the same file. Rename or delete one of them.");

    public static Diagnostic Unreadable(string path, string reason) => Error(SourceLocation.WholeFile(path), "HB0025",
        $"The file cannot be read ({reason}). Check that you may read it (its permissions), or replace it with a copy.");

    public static Diagnostic SvgMalformed(SourceLocation at, string detail) => Error(at, "HB0030",
        $"The drawing is not well-formed XML ({detail}). Save it again from the drawing program, or fix the tag here.");

    public static Diagnostic SvgDoctype(SourceLocation at) => Error(at, "HB0031",
        "The drawing has a <!DOCTYPE> (which can declare entities). Remove the <!DOCTYPE ...> line: SVG does not need it.");

    public static Diagnostic SvgElement(SourceLocation at, string element) => Error(at, "HB0032",
        $"The drawing contains a <{element}> element, which can run code or show another document. Remove the element (drawings here are shapes and text only).");

    public static Diagnostic SvgEventAttribute(SourceLocation at, string element, string attribute) => Error(at, "HB0033",
        $"The <{element}> element has an '{attribute}' attribute, which runs script. Remove the attribute.");

    public static Diagnostic SvgReference(SourceLocation at, string element, string attribute, string value) => Error(at, "HB0034",
        $"The <{element}> element's '{attribute}' refers to '{value}'. Drawings may refer only to their own parts (#id): remove the reference, or put what it points to inside the drawing.");

    public static Diagnostic SvgInstruction(SourceLocation at, string name) => Error(at, "HB0035",
        $"The drawing contains a processing instruction <?{name} ...?>, which can load a style sheet. Remove it.");

    public static Diagnostic PreviewBuildCrashed(string path, string detail) => Error(SourceLocation.WholeFile(path), "HB0060",
        $"The preview could not finish this build: {detail.TrimEnd('.')}. It is still watching: fix or remove what is named here and save, and it builds again.");

    public static Diagnostic OutputOverlapsFolder(string path, string what, string relation) => Error(SourceLocation.WholeFile(path), "HB0010",
        $"The output folder {relation} the {what} folder: the build would replace or mix with the files it reads. Choose a folder of its own with --output DIR, like --output output.");

    public static Diagnostic OutputHoldsProject(string path) => Error(SourceLocation.WholeFile(path), "HB0011",
        "The output folder is the current folder or a folder above it: the build would replace the whole project. Choose a folder of its own with --output DIR, like --output output.");

    public static Diagnostic OutputNotFromBuild(string path, IReadOnlyList<string> files, bool stamped) => Error(SourceLocation.WholeFile(path), "HB0012",
        (stamped ? "The output folder holds files that the last build did not write" : "The output folder is not empty and was not written by a build")
        + $" ({Listed(files)}); a build replaces only an empty folder or one an earlier build wrote, so nothing was changed. Move those files elsewhere, or choose another folder with --output DIR.");

    public static Diagnostic BadBaseUrlOption(string value) => Error(new SourceLocation("--base-url", 0, 0), "HB0013",
        $"--base-url must be a full web address starting with https://, like https://example.org/ (got \"{value}\"). Leave it out to use base_url from site.yml.");

    private static string Listed(IReadOnlyList<string> files) =>
        string.Join(", ", files.Take(5)) + (files.Count > 5 ? $" and {files.Count - 5} more" : string.Empty);

    // HB0040 on: input that could crash the build, cut pages short or garble them (issue 12)

    public static Diagnostic MarkdownTooDeep(SourceLocation at, int limit) => Error(at, "HB0040",
        $"The Markdown here is nested more than {limit} levels deep (quotes, lists, emphasis or brackets inside each other). Flatten it: use fewer > or list levels, and no long runs of *, _ or [.");

    public static Diagnostic PageTooLarge(SourceLocation at, string page, int characters, int limit) => Error(at, "HB0041",
        $"The page /{page} would be {characters / 1_000_000.0:0.#} million characters of HTML, more than the {limit / 1_000_000} million allowed. Split its content into smaller pages.");

    public static Diagnostic ControlCharacter(SourceLocation at, char character, bool writtenAsEscape) => Error(at, "HB0042",
        writtenAsEscape
            ? $"This text holds {CharacterName(character)}, an invisible control character that can garble the page or a terminal. Delete the escape that writes it (like \\u{(int)character:X4} in YAML or &#{(int)character}; in Markdown)."
            : $"Here is {CharacterName(character)}, an invisible control character that can garble the page or a terminal. Delete it (your editor may show it as a small box, or not at all).");

    public static Diagnostic SiteTooLarge(SourceLocation at, long bytes, long limit, int pages, int pagesFromHere, bool projected) => Error(at, "HB0044",
        (projected
            ? $"The site would be at least {bytes / 1024 / 1024.0:N0} MB of HTML"
            : $"The site's pages came to {bytes / 1024 / 1024.0:N0} MB of HTML before the build stopped")
        + $" ({pages:N0} pages, {pagesFromHere:N0} of them made from here), more than the {limit / 1024 / 1024:N0} MB a build may make."
        + " A menu that lists every section on every page (the standard theme's does) makes the site grow with the square of the number of sections:"
        + " merge small sections into fewer, larger ones, or use a theme whose menu does not list every section.");

    private static string CharacterName(char c) => $"U+{(int)c:X4} ({ControlName(c)})";

    private static string ControlName(char c) => c switch
    {
        '\u0007' => "bell",
        '\u0008' => "backspace",
        '\u000B' => "vertical tab",
        '\u000C' => "form feed",
        '\u001B' => "escape",
        '\u007F' => "delete",
        '\u202A' => "left-to-right embedding",
        '\u202B' => "right-to-left embedding",
        '\u202C' => "pop directional formatting",
        '\u202D' => "left-to-right override",
        '\u202E' => "right-to-left override",
        '\u2066' => "left-to-right isolate",
        '\u2067' => "right-to-left isolate",
        '\u2068' => "first strong isolate",
        '\u2069' => "pop directional isolate",
        _ => "control character",
    };

    // HB01xx: YAML values

    public static Diagnostic YamlSyntax(SourceLocation at, string detail) => Error(at, "HB0101",
        $"This is not valid YAML: {detail}. Check the indentation (spaces, not tabs) and that quotes are closed.");

    public static Diagnostic WrongType(SourceLocation at, string key, string expected, string got) => Error(at, "HB0102",
        $"'{key}' must be {expected} (got {got}).");

    public static Diagnostic MissingKey(SourceLocation at, string key, string hint) => Error(at, "HB0103",
        $"The required key '{key}' is missing. Add it: {hint}.");

    public static Diagnostic UnknownKey(SourceLocation at, string key, string? suggestion, IEnumerable<string> known) => Error(at, "HB0104",
        suggestion is null
            ? $"Unknown key '{key}'. Remove it, or use one of: {string.Join(", ", known)}."
            : $"Unknown key '{key}'. Did you mean '{suggestion}'?");

    public static Diagnostic OutOfRange(SourceLocation at, string key, long value, long min, long max) => Error(at, "HB0105",
        $"'{key}' is {value}, which is outside the allowed range {min} to {max}. Use a number from {min} to {max}.");

    public static Diagnostic NotOneOf(SourceLocation at, string key, string value, IEnumerable<string> allowed) => Error(at, "HB0106",
        $"'{key}' cannot be '{value}'. Use one of: {string.Join(", ", allowed)}.");

    public static Diagnostic DuplicateKey(SourceLocation at, string key) => Error(at, "HB0107",
        $"The key '{key}' appears twice. Keep one of them.");

    public static Diagnostic BadDate(SourceLocation at, string key, string value) => Error(at, "HB0108",
        $"'{key}' must be a date written as YYYY-MM-DD, like 2026-11-20 (got \"{value}\").");

    public static Diagnostic YamlTooComplex(SourceLocation at, string detail) => Error(at, "HB0109",
        $"The YAML is too complex to read safely ({detail}). Write plain keys and lists without anchors (&) or aliases (*).");

    public static Diagnostic ListLength(SourceLocation at, string key, int count, int min, int max) => Error(at, "HB0110",
        $"'{key}' has {count} items; it needs {min} to {max}. Add or merge items.");

    public static Diagnostic EmptyValue(SourceLocation at, string key) => Error(at, "HB0111",
        $"'{key}' is empty. Write some text for it, or remove the key if it is optional.");

    public static Diagnostic BadUrl(SourceLocation at, string key, string value) => Error(at, "HB0112",
        $"'{key}' must be a full web address starting with https:// (got \"{value}\").");

    // HB02xx: front matter

    public static Diagnostic FrontMatterNotClosed(SourceLocation at) => Error(at, "HB0201",
        "The front matter that starts here is never closed. Add a line with just --- after the last key.");

    public static Diagnostic FrontMatterMissing(SourceLocation at) => Error(at, "HB0202",
        "The file must start with front matter: a line with ---, the keys (title, order, ...), then another ---.");

    // HB03xx: references between files

    public static Diagnostic UnknownSection(SourceLocation at, string slug, IEnumerable<string> known) => Error(at, "HB0301",
        $"There is no section '{slug}'. Use the name of a section file without its number and .md: {string.Join(", ", known)}.");

    public static Diagnostic ImageMissing(SourceLocation at, string image) => Error(at, "HB0302",
        $"The image '{image}' is not in input/images/. Add the file or correct the name.");

    public static Diagnostic LinkTargetMissing(SourceLocation at, string target) => Error(at, "HB0303",
        $"The link points to '{target}', which does not exist. Link to a file in input/sections/ or input/exercises/ (for example 04-stretching.md).");

    public static Diagnostic AnchorMissing(SourceLocation at, string target, string anchor, IEnumerable<string> known) => Error(at, "HB0304",
        $"The page '{target}' has no heading with the id '#{anchor}'. Use one of: {Shorten(known)}.");

    public static Diagnostic RoutineUnknownExercise(SourceLocation at, string id, string? suggestion) => Error(at, "HB0305",
        suggestion is null
            ? $"The routine lists '{id}', but there is no input/exercises/{id}.yml. Add the file or remove the line."
            : $"The routine lists '{id}', but there is no input/exercises/{id}.yml. Did you mean '{suggestion}'?");

    public static Diagnostic Duplicate(SourceLocation at, string what, string value, string other) => Error(at, "HB0306",
        $"The {what} '{value}' is also used by {other}. Each must be unique: change one of them.");

    public static Diagnostic BadFileName(SourceLocation at, string name, string pattern) => Error(at, "HB0307",
        $"The file name '{name}' is not allowed. Use {pattern}.");

    public static Diagnostic ReservedSlug(SourceLocation at, string slug) => Error(at, "HB0308",
        $"The page name '{slug}' is used by the site itself. Rename the file.");

    public static Diagnostic ReservedExerciseId(SourceLocation at, string id) => Error(at, "HB0309",
        $"The exercise name '{id}' is used by a print page (/cards/{id}/). Rename the file.");

    // HB04xx: content safety

    public static Diagnostic RawHtml(SourceLocation at, string snippet) => Error(at, "HB0401",
        $"Raw HTML is not allowed in content ({snippet}). Use Markdown instead: **bold**, lists, links, ::: note boxes.");

    public static Diagnostic UnsafeUrl(SourceLocation at, string url) => Error(at, "HB0402",
        $"The link '{url}' is not allowed. Use https:// web addresses, mailto: addresses or links to other content files.");

    public static Diagnostic UnknownContainer(SourceLocation at, string name, IEnumerable<string> allowed) => Error(at, "HB0403",
        $"Unknown box type '::: {name}'. Use one of: {string.Join(", ", allowed.Select(a => "::: " + a))}.");

    public static Diagnostic BadImagePath(SourceLocation at, string value) => Error(at, "HB0404",
        $"The image '{value}' must be a plain file name in input/images/, like glute-bridge.svg (no folders, no web addresses).");

    // HB05xx: theme

    public static Diagnostic TemplateSyntax(SourceLocation at, string detail) => Error(at, "HB0501",
        $"Template error: {detail}. Fix the template in theme/.");

    public static Diagnostic TemplateRuntime(SourceLocation at, string detail) => Error(at, "HB0502",
        $"Template error while rendering: {detail}. Fix the template in theme/.");

    public static Diagnostic TemplateMissing(string path) => Error(SourceLocation.WholeFile(path), "HB0503",
        "The theme has no such template. Restore it from git, or pass the right folder with --theme DIR.");

    public static Diagnostic ScriptSyntax(SourceLocation at, string detail) => Error(at, "HB0504",
        $"Script error: {detail}. The build shrinks every theme script and cannot read this one; fix the script in theme/.");

    // HB06xx: checks on the built site

    public static Diagnostic HeadingOrder(SourceLocation at, int from, int to) => Error(at, "HB0601",
        $"This heading jumps from level {from} to level {to}. Use level {from + 1} (one more # than the heading above).");

    public static Diagnostic ReviewOverdue(SourceLocation at, DateOnly due) => Warning(at, "HB0602",
        $"The review was due on {due:yyyy-MM-dd}. Review the page, then update last_reviewed and next_review.");

    public static Diagnostic ImageNoAlt(SourceLocation at, string image) => Error(at, "HB0603",
        $"The image '{image}' has no alt text. Describe what it shows: ![a person lying on their back](...).");

    public static Diagnostic BuiltLinkBroken(SourceLocation at, string page, string href, int pages) => Error(at, "HB0604",
        $"The page /{page} links to '{href}', which is not in the site{OnPages(pages)}. Fix the link in the content or the template.");

    public static Diagnostic BuiltAnchorMissing(SourceLocation at, string page, string href, int pages) => Error(at, "HB0605",
        $"The page /{page} links to '{href}', but that page has no element with this #id{OnPages(pages)}. Link to an existing heading, or fix the heading.");

    public static Diagnostic LongSentence(SourceLocation at, int words, string start) => Warning(at, "HB0606",
        $"This sentence has {words} words (\"{start}…\"); more than 25 is hard to read. Split it into two or more short sentences.");

    public static Diagnostic JargonUnexplained(SourceLocation at, string word, string means) => Warning(at, "HB0607",
        $"'{word}' may be a hard word for readers, and this page does not explain it. Say what it means (\"{means}\") on the page, write the word in bold where you explain it, or use a plainer word (list: input/jargon.yml).");

    private static string OnPages(int pages) => pages > 1 ? $" (the same link is on {pages} pages)" : string.Empty;

    // HB07xx: the search index (pagefind, run on the written site)

    public static Diagnostic SearchToolMissing(string path) => Warning(SourceLocation.WholeFile(path), "HB0701",
        "The site was built without its search index: pagefind was not found. Run `npm ci` in the repository, then build again. Until then the search page lists every page.");

    public static Diagnostic SearchIndexFailed(string path, string detail) => Error(SourceLocation.WholeFile(path), "HB0702",
        $"pagefind could not index the built site: {detail}. Run `npm ci` to reinstall it, then build again.");

    // HB08xx: people, inserts of exercise facts, renamed exercises

    public static Diagnostic PersonPlaceholder(SourceLocation at, string id, string profession) => Warning(at, "HB0801",
        $"The person '{id}' ({profession}) has no name yet, so pages say \"to be named\". Add their real name with name: once they have agreed; never invent one.");

    public static Diagnostic UnknownPerson(SourceLocation at, string id, IEnumerable<string> known) => Error(at, "HB0802",
        $"There is no person '{id}' in the people of input/site.yml. Use one of: {ListOrNone(known)}, or add them to people.");

    public static Diagnostic InsertUnknownExercise(SourceLocation at, string id, string? suggestion) => Error(at, "HB0803",
        $"There is no exercise '{id}' to take a fact from (input/exercises/{id}.yml).{(suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?")} Write its file name without .yml, like {{{{dose glute-bridge}}}}.");

    public static Diagnostic InsertUnknownField(SourceLocation at, string field, IEnumerable<string> known) => Error(at, "HB0804",
        $"'{field}' is not something an insert can show. Use one of: {string.Join(", ", known)}, like {{{{dose glute-bridge}}}}.");

    public static Diagnostic InsertEmpty(SourceLocation at, string field, string id) => Error(at, "HB0807",
        $"The exercise '{id}' has no {field} to insert. Add {field}: to input/exercises/{id}.yml, or remove the insert.");

    public static Diagnostic BadFormerId(SourceLocation at, string id) => Error(at, "HB0805",
        $"'{id}' is not a possible exercise id. Write the old file name without .yml: lower-case letters, digits and hyphens.");

    public static Diagnostic FormerIdTaken(SourceLocation at, string id) => Error(at, "HB0806",
        $"'{id}' is listed in former_ids but is also an exercise or a card page of its own. Remove it from former_ids, or rename that exercise.");

    private static string ListOrNone(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "(none yet)" : string.Join(", ", list);
    }

    // HB09xx: exercise pictures (frames: poses, props, contacts)

    public static Diagnostic UnknownBasePose(SourceLocation at, string value, IEnumerable<string> poses) => Error(at, "HB0901",
        $"'{value}' is not a base pose. Start the frame from one of: {string.Join(", ", poses)}.");

    public static Diagnostic JointOutOfRange(SourceLocation at, string joint, int value, int min, int max) => Error(at, "HB0902",
        $"'{joint}' is {value}°, which a person's {joint.Split('-')[0]} cannot reach. Use an angle from {min} to {max} degrees.");

    public static Diagnostic ContactOffFloor(SourceLocation at, string contact, string point, double height) => Error(at, "HB0903",
        $"The frame says '{contact}' rests on the floor, but {point} is {height:0} cm above it. Change the joint angles until it touches, or remove '{contact}' from contacts.");

    public static Diagnostic PropOutOfReach(SourceLocation at, string prop, string detail) => Error(at, "HB0904",
        $"The {prop} is out of reach: {detail}. Change the arm angles, or remove the {prop} from props.");

    public static Diagnostic FrameStepOutOfRange(SourceLocation at, int step, int steps) => Error(at, "HB0905",
        $"This frame shows step {step}, but the exercise has {steps} steps. Use a step number from 1 to {steps}.");

    public static Diagnostic TooFewFrames(SourceLocation at, int count) => Error(at, "HB0906",
        $"'frames' has {count} frame{(count == 1 ? string.Empty : "s")}. Draw at least the start and the end: two frames or more.");

    public static Diagnostic FramesAndImage(SourceLocation at) => Error(at, "HB0907",
        "The exercise has both 'frames' and 'image'. Its pictures are drawn from the frames: remove 'image' and 'image_alt'.");

    public static Diagnostic UnknownFigureName(SourceLocation at, string key, string value, IEnumerable<string> allowed) => Error(at, "HB0908",
        $"'{value}' is not a name '{key}' knows. Use one of: {string.Join(", ", allowed)}.");

    // HB10xx: an exercise's dose_range, the limits of a clinician's programme (issue 20)

    public static Diagnostic DoseRangeNotPair(SourceLocation at, string key, int min, int max) => Error(at, "HB1001",
        $"'dose_range.{key}' must be two whole numbers, the lowest first, like {key}: [{min}, {Math.Min(max, min + 2)}].");

    public static Diagnostic DoseRangeReversed(SourceLocation at, string key, int from, int to) => Error(at, "HB1002",
        $"'dose_range.{key}' goes from {from} down to {to}. Write the lowest number first: [{to}, {from}].");

    public static Diagnostic DoseRangeBeyondLimits(SourceLocation at, string key, int from, int to, int min, int max) => Error(at, "HB1003",
        $"'dose_range.{key}' is [{from}, {to}], but '{key}' can only be from {min} to {max}. Keep the range within those numbers.");

    public static Diagnostic DoseDefaultOutsideRange(SourceLocation at, string key, int value, int from, int to) => Error(at, "HB1004",
        $"The exercise's own '{key}' is {value}, outside its 'dose_range.{key}' of [{from}, {to}]. Widen the range to include {value}, or change '{key}'.");

    public static Diagnostic DoseRangeWithoutValue(SourceLocation at, string key) => Error(at, "HB1005",
        $"'dose_range.{key}' is set, but the exercise has no '{key}'. Add '{key}' to the exercise, or remove the range.");

    // HB12xx: starting a site (`new site`) and installing what the build runs (issue 18)

    public static Diagnostic NewSiteFolderNotEmpty(string path, IReadOnlyList<string> entries) => Error(SourceLocation.WholeFile(path), "HB1201",
        $"`new site` writes only into an empty or new folder, and this one holds {Sample(entries)}. Nothing was written. Choose a new folder name, like `new site my-clinic-site`.");

    public static Diagnostic NewSiteFolderIsFile(string path) => Error(SourceLocation.WholeFile(path), "HB1202",
        "`new site` needs a folder, and this is a file. Nothing was written. Choose a new folder name.");

    public static Diagnostic StarterMissing(string path) => Error(SourceLocation.WholeFile(path), "HB1203",
        "The starter site and theme that come with HamstringBack are not next to the program. Reinstall the tool (`dotnet tool update -g hamstringback`), or run it from the repository with `dotnet run --project src/HamstringBack.Cli`.");

    public static Diagnostic NpmMissing(string path) => Error(SourceLocation.WholeFile(path), "HB1204",
        "The search index needs pagefind, which this file lists, but npm (which installs it) was not found. Install Node.js 20 or later (it brings npm), then build again; or build with --no-search to skip the search index. The previous output was left as it was.");

    public static Diagnostic NpmInstallFailed(string path, string detail) => Error(SourceLocation.WholeFile(path), "HB1205",
        $"`npm ci` could not install pagefind for the search index: {detail}. Check the network and the file, run `npm ci` yourself to see more, then build again; or build with --no-search.");

    // HB13xx: the browser editor at /admin/ (issue 18)

    public static Diagnostic EditorRepositoryInvalid(SourceLocation at, string value) => Error(at, "HB1301",
        $"'editor_repository' must name a GitHub repository as owner/name, like your-account/your-site (got \"{value}\"). Copy the two parts after github.com/ in the repository's address, or remove the key to edit only on this computer.");

    public static Diagnostic EditorBranchInvalid(SourceLocation at, string value) => Error(at, "HB1302",
        $"'editor_branch' must be a branch name without spaces, like main (got \"{value}\"). Use the branch Netlify publishes, or remove the key to use main.");

    private static string Sample(IReadOnlyList<string> entries) =>
        string.Join(", ", entries.Take(3).Select(e => $"'{e}'")) + (entries.Count > 3 ? $" and {entries.Count - 3} more" : string.Empty);

    private static string Shorten(IEnumerable<string> items)
    {
        var list = items.Select(i => "#" + i).Take(8).ToList();
        return list.Count == 0 ? "(the page has no headings)" : string.Join(", ", list);
    }

    // HB11xx: folders of sections and files the build leaves unused (issue 16)

    public static Diagnostic UnusedFile(string path) => Warning(SourceLocation.WholeFile(path), "HB1101",
        "Not used: the build reads no file of this kind here, so nothing of it is on the site. Move it out of input/, or see docs/editing.md for where each kind of file goes.");

    public static Diagnostic UnusedFolder(string path) => Warning(SourceLocation.WholeFile(path), "HB1102",
        "Not used: the build reads nothing in this folder, so nothing in it is on the site. Move it out of input/, or see docs/editing.md for the folders the build reads.");

    public static Diagnostic BadGroupFolder(string path, string name) => Error(SourceLocation.WholeFile(path), "HB1103",
        $"The folder name '{name}' is not allowed for a group of sections. Use two or more digits, a hyphen and lower-case words joined by hyphens, like 02-back-pain.");

    public static Diagnostic GroupTooDeep(string path) => Error(SourceLocation.WholeFile(path), "HB1104",
        "Groups of sections go one level deep: a folder inside a group's folder is not read. Move its files into the group's folder, or make it a group of its own directly in input/sections/.");
}
