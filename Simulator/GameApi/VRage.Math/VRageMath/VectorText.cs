using System.Globalization;

namespace VRageMath
{
    // Reads the "{X:1 Y:2 Z:3}" text the vector types write.
    static class VectorText
    {
        public static bool TryParseComponents(string text, string names, out double[] values)
        {
            values = new double[names.Length];
            if (text == null)
                return false;
            text = text.Trim().TrimStart('{').TrimEnd('}');
            int position = 0;
            for (int i = 0; i < names.Length; i++)
            {
                string label = names[i] + ":";
                int start = text.IndexOf(label, position, System.StringComparison.Ordinal);
                if (start < 0)
                    return false;
                start += label.Length;
                int end = i + 1 < names.Length ? text.IndexOf(names[i + 1] + ":", start, System.StringComparison.Ordinal) : text.Length;
                if (end < 0)
                    return false;
                if (!double.TryParse(text.Substring(start, end - start).Trim(), NumberStyles.Float, CultureInfo.CurrentCulture, out values[i]))
                    return false;
                position = end;
            }
            return true;
        }
    }
}
