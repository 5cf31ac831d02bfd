using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace LlmSafety.Reliability.Tests.Fixtures;

/// <summary>Every measurement of the LlmSafety meters, with its tags, while the recorder lives.</summary>
public sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener _listener = new();

    public MetricRecorder()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name.StartsWith("LlmSafety", StringComparison.Ordinal))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    public ConcurrentQueue<RecordedMeasurement> Measurements { get; } = new();

    public double Sum(string instrument) => Measurements.Where(m => m.Instrument == instrument).Sum(m => m.Value);

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        Measurements.Enqueue(new RecordedMeasurement(
            instrument.Name,
            value,
            tags.ToArray().Select(tag => $"{tag.Key}={tag.Value}").ToList()));
}

public sealed record RecordedMeasurement(string Instrument, double Value, IReadOnlyList<string> Tags);
