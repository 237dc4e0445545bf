namespace VRage
{
    public enum MyLanguagesEnum : byte
    {
        English,
        Czech,
        Slovak,
        German,
        Russian,
        Spanish_Spain,
        French,
        Italian,
        Danish,
        Dutch,
        Icelandic,
        Polish,
        Finnish,
        Hungarian,
        Portuguese_Brazil,
        Estonian,
        Norwegian,
        Spanish_HispanicAmerica,
        Swedish,
        Catalan,
        Croatian,
        Romanian,
        Ukrainian,
        Turkish,
        Latvian,
        ChineseChina,
        Japanese,
    }

    /// <summary>The game's localized texts. Scripts may only name the language descriptions; the simulator's world
    /// speaks English and loads no texts.</summary>
    public static class MyTexts
    {
        public class MyLanguageDescription
        {
            public readonly MyLanguagesEnum Id;
            public readonly string Name;
            public readonly string CultureName;
            public readonly string SubcultureName;
            public readonly string FullCultureName;
            public readonly bool IsCommunityLocalized;
            public readonly float GuiTextScale;

            public MyLanguageDescription(MyLanguagesEnum id, string name, string cultureName, string subcultureName, float guiTextScale, bool isCommunityLocalized)
            {
                Id = id;
                Name = name;
                CultureName = cultureName;
                SubcultureName = subcultureName;
                FullCultureName = string.IsNullOrEmpty(subcultureName) ? cultureName : cultureName + "-" + subcultureName;
                GuiTextScale = guiTextScale;
                IsCommunityLocalized = isCommunityLocalized;
            }
        }
    }
}
