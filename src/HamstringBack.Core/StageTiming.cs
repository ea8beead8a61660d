namespace HamstringBack.Core;

/// <summary>How long one stage of the build took.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed);
