using LlmSafety.Judge.Policy;

namespace LlmSafety.Judge.Scoring;

/// <summary>
/// Overlap questions over entities sorted by start, asked in order of increasing start: each one begins where the
/// last left off, so a pass over a text costs time linear in its entities rather than entities × candidates.
/// </summary>
internal sealed class OrderedOverlaps(List<CandidateEntity> entities)
{
    private readonly List<CandidateEntity> _entities = entities;

    private int _first;

    /// <summary>The index range that holds every entity overlapping [start, end); start must not decrease.</summary>
    public (int From, int To) Near(int start, int end)
    {
        while (_first < _entities.Count && _entities[_first].End <= start)
        {
            _first++;
        }

        var to = _first;
        while (to < _entities.Count && _entities[to].Start < end)
        {
            to++;
        }

        return (_first, to);
    }

    public bool Any(int start, int end)
    {
        var (from, to) = Near(start, end);
        for (var i = from; i < to; i++)
        {
            if (_entities[i].Start < end && start < _entities[i].End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Overlap questions over a sorted copy of entities not yet sorted by start (the list itself stays as it is).</summary>
    public static OrderedOverlaps OfUnsorted(List<CandidateEntity> entities)
    {
        var sorted = new List<CandidateEntity>(entities);
        sorted.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new OrderedOverlaps(sorted);
    }

    /// <summary>
    /// Collects a rule's candidate into added unless it overlaps one of entities (not sorted; the sorted copy is made on
    /// the first candidate and kept in existing). Candidates must come in order of increasing start.
    /// </summary>
    public static void AddUnlessOverlapping(List<CandidateEntity> entities, ref OrderedOverlaps? existing, ref List<CandidateEntity>? added, CandidateEntity candidate)
    {
        existing ??= OfUnsorted(entities);
        if (!existing.Any(candidate.Start, candidate.End))
        {
            (added ??= []).Add(candidate);
        }
    }

    /// <summary>
    /// As <see cref="AddUnlessOverlapping"/>, but a candidate whose overlaps are all health entities inside it and scored
    /// below it takes their place: a rule that read a condition's whole telling ("the test with sticky wires all over her
    /// head") is not kept out by the tagger's weak span on part of it. The entities it replaces are collected in
    /// <paramref name="replaced"/> for the caller to remove once, after its last candidate.
    /// </summary>
    public static void AddOverWeakerHealth(
        List<CandidateEntity> entities, ref OrderedOverlaps? existing, ref List<CandidateEntity>? added, ref HashSet<CandidateEntity>? replaced, CandidateEntity candidate)
    {
        existing ??= OfUnsorted(entities);
        var (from, to) = existing.Near(candidate.Start, candidate.End);
        var overlaps = 0;
        for (var i = from; i < to; i++)
        {
            var entity = existing._entities[i];
            if (entity.Start >= candidate.End || candidate.Start >= entity.End)
            {
                continue;
            }

            // Only weaker health spans inside the candidate give way: one that runs past it holds more than the rule read.
            if (EntityCategories.Of(entity.Type) != Category.Health || entity.Score >= candidate.Score || entity.Start < candidate.Start || entity.End > candidate.End)
            {
                return;
            }

            overlaps++;
        }

        for (var i = from; i < to && overlaps > 0; i++)
        {
            if (existing._entities[i].Start < candidate.End && candidate.Start < existing._entities[i].End)
            {
                (replaced ??= []).Add(existing._entities[i]);
            }
        }

        (added ??= []).Add(candidate);
    }

    /// <summary>Adds a rule's finds and keeps the list sorted by start for the next rule.</summary>
    public static void AddInOrder(List<CandidateEntity> entities, List<CandidateEntity> added)
    {
        if (added.Count == 0)
        {
            return;
        }

        entities.AddRange(added);
        entities.Sort((a, b) => a.Start.CompareTo(b.Start));
    }
}
