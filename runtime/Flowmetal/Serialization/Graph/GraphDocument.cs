using System.Text.Encodings.Web;
using System.Text.Json;

namespace Flowmetal.Serialization.Graph;

/// <summary>
/// The stored form of a continuation or a value: one JSON document, flat, so that neither writing
/// nor reading recurses into the data (a linked list of a million nodes is a million entries of
/// one array, not a million nested objects):
/// <code>
/// {"fmt":2,
///  "types":["Shop.Cart, Shop", {"n":"Shop.Checkout+&lt;Run&gt;FlowFrame, Shop","h":"9f2c..."}, ...],
///  "objects":[{"$t":0,"Lines":1,"Total":12.50}, {"$t":3,"$v":[1,2,3]}, {"$static":4,"m":"OrdinalIgnoreCase"}, ...],
///  "frames":[{"$t":1,"ResumePoint":2,"&lt;&gt;l0_cart":0,"&lt;&gt;a_orderId":42}],
///  "request":5}
/// </code>
/// A value that is an object is its index in <c>objects</c>; strings, numbers and structs are
/// written where they are used. <c>types</c> lists every type once (a frame type with its body
/// hash), and entries name theirs by index. The order is fixed: the types first (a changed frame
/// method is refused before anything is made), then the objects (a reader makes every one before
/// it fills any, so cycles and shared references need no back-patching), then the frames and the
/// root (<c>request</c> for a continuation, <c>value</c> for a single value), read once.
/// </summary>
internal static class GraphDocument
{
    /// <summary>Version of this layout; a document of another version is refused with a clear error.</summary>
    public const int Version = 2;

    /// <summary>
    /// The same limit writing and reading, so that nothing written is refused on the way back. The
    /// layout itself is shallow; nesting comes only from structs held by value.
    /// </summary>
    public const int MaxDepth = 64;

    public static readonly JsonEncodedText Format = JsonEncodedText.Encode("fmt");
    public static readonly JsonEncodedText Types = JsonEncodedText.Encode("types");
    public static readonly JsonEncodedText Frames = JsonEncodedText.Encode("frames");
    public static readonly JsonEncodedText Request = JsonEncodedText.Encode("request");
    public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    public static readonly JsonEncodedText Objects = JsonEncodedText.Encode("objects");

    /// <summary>An entry's type, the first property of every entry and frame.</summary>
    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("$t");

    /// <summary>An entry that is the value of a static member: <c>{"$static":typeIndex,"m":"Ordinal"}</c>.</summary>
    public static readonly JsonEncodedText Static = JsonEncodedText.Encode("$static");

    public static readonly JsonEncodedText Member = JsonEncodedText.Encode("m");

    /// <summary>A frame type's name and body hash in <c>types</c>.</summary>
    public static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("n");

    public static readonly JsonEncodedText TypeHash = JsonEncodedText.Encode("h");

    /// <summary>
    /// The key of what a frame type's entry needs for resuming in another build (<see cref="FrameVersionInfo"/>, kept by the
    /// store): the key of each resume point, the fields saved at each, the method's named locals and every field's type.
    /// </summary>
    public static readonly JsonEncodedText FrameVersion = JsonEncodedText.Encode("v");

    /// <summary>The build that stored a frame type's entry (<c>Shop 1.0.0.0 (4d1c2a9e)</c>): the build that can resume it as it is.</summary>
    public static readonly JsonEncodedText FrameBuild = JsonEncodedText.Encode("b");

    /// <summary>A type's shape (<see cref="Codecs.StoredShape"/>): its fields, elements and keys that are not plain.</summary>
    public static readonly JsonEncodedText ShapeFields = JsonEncodedText.Encode("f");

    public static readonly JsonEncodedText ShapeElements = JsonEncodedText.Encode("e");

    public static readonly JsonEncodedText ShapeKeys = JsonEncodedText.Encode("k");

    /// <summary>The content of arrays and boxed scalars.</summary>
    public static readonly JsonEncodedText Values = JsonEncodedText.Encode("$v");

    /// <summary>The lengths of a multi-dimensional array.</summary>
    public static readonly JsonEncodedText Lengths = JsonEncodedText.Encode("$n");

    public static readonly JsonWriterOptions WriterOptions = new()
    {
        // Readable by people (operators read locals from stored flows): no \u escapes for non-ASCII
        // text; quotes, backslashes and control characters are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = MaxDepth,
        SkipValidation = false,
    };

    public static readonly JsonReaderOptions ReaderOptions = new()
    {
        MaxDepth = MaxDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };
}
