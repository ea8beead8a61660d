namespace HamstringBack.Core.Figures;

/// <summary>A point or direction in a side view, in centimetres: x to the right, y up from the floor.</summary>
public readonly record struct Vec(double X, double Y)
{
    public static Vec operator +(Vec a, Vec b) => new(a.X + b.X, a.Y + b.Y);

    public static Vec operator -(Vec a, Vec b) => new(a.X - b.X, a.Y - b.Y);

    public static Vec operator *(Vec a, double k) => new(a.X * k, a.Y * k);

    /// <summary>The unit vector at <paramref name="degrees"/> counter-clockwise from the +x axis.</summary>
    public static Vec FromAngle(double degrees) =>
        new(Math.Cos(degrees * Math.PI / 180), Math.Sin(degrees * Math.PI / 180));

    public double Length => Math.Sqrt((X * X) + (Y * Y));

    /// <summary>Direction in degrees counter-clockwise from +x, in (−180, 180].</summary>
    public double Angle => Math.Atan2(Y, X) * 180 / Math.PI;

    /// <summary>This direction turned counter-clockwise by <paramref name="degrees"/>.</summary>
    public Vec Turn(double degrees)
    {
        var (s, c) = Math.SinCos(degrees * Math.PI / 180);
        return new Vec((X * c) - (Y * s), (X * s) + (Y * c));
    }

    public Vec Unit => this * (1 / Length);

    /// <summary>The smallest angle between two directions, 0 to 180 degrees.</summary>
    public static double Between(Vec a, Vec b)
    {
        var d = Math.Abs(a.Angle - b.Angle) % 360;
        return d > 180 ? 360 - d : d;
    }
}
