"""What changed between two briefs: positions new, changed or gone, claims and sources new.

An analyst who briefs every morning reads yesterday's brief once; what they need today is
the difference. Claims are compared by their words (whitespace and case aside), sources by
URL (else file name and title), positions by actor.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .models import Brief, Sentence, SourceEntry


@dataclass
class ActorChange:
    actor: str
    status: str  # new | changed | gone | same
    stance_before: str | None = None
    stance_now: str | None = None
    claims_new: list[str] = field(default_factory=list)
    claims_gone: list[str] = field(default_factory=list)  # no longer supported by any source


@dataclass
class BriefDiff:
    before: str  # the old brief's date
    now: str
    actors: list[ActorChange]
    sources_new: list[str]
    sources_gone: list[str]

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False) + "\n"


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _source_key(entry: SourceEntry) -> str:
    return entry.url or f"{Path(entry.path).name}\n{entry.title}"


def _source_line(entry: SourceEntry) -> str:
    when = f", {entry.date}" if entry.date else ""
    return f"{entry.outlet or 'Unknown outlet'} — “{entry.title}”{when}"


def _claims(brief: Brief) -> dict[str, list[Sentence]]:
    """Each actor's shown claims: its overview line, then its further sentences."""
    leads = brief.overview if len(brief.overview) == len(brief.positions) else []
    return {p.actor: [*leads[i : i + 1], *p.sentences] for i, p in enumerate(brief.positions)}


def diff_briefs(old: Brief, new: Brief) -> BriefDiff:
    """Per actor, in the new brief's order then the ones that are gone; and the sources."""
    old_positions = {p.actor: p for p in old.positions}
    new_positions = {p.actor: p for p in new.positions}
    old_claims, new_claims = _claims(old), _claims(new)
    changes = []
    for actor, position in new_positions.items():
        before = old_positions.get(actor)
        now_claims = [s.text for s in new_claims[actor]]
        if before is None:
            changes.append(ActorChange(actor, "new", None, position.stance, now_claims))
            continue
        old_keys = {_key(s.text) for s in old_claims[actor]}
        new_keys = {_key(t) for t in now_claims}
        added = [t for t in now_claims if _key(t) not in old_keys]
        gone = [s.text for s in old_claims[actor] if _key(s.text) not in new_keys]
        status = "changed" if added or gone or before.stance != position.stance else "same"
        changes.append(ActorChange(actor, status, before.stance, position.stance, added, gone))
    for actor, before in old_positions.items():
        if actor not in new_positions:
            changes.append(
                ActorChange(
                    actor, "gone", before.stance, None, [], [s.text for s in old_claims[actor]]
                )
            )
    old_sources = {_source_key(e): e for e in old.sources}
    new_sources = {_source_key(e): e for e in new.sources}
    return BriefDiff(
        before=old.generated_at.isoformat(),
        now=new.generated_at.isoformat(),
        actors=changes,
        sources_new=[_source_line(e) for k, e in new_sources.items() if k not in old_sources],
        sources_gone=[_source_line(e) for k, e in old_sources.items() if k not in new_sources],
    )


def diff_markdown(diff: BriefDiff) -> str:
    """The diff as Markdown: one section per actor that moved, then the sources."""
    from .render import md_escape

    lines = [f"# What changed: {diff.before} → {diff.now}", ""]
    moved = [c for c in diff.actors if c.status != "same"]
    if not moved and not diff.sources_new and not diff.sources_gone:
        return "\n".join([*lines, "Nothing changed.", ""])
    heads = {
        "new": "new position",
        "gone": "no longer supported by any source",
        "changed": "changed",
    }
    for change in moved:
        head = heads[change.status]
        if change.status == "changed" and change.stance_before != change.stance_now:
            head += f": {change.stance_before} → {change.stance_now}"
        elif change.status == "new":
            head += f": {change.stance_now}"
        lines += [f"## {md_escape(change.actor)} — {head}", ""]
        lines += [f"- new: {md_escape(text)}" for text in change.claims_new]
        lines += [f"- no longer supported: {md_escape(text)}" for text in change.claims_gone]
        lines.append("")
    unchanged = [c.actor for c in diff.actors if c.status == "same"]
    if unchanged:
        lines += [f"Unchanged: {md_escape(', '.join(unchanged))}.", ""]
    if diff.sources_new:
        lines += ["## New sources", ""]
        lines += [f"- {md_escape(line)}" for line in diff.sources_new] + [""]
    if diff.sources_gone:
        lines += ["## Sources no longer cited", ""]
        lines += [f"- {md_escape(line)}" for line in diff.sources_gone] + [""]
    return "\n".join(lines)


def mark_new(brief: Brief, old: Brief) -> Brief:
    """Mark claims and sources that the old brief did not have, and say in one line what
    dropped out since it."""
    diff = diff_briefs(old, brief)
    old_claims = {
        actor: {_key(s.text) for s in sentences} for actor, sentences in _claims(old).items()
    }
    positions, overview = [], list(brief.overview)
    for index, position in enumerate(brief.positions):
        known = old_claims.get(position.actor)

        def marked(sentence: Sentence, known: set[str] | None = known) -> Sentence:
            return sentence.model_copy(
                update={"new": known is None or _key(sentence.text) not in known}
            )

        sentences = [marked(s) for s in position.sentences]
        positions.append(position.model_copy(update={"sentences": sentences}))
        if index < len(overview):
            overview[index] = marked(overview[index])
    old_sources = {_source_key(e) for e in old.sources}
    sources = [
        e.model_copy(update={"new": _source_key(e) not in old_sources}) for e in brief.sources
    ]
    gone_actors = [c.actor for c in diff.actors if c.status == "gone"]
    gone_claims = sum(len(c.claims_gone) for c in diff.actors if c.status == "changed")
    parts = []
    if gone_actors:
        parts.append("the position of " + ", ".join(gone_actors))
    if gone_claims:
        parts.append(f"{gone_claims} claim{'s' if gone_claims > 1 else ''}")
    since = f"Since the brief of {old.generated_at.isoformat()}"
    line = (
        f"{since}, dropped out: {' and '.join(parts)}."
        if parts
        else f"{since}, nothing dropped out."
    )
    stats = brief.stats.model_copy(update={"compared_with": old.generated_at})
    return brief.model_copy(
        update={
            "positions": positions,
            "overview": overview,
            "sources": sources,
            "notices": [*brief.notices, line],
            "stats": stats,
        }
    )
