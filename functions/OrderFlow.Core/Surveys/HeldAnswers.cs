using System.Text;
using Azure.Data.Tables;
using OrderFlow.Core.Security;

namespace OrderFlow.Core.Surveys;

/// <summary>
/// An answer waiting to be released into its round's results: an "h-" row with a random key holding nothing but
/// the sealed response (<see cref="SealedBox"/>, purpose "survey-answers"), padded to the same length for every
/// answer of the survey, so neither its content nor its size tells a storage reader whose answer it is.
/// </summary>
public sealed class HeldAnswers(SealedBox box)
{
    public const string Prefix = "h-";
    const string SealedColumn = "Sealed";

    // A binary column holds 64 KiB; a padded text-heavy answer takes more, so it is spread over several columns.
    const int ColumnBytes = 60 * 1024;
    const int PadTo = 1024;

    public TableEntity ToEntity(string roundId, Survey survey, SurveyResponse response)
    {
        var rowKey = Prefix + Guid.NewGuid().ToString("N");
        var plain = ResponseCodec.Encode(response, PaddedLength(survey));
        var sealedValue = box.Seal(plain, roundId + "/" + rowKey);
        var entity = new TableEntity(roundId, rowKey);
        var columns = sealedValue.Chunk(ColumnBytes).ToList();
        for (var i = 0; i < columns.Count; i++)
        {
            entity[SealedColumn + i] = columns[i];
        }
        return entity;
    }

    public SurveyResponse Read(TableEntity row)
    {
        var sealedValue = new List<byte>();
        for (var i = 0; row.GetBinary(SealedColumn + i) is { } part; i++)
        {
            sealedValue.AddRange(part);
        }
        return ResponseCodec.Decode(box.Open([.. sealedValue], row.PartitionKey + "/" + row.RowKey));
    }

    /// <summary>The most an answer to <paramref name="survey"/> can take, rounded up: every answer is padded to it.</summary>
    static int PaddedLength(Survey survey)
    {
        var most = ResponseCodec.FixedBytes + survey.Questions.Sum(q => ResponseCodec.MostBytes(q.Id) + ResponseCodec.MostBytes(MostValue(q)));
        return (most + PadTo - 1) / PadTo * PadTo;
    }

    static int MostValue(Question question) => question.Type switch
    {
        QuestionType.Text => AnswerInput.MaxTextLength,
        QuestionType.Choice => question.Options.Select(o => o.Length).DefaultIfEmpty(0).Max(),
        _ => 2,
    };

    /// <summary>Department, day, eNPS and answers as length-prefixed UTF-8, then zero padding.</summary>
    static class ResponseCodec
    {
        // Version, the day, the eNPS answer, the answer count, and a department of up to 100 characters.
        public const int FixedBytes = 1 + 4 + 4 + 4 + 5 + 100 * 3;

        public static int MostBytes(string text) => MostBytes(text.Length);

        // UTF-8 takes at most 3 bytes per UTF-16 character (a surrogate pair: 4 for 2); the length prefix at most 5.
        public static int MostBytes(int characters) => 5 + characters * 3;

        public static byte[] Encode(SurveyResponse response, int paddedLength)
        {
            using var stream = new MemoryStream(paddedLength);
            using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write((byte)1);
                writer.Write(response.Department);
                writer.Write(response.Day.DayNumber);
                writer.Write(response.Enps ?? -1);
                writer.Write(response.Answers.Count);
                foreach (var (id, value) in response.Answers)
                {
                    writer.Write(id);
                    writer.Write(value);
                }
            }
            if (stream.Length < paddedLength)
            {
                stream.SetLength(paddedLength);
            }
            return stream.ToArray();
        }

        public static SurveyResponse Decode(byte[] plain)
        {
            using var reader = new BinaryReader(new MemoryStream(plain), Encoding.UTF8);
            if (reader.ReadByte() != 1)
            {
                throw new InvalidDataException("Unknown held answer format.");
            }
            var department = reader.ReadString();
            var day = DateOnly.FromDayNumber(reader.ReadInt32());
            var enps = reader.ReadInt32();
            var answers = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                var id = reader.ReadString();
                answers[id] = reader.ReadString();
            }
            return new SurveyResponse(department, day, enps < 0 ? null : enps, answers);
        }
    }
}
