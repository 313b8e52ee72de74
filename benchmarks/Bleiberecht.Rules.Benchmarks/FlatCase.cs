namespace Bleiberecht.Rules.Benchmarks;

/// <summary>
/// One person as the flat, pre-joined input object an expression rule engine expects: household facts copied in,
/// three-valued facts as ints (0 = false, 1 = unknown, 2 = true), and the facts that need a loop over members or
/// jobs (family status, school, livelihood, the other members' exclusion grounds) precomputed under the IMK base
/// rule. Used by the RulesEngine workflow (as a class) and the hand-written loop (as <see cref="FlatPerson"/>).
/// </summary>
public sealed class FlatCase
{
    public bool Withdrawn { get; set; }
    public int ApplicationFiled { get; set; }
    public bool HasApplicationDate { get; set; }
    public int ApplicationDay { get; set; }
    public int DecisionDay { get; set; }
    public int Tolerated { get; set; }
    public int Obliged { get; set; }
    public int Adult { get; set; }
    public bool EntryKnown { get; set; }
    public bool GapsKnown { get; set; }
    public bool MetSix { get; set; }
    public bool MetEight { get; set; }
    public int Family { get; set; }
    public bool MisconductKnown { get; set; }
    public int DeceptionAny { get; set; }
    public int ObstructionAny { get; set; }
    public bool AbscondingAny { get; set; }
    public bool ConvictionsKnown { get; set; }
    public bool BestExceeds { get; set; }
    public bool WorstExceeds { get; set; }
    public int ExtremismLinks { get; set; }
    public int OthersNoExclusion { get; set; }
    public int Housing { get; set; }
    public int School { get; set; }
    public int Prognosis { get; set; }
    public int CooperationBreached { get; set; }
    public int GermanLevel { get; set; }
    public int ValidPassport { get; set; }
    public int Livelihood { get; set; }
    public bool IsChild { get; set; }
    public int IdOrder { get; set; }

    public FlatPerson ToStruct() => new()
    {
        Withdrawn = Withdrawn, ApplicationFiled = (byte)ApplicationFiled, HasApplicationDate = HasApplicationDate, ApplicationDay = ApplicationDay,
        DecisionDay = DecisionDay, Tolerated = (byte)Tolerated, Obliged = (byte)Obliged, Adult = (byte)Adult, EntryKnown = EntryKnown,
        GapsKnown = GapsKnown, MetSix = MetSix, MetEight = MetEight, Family = (byte)Family, MisconductKnown = MisconductKnown,
        DeceptionAny = (byte)DeceptionAny, ObstructionAny = (byte)ObstructionAny, AbscondingAny = AbscondingAny, ConvictionsKnown = ConvictionsKnown,
        BestExceeds = BestExceeds, WorstExceeds = WorstExceeds, ExtremismLinks = (byte)ExtremismLinks, OthersNoExclusion = (byte)OthersNoExclusion,
        Housing = (byte)Housing, School = (byte)School, Prognosis = (byte)Prognosis, CooperationBreached = (byte)CooperationBreached,
        GermanLevel = (sbyte)GermanLevel, ValidPassport = (byte)ValidPassport, Livelihood = (byte)Livelihood, IsChild = IsChild, IdOrder = IdOrder,
    };
}

/// <summary>The same flat person as a blittable struct, for the hand-written loop.</summary>
public struct FlatPerson
{
    public bool Withdrawn;
    public byte ApplicationFiled;
    public bool HasApplicationDate;
    public int ApplicationDay;
    public int DecisionDay;
    public byte Tolerated;
    public byte Obliged;
    public byte Adult;
    public bool EntryKnown;
    public bool GapsKnown;
    public bool MetSix;
    public bool MetEight;
    public byte Family;
    public bool MisconductKnown;
    public byte DeceptionAny;
    public byte ObstructionAny;
    public bool AbscondingAny;
    public bool ConvictionsKnown;
    public bool BestExceeds;
    public bool WorstExceeds;
    public byte ExtremismLinks;
    public byte OthersNoExclusion;
    public byte Housing;
    public byte School;
    public byte Prognosis;
    public byte CooperationBreached;
    public sbyte GermanLevel;
    public byte ValidPassport;
    public byte Livelihood;
    public bool IsChild;
    public int IdOrder;
}
