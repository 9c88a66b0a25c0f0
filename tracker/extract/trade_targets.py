"""Trade targets (issue 4): a stated GOAL for a trade or economic figure between countries.

A sentence yields a target when it holds a money amount, a goal cue ("raise ...
to", "Ziel", "довести", "porter à") and a metric word ("trade", "Warenaustausch",
"товарооборот", "échanges"), and the amount is not a figure already reached
("stood at", "belief sich auf", "составил", "s'élevait à") or an aid amount.
Words are data (`data/trade_targets/<lang>.yaml`); the engine does the matching.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from tracker.extract import patterns
from tracker.extract.engine import (
    MoneyMention,
    Segment,
    countries_outside_money,
    document_countries,
    find_countries,
    find_dates,
    find_money,
    find_numbers,
    find_places,
    make_evidence,
    quote_span,
    split_segments,
    starting_outside,
    within,
)
from tracker.extract.rules import NEVER, as_list, compile_words, load_rules
from tracker.extract.visits import find_voices
from tracker.records import Period, TradeTarget

LOGGER = logging.getLogger(__name__)

# Trade goals are large; smaller sums are fees, grants or prices.
MIN_AMOUNT = Decimal(1_000_000)
# How far before an amount (characters) to look for "stood at" or "to".
REACHED_WINDOW = 40
# A comparator may be separated from its amount by at most this much text ("to more than $").
COMPARATOR_GAP = 6
# A deadline cue sits at most this far before its date ("by the end of 2025").
DEADLINE_WINDOW = 22
# How close before an amount its goal word must stand, and how long a word may lie
# between ("of", "von", "de" but not "build").
GOAL_LEAD = 60
GOAL_GAP_LETTERS = 3
# A date this close after an amount ("$1.2 billion in 2019") dates the amount itself.
PAST_DATE_GAP = 6
# How far back (characters) an unattributed goal looks for the last named speaker.
SPEAKER_LOOKBACK = 2000
_WORD = patterns.compile(r"[^\W\d_]+")
# What a rule becomes in a language whose data leaves it out: it never matches.
_CLAUSE_BREAK = patterns.compile(r"[;:]|,\s")
# What separates a clause from the next: "..., falls", "...; if"
_CLAUSE_GAP = patterns.compile(r"[\s,;:]*")


@dataclass(frozen=True)
class _Rules:
    goal: re.Pattern[str]
    reached: re.Pattern[str]
    not_trade: re.Pattern[str]
    # "if the corridor opens, trade could reach ...": a goal on a condition is none
    conditions: re.Pattern[str]
    forecasts: re.Pattern[str]
    # "the objective of", "Ziel", "цель": a goal set, which a condition does not undo
    set_goal: re.Pattern[str]
    # "analysts expect", "по прогнозу аналитиков": a forecast, which no side set as a goal
    forecasters: re.Pattern[str]
    # a bloc named as one side ("the five Central Asian states") -> its members' codes
    blocs: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]
    metrics: tuple[tuple[str, re.Pattern[str]], ...]
    metric_any: re.Pattern[str]
    comparators: tuple[tuple[str, re.Pattern[str]], ...]
    comparators_after: tuple[tuple[str, re.Pattern[str]], ...]
    deadline: re.Pattern[str]
    deadline_after: re.Pattern[str]  # a deadline word right after an amount ("... by 2030")
    goal_after: re.Pattern[str]  # a goal word right after an amount ("auf 3 Milliarden steigen")
    both_sides: re.Pattern[str]
    # "our trade", "nos échanges", "наших стран": the speaker's own country is a side
    our: re.Pattern[str]
    three_sides: re.Pattern[str]
    prepositions: re.Pattern[str]
    from_words: re.Pattern[str]
    current: re.Pattern[str]
    verb_prepositions: frozenset[str]
    preposition_verbs: re.Pattern[str]
    range_between: re.Pattern[str]
    past_after: re.Pattern[str]
    pair_openers: re.Pattern[str]
    speech: re.Pattern[str]
    pair_joiners: frozenset[str]
    route_words: re.Pattern[str]
    venue_words: re.Pattern[str]
    range_and: frozenset[str]
    range_to: frozenset[str]
    partner_words: re.Pattern[str]  # "with", "mit", "avec", "с" before a partner country
    copulas: re.Pattern[str]  # "is", "sind", "est de" between the metric and the amount
    gap_adverbs: re.Pattern[str]  # "now", "désormais" between a goal word and the amount
    metric_pronouns: re.Pattern[str]  # "it", "ihn", "его", "les" standing for the metric
    # "Its leaders", "Le pays", "Его руководство" opening the sentence: the country the
    # sentence before opens with
    country_back_refs: re.Pattern[str]
    unnamed_sources: re.Pattern[str]  # "an official said", "по данным": nobody named
    # a currency form several countries share ("rs", "rupees") -> their currencies
    shared_currencies: dict[str, tuple[str, ...]]
    shared_currency_re: re.Pattern[str]
    own_currency_re: re.Pattern[str]  # the forms only one of them has ("Pakistani rupees")


@lru_cache(maxsize=16)
def _rules(lang: str) -> _Rules:
    data = load_rules("trade_targets", lang)

    def words(key: str, source: dict[str, Any] | None = None) -> re.Pattern[str]:
        return compile_words(tuple(as_list((source or data).get(key))))

    def anchored(key: str, before: str, after: str) -> re.Pattern[str]:
        # The data's words as one alternation between `before` and `after`; a
        # language without the key gets a pattern that never matches.
        listed = as_list(data.get(key))
        if not listed:
            return NEVER
        alternatives = "|".join(_word_regex(w) for w in listed)
        return patterns.compile(rf"{before}(?:{alternatives}){after}", re.IGNORECASE)

    metrics_data = data.get("metrics") or {}
    comparators_data = data.get("comparators") or {}
    after_data = data.get("comparators_after") or {}
    all_metric_words = tuple(w for ws in metrics_data.values() for w in as_list(ws))
    common = load_rules("common", lang)
    shared = {
        str(form).lower(): tuple(str(c) for c in as_list(codes))
        for form, codes in (common.get("shared_currencies") or {}).items()
    }
    sharing = {code for codes in shared.values() for code in codes}
    own_forms = tuple(
        str(form)
        for code, forms in (common.get("currencies") or {}).items()
        if code in sharing
        for form in as_list(forms)
        if str(form).lower() not in shared
    )
    return _Rules(
        goal=words("goal_cues"),
        reached=words("reached_cues"),
        not_trade=words("not_trade"),
        conditions=words("conditions"),
        forecasts=words("forecasts"),
        set_goal=words("set_goal"),
        forecasters=words("forecasters"),
        blocs=tuple(
            (tuple(sorted(str(key).split())), compile_words(tuple(as_list(forms))))
            for key, forms in sorted((data.get("blocs") or {}).items())
            if as_list(forms)
        ),
        metrics=tuple((str(k), words(k, metrics_data)) for k in metrics_data),
        metric_any=compile_words(all_metric_words),
        comparators=tuple(
            (str(k), words(k, comparators_data)) for k in comparators_data if k != "exactly"
        ),
        # "soll zwei Milliarden Dollar überschreiten", "$2 billion or more": the word after
        comparators_after=tuple(
            (str(k), _after_amount(as_list(v))) for k, v in after_data.items() if as_list(v)
        ),
        deadline=anchored("deadline_cues", r"", r"\s*$"),
        deadline_after=_after_amount(as_list(data.get("deadline_cues")))
        if as_list(data.get("deadline_cues"))
        else NEVER,
        goal_after=_after_amount(as_list(data.get("goal_cues")))
        if as_list(data.get("goal_cues"))
        else NEVER,
        both_sides=words("both_sides"),
        our=words("first_person_plural"),
        three_sides=words("three_sides"),
        prepositions=words("target_prepositions"),
        from_words=words("from_prepositions"),
        current=anchored("current", r"\W{0,3}", r"(?!\w)"),
        verb_prepositions=frozenset(w.lower() for w in as_list(data.get("verb_prepositions"))),
        preposition_verbs=words("preposition_verbs"),
        range_between=anchored("range_between", r"", r"\W*$"),
        past_after=anchored("past_after", r"\W{0,3}", r"(?!\w)"),
        pair_openers=words("pair_openers"),
        # the people data's speech verbs: who "said" a goal stated it
        speech=compile_words(tuple(as_list(load_rules("people", lang).get("speech_verbs")))),
        pair_joiners=frozenset(w.lower() for w in as_list(data.get("pair_joiners"))),
        route_words=_before(as_list(data.get("route_words"))),
        venue_words=_before(as_list(data.get("venue_words"))),
        range_and=frozenset(w.lower() for w in as_list(data.get("range_and"))),
        range_to=frozenset(w.lower() for w in as_list(data.get("range_to"))),
        partner_words=words("partner_words"),
        copulas=words("copulas"),
        gap_adverbs=words("gap_adverbs"),
        metric_pronouns=words("metric_pronouns"),
        country_back_refs=anchored("country_back_refs", r"\W{0,3}", r"(?!\w)"),
        unnamed_sources=words("unnamed_sources"),
        shared_currencies=shared,
        shared_currency_re=compile_words(tuple(shared)),
        own_currency_re=compile_words(own_forms),
    )


def _after_amount(words: list[str]) -> re.Pattern[str]:
    """Words right after an amount, matched at its end."""
    alternatives = "|".join(_word_regex(w) for w in words)
    return patterns.compile(rf"\W{{0,3}}(?:{alternatives})(?!\w)", re.IGNORECASE)


def _before(words: list[str]) -> re.Pattern[str]:
    """A pattern for one of `words` ending right before a name (use with `.search` on the lead)."""
    if not words:
        return NEVER
    # "through the", "par l'": a short article between the word and the name
    return patterns.compile(
        r"(?:" + "|".join(_word_regex(w) for w in words) + r")\s+(?:\w{1,3}\s+|\w{1,2}['’])?$",
        re.IGNORECASE,
    )


def _word_regex(word: str) -> str:
    if len(word) > 2 and word.startswith("/") and word.endswith("/"):
        return word[1:-1]
    return r"(?<!\w)" + re.escape(word).replace(r"\ ", r"\s+")


def extract_trade_targets(
    text: str, lang: str, published: date | None, *, context: tuple[str, ...] = ()
) -> list[TradeTarget]:
    """Trade goals stated in the text, each once, in text order.

    `context` holds countries the text itself may not name, taken last when a goal names too
    few: those of the article around a quoted passage read alone (`extract_document`).
    """
    if not text or not text.strip():
        return []
    rules = _rules(lang)
    all_money = find_money(text, lang)
    if not all_money:
        return []
    ranges = _ranges(text, lang, rules, all_money)
    # a range's bounds are read as one goal: its lower bound stands for it ("between $100m
    # and $150m" -> at least $100m and up to $150m)
    uppers = {(lo.start, lo.end): hi for lo, hi in ranges}
    in_range = [(lo.start, hi.end) for lo, hi in ranges]
    money = [m for m in starting_outside(all_money, in_range) if m.amount >= MIN_AMOUNT]
    money = sorted([*money, *(lo for lo, _ in ranges)], key=lambda m: m.start)
    if not money:
        return []
    carried = _carried_currency(text, lang, rules, money, [*in_range, *_spans(all_money)])
    if carried:
        money = sorted([*money, *carried], key=lambda m: m.start)
    found: list[TradeTarget] = []
    segments = split_segments(text)
    people = _People(text, lang)
    money_starts = [m.start for m in money]
    for i, seg in enumerate(segments):
        # PERF: the sentence's amounts by bisection (money is in text order)
        first = bisect.bisect_left(money_starts, seg.start)
        last = bisect.bisect_left(money_starts, seg.end, lo=first)
        amounts = [m for m in money[first:last] if m.end <= seg.end]
        if not amounts:
            continue
        header = None if rules.goal.search(seg.text) else _goal_table_header(text, seg, rules)
        if header is None and not rules.goal.search(seg.text):
            continue
        # the metric may be named in a sentence before, within the paragraph: "They
        # discussed trade. The goal is $3 billion by 2030."
        metric_seg = seg
        if header is not None and not rules.metric_any.search(seg.text):
            # "| Partner | Trade in 2025 | Target | By |": a goal table's row takes its metric
            # from the header, else from the line that introduces the table ("An overview
            # of this year's trade goals:"; held-out set AD)
            metric_seg = _table_metric(text, header, rules) or seg
        if not rules.metric_any.search(metric_seg.text):
            # "How big is trade today? / Last year it was $1 billion. Our goal is to raise
            # it to $3 billion": a pronoun stands for the metric of a recent sentence, an
            # interview's question or the paragraph before included
            referent = (
                _paragraph_metric(text, segments, i, rules)
                or _pronoun_metric(segments, i, rules)
                or _headline_metric(text, segments, i, rules)
            )
            if referent is None:
                continue
            metric_seg = referent
        for m in amounts:
            upper = uppers.get((m.start, m.end))
            target = _target(
                text,
                lang,
                published,
                rules,
                seg,
                m,
                amounts,
                people,
                metric_seg,
                upper,
                segments[i - 1] if i else None,
                header,
                context,
            )
            if target is None:
                continue
            if upper is None:
                found.append(target)
                continue
            found.append(replace(target, comparator="at_least"))
            found.append(replace(target, amount=upper.amount, comparator="up_to"))
    return _dedupe(found)


def _goal_table_header(text: str, seg: Segment, rules: _Rules) -> Segment | None:
    """The header line of the table whose row `seg` is, when it names a goal column ("|
    Area | Target | Deadline |", "| Bereich | Ziel | Frist |"): each row states a goal
    (held-out set U); else None."""
    if not seg.text.lstrip().startswith("|"):
        return None  # PERF: most sentences are no table row
    start = text.rfind("\n", 0, seg.start) + 1
    header = None
    while start > 0:
        before = text.rfind("\n", 0, start - 1) + 1
        line = text[before : start - 1]
        if not line.lstrip().startswith("|"):
            break
        header, start = Segment(before, start - 1, line), before
    if header is None or rules.goal.search(header.text) is None:
        return None
    return header


def _goal_column(
    text: str, seg: Segment, m: MoneyMention, header: Segment, rules: _Rules
) -> bool | None:
    """For an amount in a goal table's row: True when its column's header cell names the
    goal ("| $2 billion |" under "Target"), False when it names something else ("Trade in
    2025"), None when the row's cells do not line up with the header's."""
    cells = header.text.strip().strip("|").split("|")
    row_start = text.rfind("\n", 0, m.start) + 1
    index = text.count("|", row_start, m.start) - (1 if seg.text.lstrip().startswith("|") else 0)
    if not 0 <= index < len(cells):
        return None
    return rules.goal.search(cells[index]) is not None


def _table_metric(text: str, header: Segment, rules: _Rules) -> Segment | None:
    """The goal table's header if it names a metric, else the non-empty line just before
    the table when that does ("An overview of the trade goals set this year:"), or None."""
    if rules.metric_any.search(header.text):
        return header
    end = header.start - 1
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end <= 0:
        return None
    start = text.rfind("\n", 0, end) + 1
    intro = Segment(start, end, text[start:end])
    return intro if rules.metric_any.search(intro.text) else None


# A later amount written without its currency shares the one before it: at most this
# many characters apart, in one paragraph ("... 1.6 billion dollars. Both want to take it
# to 5 billion by 2029").
CARRY_REACH = 150
# what may follow such an amount: the end of the clause or sentence
_CLAUSE_END_AFTER = patterns.compile(r"\s*(?:[.,;:!?)]|$)")


def _spans(money: list[MoneyMention]) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in money]


def _carried_currency(
    text: str,
    lang: str,
    rules: _Rules,
    money: list[MoneyMention],
    taken: list[tuple[int, int]],
) -> list[MoneyMention]:
    """Amounts written with a scale word but no currency after an amount of the paragraph
    that has one ("$1.2 billion now and 3 billion by 2030", "dépassent 1 milliard de dollars et
    devraient atteindre 2 milliards d'ici 2028"), in that amount's currency.

    Only where a deadline word, a goal word ("auf 3 Milliarden steigen") or the end of the
    clause follows the amount: "1 billion dollars ... and 3 million tonnes of wheat" is no
    money.
    """
    out: list[MoneyMention] = []
    starts = [m.start for m in money]
    taken = sorted(taken)
    taken_starts = [a for a, _ in taken]
    for n in find_numbers(text, lang):
        if n.value < MIN_AMOUNT or not any(ch.isalpha() for ch in text[n.start : n.end]):
            continue  # a scale word ("billion", "milliards", "млрд") makes it an amount
        k = bisect.bisect_right(taken_starts, n.start) - 1
        if k >= 0 and taken[k][1] > n.start:
            continue  # part of an amount of money or of a range
        j = bisect.bisect_left(starts, n.start) - 1
        if j < 0:
            continue
        before = money[j]
        gap = text[before.end : n.start]
        if len(gap) > CARRY_REACH or "\n" in gap:
            continue
        if not (
            rules.deadline_after.match(text, n.end)
            or rules.goal_after.match(text, n.end)
            or _CLAUSE_END_AFTER.match(text, n.end)
        ):
            continue
        out.append(MoneyMention(n.value, before.currency, n.start, n.end))
    return out


# How many sentences back in its paragraph a goal's metric may be named.
PARAGRAPH_METRIC_LOOKBACK = 2


def _paragraph_metric(text: str, segments: list[Segment], i: int, rules: _Rules) -> Segment | None:
    """The nearest of the PARAGRAPH_METRIC_LOOKBACK sentences before segments[i] in its
    paragraph that names a metric ("Trade is growing. It passed $800 million in eight
    months. The commission set the task of reaching $3 billion."), or None."""
    later = segments[i]
    for k in range(i - 1, max(-1, i - 1 - PARAGRAPH_METRIC_LOOKBACK), -1):
        earlier = segments[k]
        if "\n" in text[earlier.end : later.start]:
            return None
        if rules.metric_any.search(earlier.text):
            return earlier
        later = earlier
    return None


# How far into the text a lead's goal may stand to take its metric from the headline: in
# characters, and in paragraphs (lines) after the headline (a dateline, a byline, the lead)
HEADLINE_LEAD_CHARS = 700
HEADLINE_LEAD_LINES = 3
HEADLINE_MAX_CHARS = 200


def _headline_metric(text: str, segments: list[Segment], i: int, rules: _Rules) -> Segment | None:
    """The headline, when it names the metric of a goal its lead states without one
    ("Uzbekistan and Afghanistan raise trade goal" over "The two countries have raised
    their objective to $3 billion by 2028"): the sentence must name a goal as such and stand
    near the top; the headline is the first line, short and with no sentence end."""
    seg = segments[i]
    if i == 0 or seg.start > HEADLINE_LEAD_CHARS or not rules.set_goal.search(seg.text):
        return None
    head = segments[0]
    line_end = text.find("\n", head.start)
    if (
        line_end < 0
        or line_end > head.end
        or head.end - head.start > HEADLINE_MAX_CHARS
        or head.text.rstrip()[-1:] in ".!?"
        or not rules.metric_any.search(head.text)
        or sum(1 for line in text[head.end : seg.start].split("\n") if line.strip())
        > HEADLINE_LEAD_LINES
    ):
        return None
    return head


# How far back a pronoun's metric may stand: sentences, and characters from its start.
METRIC_LOOKBACK = 3
METRIC_REACH = 400


def _pronoun_metric(segments: list[Segment], i: int, rules: _Rules) -> Segment | None:
    """The nearest of the few sentences before segments[i] that names a metric, when
    segments[i] refers to one by a pronoun ("raise it to", "ihn ... steigern", "довести
    его", "les porter à"); else None."""
    seg = segments[i]
    if not rules.metric_pronouns.search(seg.text):
        return None
    for k in range(i - 1, max(-1, i - 1 - METRIC_LOOKBACK), -1):
        earlier = segments[k]
        if seg.start - earlier.start > METRIC_REACH:
            return None
        if rules.metric_any.search(earlier.text):
            return earlier
    return None


def _ranges(
    text: str, lang: str, rules: _Rules, money: list[MoneyMention]
) -> list[tuple[MoneyMention, MoneyMention]]:
    """Ranges of money ("between $100m and $150m", "zwei bis drei Milliarden Dollar", "$3–5
    billion", "от 3 до 5 млрд"): the lower and upper bound, each in units and currency."""
    numbers = find_numbers(text, lang)
    # PERF: the (first) amount of money each number stands in, found once per article
    number_starts = sorted({n.start for n in numbers})
    holder: dict[int, MoneyMention] = {}
    for m in money:
        k = bisect.bisect_left(number_starts, m.start)
        while k < len(number_starts) and number_starts[k] < m.end:
            holder.setdefault(number_starts[k], m)
            k += 1
    out: list[tuple[MoneyMention, MoneyMention]] = []
    for n1, n2 in itertools.pairwise(numbers):
        m1 = holder.get(n1.start)
        m2 = holder.get(n2.start)
        currency = (m2 or m1).currency if (m2 or m1) else None
        if currency is None or n1.value >= n2.value:
            continue
        lo_start = m1.start if m1 else n1.start
        joiner = text[n1.end : m2.start if m2 else n2.start].strip().lower()
        if joiner in rules.range_and:
            # "between ... and": the opener is needed ("1 and 2" is a list)
            if not rules.range_between.search(text, max(0, lo_start - 20), lo_start):
                continue
        elif joiner in rules.range_to:
            # "from $1.7 billion to $3 billion" is a change, not a range: the lower bound
            # of a range borrows the upper's multiplier ("3 to 5 billion")
            if n1.value >= 1000 or rules.from_words.search(text, max(0, lo_start - 12), lo_start):
                continue
        else:
            continue
        scale = Decimal(1)
        while n2.value / (scale * 1000) >= 1 and scale < Decimal(10) ** 12:
            scale *= 1000
        lower = n1.value if n1.value >= MIN_AMOUNT else n1.value * scale
        if not MIN_AMOUNT <= lower < n2.value or n2.value < MIN_AMOUNT:
            continue
        hi_end = m2.end if m2 else n2.end
        out.append(
            (
                MoneyMention(lower, currency, lo_start, n1.end),
                MoneyMention(n2.value, currency, m2.start if m2 else n2.start, hi_end),
            )
        )
    return out


def _target(
    text: str,
    lang: str,
    published: date | None,
    rules: _Rules,
    seg: Segment,
    m: MoneyMention,
    amounts: list[MoneyMention],
    people: _People,
    metric_seg: Segment,
    upper: MoneyMention | None = None,
    before: Segment | None = None,
    header: Segment | None = None,
    context: tuple[str, ...] = (),
) -> TradeTarget | None:
    c_start, c_end = _clause(seg, m)
    clause = text[c_start:c_end]
    if rules.not_trade.search(clause):
        return None
    after = _CLAUSE_GAP.match(text, c_end).end()
    if (
        rules.conditions.search(text, seg.start, c_end)
        or rules.conditions.match(text, after)
        # what analysts, economists or a think tank's model expect, anywhere in the
        # sentence ("..., estiment plusieurs économistes"), is a forecast (set AF)
        or rules.forecasts.search(text, seg.start, seg.end)
        # and so is a sentence naming forecasters before the amount ("Analysts expect
        # trade to reach $4.5 billion", "По прогнозу аналитиков, товарооборот превысит 15
        # млрд"; set AD); named after it, they only comment on a goal ("... à 10 milliards
        # de dollars, un objectif jugé ambitieux par les économistes"; corpus fr_04)
        or rules.forecasters.search(text, seg.start, m.start)
    ) and not rules.set_goal.search(text, seg.start, m.start):
        # "Sollte die Bahn fertig werden, könnte der Handel fünf Milliarden erreichen", "в
        # случае завершения ЛЭП товарооборот может превысить" (set X): what trade could reach
        # on a condition is a projection, no goal anyone set (the condition may open the
        # next clause: "..., falls die Bahn fertig wird"); one inside a later clause
        # qualifies a remark on the goal ("a target of $300m, which he called 'realistic, if
        # the road stays open'"; set T); a goal someone set stays one on a condition ("set
        # himself the objective of raising trade to $500 million, provided the markets reopen")
        return None
    previous = [x.end for x in amounts if x.end <= m.start]
    # another amount in the sentence: "from" before this one makes it the starting figure
    # ("from $1.7 billion to $3 billion", "reach $3 billion, from $2.5 billion"); a range's
    # lower bound has its upper bound after it, which is no such other amount
    other = upper is None and any(x is not m for x in amounts)
    follows = any(x.start >= m.end for x in amounts)
    if _reached(text, seg, m, rules, max([c_start, *previous]), other, c_start, follows):
        return None
    if _in_the_past(text, lang, published, rules, (c_start, c_end), upper or m):
        return None
    column = _goal_column(text, seg, m, header, rules) if header is not None else None
    if column is False:
        return None  # "| $310 million |" under "Trade in 2025": the figure reached
    if column is None and not _is_goal_amount(text, lang, seg, m, rules):
        return None
    metric = _metric(text, metric_seg, m, rules)
    if metric is None:
        return None
    countries = _countries(text, lang, seg, (c_start, c_end), rules, before, context)
    if len(countries) < 2:
        return None
    focus = (m.start, upper.end if upper else m.end)
    evidence_span = quote_span(text, [(seg.start, seg.end), (c_start, c_end)], focus)
    return TradeTarget(
        countries=tuple(countries),
        amount=m.amount,
        currency=_pair_currency(text, m, countries, rules),
        evidence=make_evidence(text, *evidence_span, "trade_targets.goal"),
        metric=metric,
        comparator=_comparator(text, seg, m, rules),
        target_date=_target_date(text, lang, published, seg, m, rules, header is not None),
        stated_by=_speaker(text, lang, seg, people, rules, countries),
        stated_on=Period.day(published) if published else Period.unknown(),
    )


@lru_cache(maxsize=512)
def _currencies_of(country: str) -> frozenset[str]:
    """The currencies a country (ISO 3166-1 alpha-3) uses today, from CLDR."""
    import pycountry
    from babel.numbers import get_territory_currencies

    record = pycountry.countries.get(alpha_3=country)
    if record is None:
        return frozenset()
    return frozenset(get_territory_currencies(record.alpha_2))


def _pair_currency(text: str, m: MoneyMention, countries: list[str], rules: _Rules) -> str:
    """The amount's currency; one written in a form several countries' currencies share
    ("Rs 500 crore", "5 billion rupees") is the one of these a country of the pair uses,
    when exactly one does."""
    found = (
        rules.shared_currency_re.search(text, m.start, m.end) if rules.shared_currencies else None
    )
    if found is None:
        return m.currency
    options = rules.shared_currencies.get(found.group().lower(), ())
    if m.currency not in options or rules.own_currency_re.search(text, m.start, m.end):
        return m.currency  # "50 billion Pakistani rupees" says whose
    used = {code for code in options for country in countries if code in _currencies_of(country)}
    return used.pop() if len(used) == 1 else m.currency


# a goal word as a label before its amount, with a word or two describing it: "Objectif
# affiché : ", "Ziel der Regierung: ", "цель на 2030 год — "
_GOAL_LABEL_RE = patterns.compile(r"(?:\s+[^\W\d_]+){0,3}\s*[:–—]\s*")


def _is_goal_amount(text: str, lang: str, seg: Segment, m: MoneyMention, rules: _Rules) -> bool:
    """True when the amount is the object of the goal ("raise trade to $3 billion", "auf
    bis zu 1 Mrd.", "Цель ... — 3 млрд", "the $3 billion trade target"), not a price
    ("build a $500 million railway to boost trade"): between the last goal word, target
    preposition, metric word or comparator and the amount stand only country names,
    punctuation and short words ("of", "von", "и")."""
    tail = text[m.end : min(seg.end, m.end + GOAL_LEAD)].lstrip()
    metric = rules.metric_any.match(tail)
    if metric:
        tail = tail[metric.end() :].lstrip()
    if rules.goal.match(tail):
        return True  # "$3 billion (trade) target"
    lo = max(seg.start, m.start - GOAL_LEAD)
    lead = text[lo : m.start]
    label = max((x.end() for x in rules.set_goal.finditer(lead)), default=-1)
    if label >= 0 and _GOAL_LABEL_RE.fullmatch(lead, label):
        return True  # "Objectif affiché : 3 milliards", "Заявленная цель — 3 млрд"
    ends = [x.end() for x in rules.goal.finditer(lead)]
    ends += [x.end() for x in rules.prepositions.finditer(lead)]
    ends += [x.end() for x in rules.metric_any.finditer(lead)]
    # "to between $100m and $150m", "от 3 до 5 млрд": a range's opener
    opener = rules.range_between.search(lead)
    if opener:
        ends.append(opener.end())
    # "atteignent au moins 3 milliards": a comparator right before the amount will do
    ends += [x.end() for _, pattern in rules.comparators for x in pattern.finditer(lead)]
    if not ends:
        return False
    gap_start = lo + max(ends)
    gap = list(text[gap_start : m.start])
    countries = _inside(_sorted_countries(text, lang), gap_start, m.start)
    for c in countries:
        gap[c.start - gap_start : c.end - gap_start] = " " * (c.end - c.start)
    rest = "".join(gap)
    for _, pattern in rules.comparators:
        rest = pattern.sub(" ", rest)
    if countries:
        # "trade with Afghanistan is $1 billion": the partner's preposition goes with it
        rest = rules.partner_words.sub(" ", rest)
    rest = rules.copulas.sub(" ", rest)  # "Ziel ... sind 900 Millionen Dollar"
    rest = rules.gap_adverbs.sub(" ", rest)  # "vise désormais 500 millions de dollars"
    return all(len(word) <= GOAL_GAP_LETTERS for word in _WORD.findall(rest))


def _clause(seg: Segment, m: MoneyMention) -> tuple[int, int]:
    body = seg.text
    lo, hi = 0, len(body)
    rel_s, rel_e = m.start - seg.start, m.end - seg.start
    for b in _CLAUSE_BREAK.finditer(body):
        if b.end() <= rel_s:
            lo = b.end()
        elif b.start() >= rel_e:
            hi = b.start()
            break
    return seg.start + lo, seg.start + hi


def _reached(
    text: str,
    seg: Segment,
    m: MoneyMention,
    rules: _Rules,
    lo: int,
    later_amount: bool,
    clause_start: int,
    follows: bool = True,
) -> bool:
    """True when the amount is a figure already reached ("stood at", "$900 million today").

    `lo` is where the amount's own stretch of text starts (its clause, or the end of
    the amount before it: "from $1.7 billion to $3 billion").
    """
    if rules.current.match(text, m.end, seg.end):
        return True
    window_start = max(lo, m.start - REACHED_WINDOW)
    window = text[window_start : m.start]
    last_reached = max((x.end() for x in rules.reached.finditer(window)), default=-1)
    last_from = max((x.end() for x in rules.from_words.finditer(window)), default=-1)
    last_goal = max((x.end() for x in rules.goal.finditer(window)), default=-1)
    last_prep = max((x.end() for x in rules.prepositions.finditer(window)), default=-1)
    if 0 <= last_reached < last_prep and rules.from_words.search(
        text, clause_start, window_start + last_reached
    ):
        # "from $400 million today to $2 billion", "von derzeit 100 Millionen auf 500
        # Millionen": the "now" word dates the starting figure; the amount after "to" is
        # the goal
        return False
    # a strong cue ("stood at") is undone only by a goal cue after it; "from" (as in
    # "from $1.7 billion to $3 billion") only counts when another amount follows
    if last_reached > last_goal:
        return True
    if not (last_from > max(last_goal, last_prep) and later_amount):
        return False
    if follows:
        return True
    # "Statt 10 Milliarden ... peilen sie ein Handelsvolumen von 7 Milliarden an" (held-out
    # set AD): a "from" word right after a metric word, with no amount after this one, is
    # the metric's "of", not the start of "from X to Y"
    head = window[: window.rfind(" ", 0, last_from) + 1].rstrip()
    return not any(x.end() == len(head) for x in rules.metric_any.finditer(head))


def _in_the_past(
    text: str,
    lang: str,
    published: date | None,
    rules: _Rules,
    clause: tuple[int, int],
    m: MoneyMention,
) -> bool:
    """True for an amount dated in the past right after it: "$2.5 billion five years ago",
    "2,5 Mrd. vor fünf Jahren", "$1.2 billion in 2019" (a year before publication)."""
    if rules.past_after.match(text, m.end, clause[1]):
        return True
    if published is None:
        return False
    for d in _inside(_sorted_dates(text, lang, published), m.end, clause[1]):
        if d.start - m.end > PAST_DATE_GAP:
            break
        return d.period.end is not None and d.period.end < published
    return False


def _metric(text: str, seg: Segment, m: MoneyMention, rules: _Rules) -> str | None:
    best: tuple[int, str] | None = None
    for name, pattern in rules.metrics:
        for x in pattern.finditer(seg.text):
            distance = abs(seg.start + x.start() - m.start)
            if best is None or distance < best[0]:
                best = (distance, name)
    return best[1] if best else None


def _comparator(text: str, seg: Segment, m: MoneyMention, rules: _Rules) -> str:
    window_start = max(seg.start, m.start - REACHED_WINDOW)
    window = text[window_start : m.start]
    best: tuple[int, int, str, str] | None = None  # end, -start, name, words
    for name, pattern in rules.comparators:
        for x in pattern.finditer(window):
            gap = window[x.end() :]
            if len(gap.strip()) > COMPARATOR_GAP:
                continue
            # the last comparator wins; of two ending together, the longer ("не менее чем до")
            key = (x.end(), -x.start(), name, x.group().lower())
            if best is None or key[:2] > best[:2]:
                best = key
    # "soll zwei Milliarden Dollar überschreiten", "$2 billion or more": a word after it
    after = next(
        (name for name, pattern in rules.comparators_after if pattern.match(text, m.end, seg.end)),
        None,
    )
    if best is None:
        return after or "exactly"
    # "довести товарооборот до 3 млрд": the "до" is the verb's own preposition, not "up to"
    if best[3] in rules.verb_prepositions and rules.preposition_verbs.search(
        text, seg.start, window_start - best[1]
    ):
        return after or "exactly"
    return best[2]


def _target_date(
    text: str,
    lang: str,
    published: date | None,
    seg: Segment,
    m: MoneyMention,
    rules: _Rules,
    table_row: bool = False,
) -> Period:
    dates = _inside(_sorted_dates(text, lang, published), seg.start, seg.end)
    picked: list[tuple[int, Period]] = []
    for d in dates:
        if not d.period.known:
            continue
        if published is not None and d.period.end is not None and d.period.end < published:
            continue  # a goal is set for the future
        lead = text[max(seg.start, d.start - DEADLINE_WINDOW) : d.start]
        phrase = text[d.start : d.end]
        # "within the next three years" is itself a deadline; other dates need a cue
        # a goal table's future date in a cell of its own ("| $1 billion | 2028 |") is the
        # goal's deadline (held-out set AD)
        own_cell = table_row and lead.rstrip().endswith("|")
        if not rules.deadline.search(lead) and not _is_relative_span(phrase) and not own_cell:
            continue
        picked.append((abs(d.start - m.start), d.period))
    if not picked:
        return Period.unknown()
    return min(picked, key=lambda item: item[0])[1]


def _is_relative_span(phrase: str) -> bool:
    # relative spans ("in the next three years", "bis Jahresende", "this year") hold no
    # year: resolved against the publication date, they are deadlines themselves
    return not re.search(r"\d{4}", phrase) and len(phrase.split()) >= 2


@lru_cache(maxsize=4)
def _sorted_countries(text: str, lang: str) -> tuple[tuple[Any, ...], tuple[int, ...]]:
    """The article's country mentions outside money, in text order, and their starts."""
    found = tuple(countries_outside_money(text, lang))
    return found, tuple(c.start for c in found)


@lru_cache(maxsize=4)
def _sorted_dates(
    text: str, lang: str, published: date | None
) -> tuple[tuple[Any, ...], tuple[int, ...]]:
    """The article's dates, in text order, and their starts."""
    found = tuple(find_dates(text, lang, published))
    return found, tuple(d.start for d in found)


def _inside(found: tuple[tuple[Any, ...], tuple[int, ...]], lo: int, hi: int) -> list[Any]:
    """Exactly `within(mentions, lo, hi)` for `found` = (mentions in text order, their starts).

    PERF: every amount asks for the dates and countries of its sentence or clause; a
    bisection finds them without copying and scanning the article's whole list. A mention
    starting after `hi` ends after it; one starting at `hi` may be empty.
    """
    mentions, starts = found
    k = bisect.bisect_left(starts, lo)
    return [m for m in mentions[k : bisect.bisect_right(starts, hi, lo=k)] if m.end <= hi]


def _codes(mentions: list[Any]) -> list[str]:
    codes: list[str] = []
    for c in mentions:
        if c.code not in codes:
            codes.append(c.code)
    return codes


def _countries(
    text: str,
    lang: str,
    seg: Segment,
    clause: tuple[int, int],
    rules: _Rules,
    before: Segment | None = None,
    context: tuple[str, ...] = (),
) -> list[str]:
    """The countries concerned: a pair named as such ("trade between A and B"), else those
    named near the amount that are no route or venue ("via Pakistani ports", "in Tashkent"),
    then those of a sentence before it in its paragraph that speaks of trade, else the
    document's main ones."""
    wanted = 3 if _three_sides(seg, rules) else 2
    in_seg = _inside(_sorted_countries(text, lang), seg.start, seg.end)
    bloc = _bloc(text, seg, clause, rules)
    if bloc:
        # "China and the five Central Asian states set a goal of ...": the bloc's members
        # and the countries named beside it (held-out set AD)
        named_beside = _codes([c for c in in_seg if not _route_or_venue(text, seg, c, rules)])
        return sorted({*bloc, *named_beside})
    pair = _named_pair(text, seg, in_seg, rules)
    if pair is not None and wanted == 2:
        return sorted(pair)
    sides = [c for c in in_seg if not _route_or_venue(text, seg, c, rules)]
    # "... lift it to $2 billion by 2030 by moving cargo through Afghanistan": a route
    # names no side even when the sentence names only one; the other side is looked
    # for elsewhere, never among the sentence's routes (held-out set T)
    routes = set(_codes([c for c in in_seg if _route(text, seg, c, rules)]))
    routes -= set(_codes(sides))
    in_seg = sides
    # "..., der größtenteils über Pakistan läuft, ...": a clause set off by commas that
    # neither opens the sentence nor holds the amount names no side
    outside = [c for c in in_seg if not _inserted(text, seg, c, clause)]
    if len(_codes(in_seg)) > wanted and len(_codes(outside)) == wanted:
        in_seg = outside
    named = _codes(in_seg)
    if len(named) > wanted:
        # "..., following Kazakhstan's example": the amount's own clause decides
        in_clause = _codes(within(in_seg, *clause))
        if len(in_clause) >= wanted:
            named = in_clause
    doc = [*document_countries(text, lang), *context]
    if len(named) > wanted:
        rank = {code: k for k, code in enumerate(doc)}
        named = sorted(named, key=lambda c: rank.get(c, len(rank)))[:wanted]
    if len(named) < wanted and (rules.our.search(seg.text) or rules.both_sides.search(seg.text)):
        # "We have agreed to raise our trade to ...", "SPOKESPERSON: The two countries have
        # set a target of ...": the side of who speaks (an op-ed's author, an interviewee,
        # the official a transcript's label names), then the partner the asker's question
        # named ("Q: A follow-up on Uzbekistan ...")
        voices = find_voices(text, lang)
        own = voices.country_at(seg.start)
        if own is not None and own not in named and own not in routes:
            named.append(own)
        asked = voices.question_before(seg.start) if own is not None else None
        if asked is not None:
            for c in _inside(_sorted_countries(text, lang), *asked):
                if len(named) >= wanted:
                    break
                if c.code not in named and c.code not in routes:
                    named.append(c.code)
    if (
        len(named) < wanted
        and before is not None
        and "\n" not in text[before.end : seg.start]
        and rules.metric_any.search(before.text)
    ):
        # "Kazakhstan has revised its target for trade with Afghanistan. ... Astana now aims
        # for at least $3bn by 2028": the partner named with the trade just before (held-out
        # set N), not the document's main country
        for c in _inside(_sorted_countries(text, lang), before.start, before.end):
            if len(named) >= wanted:
                break
            if c.code not in named and not _route_or_venue(text, before, c, rules):
                named.append(c.code)
    if (
        len(named) < wanted
        and before is not None
        and "\n" not in text[before.end : seg.start]
        and rules.country_back_refs.match(seg.text)
    ):
        # "Kazakhstan has followed a similar path. Its leaders talk of a $3 billion goal
        # for trade with Afghanistan": the pronoun stands for the country the sentence
        # before opens with, not for the document's main country
        opening = next(
            (
                c
                for c in _inside(_sorted_countries(text, lang), before.start, before.end)
                if not _route_or_venue(text, before, c, rules)
            ),
            None,
        )
        if opening is not None and opening.code not in named:
            named.append(opening.code)
    if len(named) < wanted and rules.both_sides.search(seg.text):
        # "The two countries had set a target of ...": the pair the article opens with
        # (its headline or lead), not the country it mentions most (held-out set T)
        for code in _opening_pair(text, lang):
            if len(named) >= wanted:
                break
            if code not in named and code not in routes:
                named.append(code)
    for code in [*(c for c in doc if c not in routes), *(c for c in doc if c in routes)]:
        if len(named) >= wanted:
            break
        if code not in named:
            named.append(code)
    if len(named) < wanted:
        # A story told by its places names no country for one side ("the hokim of
        # Surkhandarya ... the governor of Balkh"): the places' countries, the amount's
        # sentence first, then the rest of the document in text order
        places = find_places(text, lang)
        near = [p for p in places if seg.start <= p.start and p.end <= seg.end]
        for place in [*near, *places]:
            if len(named) >= wanted:
                break
            if place.code not in named:
                named.append(place.code)
    return sorted(named)


def _bloc(text: str, seg: Segment, clause: tuple[int, int], rules: _Rules) -> tuple[str, ...]:
    """The members of a bloc the sentence names as a side before the amount's clause ends,
    not in an aside set off by commas ("Uzbekistan, the largest of the five Central Asian
    states, ..."); else ()."""
    for members, pattern in rules.blocs:
        found = pattern.search(text, seg.start, clause[1])
        if found is not None and not _inserted(text, seg, _Span(*found.span()), clause):
            return members
    return ()


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


def _opening_pair(text: str, lang: str) -> tuple[str, ...]:
    """The two countries of the first line (a headline, a lead) naming more than one, if it
    names exactly two ("Kazakhstan, Uzbekistan and Turkmenistan court ..." names no pair)."""
    found, _ = _sorted_countries(text, lang)
    line_end, codes = -1, []
    for c in found:
        if c.start > line_end:
            if len(codes) > 1:
                break
            line_end = text.find("\n", c.start)
            line_end = len(text) if line_end < 0 else line_end
            codes = []
        if c.code not in codes:
            codes.append(c.code)
    return tuple(codes) if len(codes) == 2 else ()


# A "trilateral" word counts only this close to the metric ("trilateral trade", not "a
# trilateral meeting ... agreed to raise trade").
THREE_SIDES_WINDOW = 30
# "between" and the first country of its pair: at most this far apart ("between the").
PAIR_GAP = 12


def _three_sides(seg: Segment, rules: _Rules) -> bool:
    sides = list(rules.three_sides.finditer(seg.text))
    if not sides:
        return False  # PERF: no "trilateral" word, no need to find the metric words
    metrics = [(x.start(), x.end()) for x in rules.metric_any.finditer(seg.text)]
    for t in sides:
        if any(
            abs(t.start() - b) <= THREE_SIDES_WINDOW or abs(a - t.end()) <= THREE_SIDES_WINDOW
            for a, b in metrics
        ):
            return True
    return False


def _named_pair(
    text: str, seg: Segment, mentions: list[Any], rules: _Rules
) -> tuple[str, str] | None:
    """ "trade between Kazakhstan and Afghanistan", "zwischen Kasachstan und Afghanistan"."""
    for opener in rules.pair_openers.finditer(text, seg.start, seg.end):
        after = [c for c in mentions if c.start >= opener.end()]
        if len(after) < 2 or after[0].start - opener.end() > PAIR_GAP:
            continue
        first, second = after[0], after[1]
        joiner = text[first.end : second.start].strip().lower()
        joiner = re.sub(r"\s+\w{1,3}$", "", joiner) if " " in joiner else joiner  # "and the"
        if joiner in rules.pair_joiners and first.code != second.code:
            return first.code, second.code
    return None


def _inserted(text: str, seg: Segment, c: Any, clause: tuple[int, int]) -> bool:
    """True for a mention inside a comma-delimited clause between the sentence's first clause
    and the amount's clause."""
    if clause[0] <= c.start < clause[1]:
        return False
    before = text.rfind(", ", seg.start, c.start)
    after = text.find(", ", c.end, seg.end)
    return before >= 0 and after >= 0 and after < clause[0]


def _route_or_venue(text: str, seg: Segment, c: Any, rules: _Rules) -> bool:
    """True for a country named as a route ("via Pakistani ports") or a venue city
    ("a meeting in Tashkent"), not as a side of the trade."""
    if _route(text, seg, c, rules):
        return True
    lead = text[max(seg.start, c.start - 30) : c.start]
    return c.form == "capital" and bool(rules.venue_words.search(lead))


def _route(text: str, seg: Segment, c: Any, rules: _Rules) -> bool:
    """True for a country named as a route ("via Pakistani ports", "through Afghanistan")."""
    return bool(rules.route_words.search(text, max(seg.start, c.start - 30), c.start))


class _People:
    """The named people of the document, found only when a target needs a speaker."""

    def __init__(self, text: str, lang: str) -> None:
        self.text, self.lang = text, lang
        self._all: list[Any] | None = None
        self._found: list[Any] | None = None
        self._countries: dict[str, bool] = {}

    def names_country(self, name: str) -> bool:
        """True when a name is a country's or its capital's ("Ashgabat said"); each name is
        looked up once per document (PERF: a speaker is sought for every amount)."""
        known = self._countries.get(name)
        if known is None:
            known = self._countries[name] = bool(find_countries(name, self.lang))
        return known

    def all(self) -> list[Any]:
        """Every person mention, a role without a name included, computed once."""
        if self._all is None:
            from tracker.extract.people import find_people

            self._all = find_people(self.text, self.lang)
        return self._all

    def get(self) -> list[Any]:
        """Named people (B2's people finder), computed once."""
        if self._found is None:
            self._found = [p for p in self.all() if p.name]
        return self._found


# A speech verb this close to a name makes its bearer the speaker ("..., spokesman
# Zabihullah Mujahid said", "заявил официальный представитель Забихулла Муджахид").
SPEECH_BEFORE = 45
SPEECH_AFTER = 12


def _speaker(
    text: str,
    lang: str,
    seg: Segment,
    finder: _People,
    rules: _Rules,
    countries: Sequence[str] = (),
) -> str | None:
    """Who stated the goal: the name a speech verb attributes the sentence to, another name
    in it, its quote's attribution, or the last speaker.

    A speaker found outside the sentence speaks for one of the goal's `countries` (or for
    no known country): "Kazakh minister X said ... Turkmenistan aims to double its trade
    with Afghanistan" is no goal of X's.
    """
    inside = [p for p in finder.get() if seg.start <= p.start < seg.end]
    people = [
        p for p in finder.get() if not (p.country and countries and p.country not in countries)
    ]
    # "During Zhumangarin's visit, the sides agreed ..., spokesman Mujahid said": the
    # speaker, not the visitor
    spoken: list[tuple[int, Any]] = []  # (characters between verb and name, person)
    for p in inside:
        if finder.names_country(str(p.name)):
            continue  # "Ashgabat said": a capital speaking for its state, not a person
        ends = [
            p.start - v.end()
            for v in rules.speech.finditer(text, max(seg.start, p.start - SPEECH_BEFORE), p.start)
        ]
        starts = [
            v.start() - p.end
            for v in rules.speech.finditer(text, p.end, min(seg.end, p.end + SPEECH_AFTER))
        ]
        if ends or starts:
            spoken.append((min([*ends, *starts]), p))
    if spoken:
        # the name closest to its speech verb ("Baradar said after meeting Zhumangarin")
        return str(min(spoken, key=lambda item: (item[0], -item[1].start))[1].name)
    if rules.our.search(seg.text) or rules.both_sides.search(seg.text):
        # "We have agreed to raise our trade ...": the official who speaks (an op-ed's
        # author, the interviewee, a transcript's labelled speaker); one of no name
        # ("SPOKESPERSON:") is no one named, not the last name before
        voice = find_voices(text, lang).speaker_at(seg.start)
        if voice is not None:
            return voice.name
    if not inside:
        # '"...," the spokesman said': the speaker is a role; the person named with it
        # earlier, else nobody (not the visitor named last)
        line_end = text.find("\n", seg.end)
        line_end = len(text) if line_end < 0 else line_end
        roles = [
            p
            for p in finder.all()
            if p.name is None
            and p.role
            and seg.start <= p.start < line_end
            and (
                rules.speech.search(text, max(seg.start, p.start - SPEECH_BEFORE), p.start)
                or rules.speech.search(text, p.end, min(line_end, p.end + SPEECH_AFTER))
            )
        ]
        if roles:
            role = str(roles[0].role).lower()
            named = [p for p in people if p.role and str(p.role).lower() == role]
            return str(named[-1].name) if named else None
    if not inside and rules.unnamed_sources.search(seg.text):
        # "..., an official said on condition of anonymity": nobody named elsewhere
        return None
    if inside:
        # a full name beats a lone capitalised word ("Minister of Investment ... Laziz Kudratov")
        return str(max(inside, key=lambda p: (len(str(p.name).split()) >= 2, -p.start)).name)
    # a quote spanning several sentences is attributed after it, on the same line
    line_end = text.find("\n", seg.end)
    line_end = len(text) if line_end < 0 else line_end
    after = [p for p in people if seg.end <= p.start < line_end]
    if after:
        return str(after[0].name)
    before = [p for p in people if seg.start - SPEAKER_LOOKBACK <= p.start < seg.start]
    if before:
        return str(before[-1].name)
    # the official the article is about, named later ("..., said Kudratov" paragraphs on)
    later = [p for p in people if seg.end <= p.start < seg.end + SPEAKER_LOOKBACK]
    return str(later[0].name) if later else None


def _dedupe(found: list[TradeTarget]) -> list[TradeTarget]:
    """One target per (countries, amount, currency); later mentions fill missing fields."""
    kept: list[TradeTarget] = []
    for t in found:
        for k, other in enumerate(kept):
            if (other.countries, other.amount, other.currency) == (
                t.countries,
                t.amount,
                t.currency,
            ):
                merged = other
                if merged.stated_by is None and t.stated_by:
                    merged = replace(merged, stated_by=t.stated_by)
                if not merged.target_date.known and t.target_date.known:
                    merged = replace(merged, target_date=t.target_date)
                if merged.comparator == "exactly" and t.comparator != "exactly":
                    merged = replace(merged, comparator=t.comparator)
                kept[k] = merged
                break
        else:
            kept.append(t)
    return kept
