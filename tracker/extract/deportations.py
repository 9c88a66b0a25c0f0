"""Deportation figures (issue 4): how many people a country deported, in what period.

Two sources in an article:

- prose: a sentence holding a deportation cue ("deported", "abgeschoben",
  "выслал", "expulsé") and a head-count ("4,200 Afghans", "30 тыс.");
- tables: rows under a header that names deportations (pipe rows or plain
  "Month Year  N  Note" lines), and rows whose header was lost but which sit in
  a deportation-themed document.

Voluntary returns and refugee stock figures are not deportations. Words are
data (`data/deportations/<lang>.yaml`); the engine does the matching.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any

from tracker.extract import patterns
from tracker.extract.engine import (
    CountryMention,
    DateMention,
    NumberMention,
    Segment,
    countries_and_places,
    document_countries,
    find_countries,
    find_dates,
    find_money,
    find_numbers,
    make_evidence,
    names_its_year,
    parse_number,
    parse_period,
    quote_span,
    split_segments,
)
from tracker.extract.fastscan import INSIDE, find_all, leading_words, lowered_text
from tracker.extract.rules import (
    NEVER,
    alternation,
    as_list,
    compile_words,
    first_letter_lookahead,
    load_rules,
    words_pattern,
)
from tracker.extract.visits import dateline_country, find_voices
from tracker.records import DeportationFigure, Period

LOGGER = logging.getLogger(__name__)

# A document with at least this many deportation cues is deportation-themed:
# rows that lost their table header count there (issue 4, sample 002).
THEMED_MIN_CUES = 3
# Table rows longer than this (a cell that ran on into the page) are quoted by their head;
# notes are cut to one sentence of at most MAX_NOTE characters.
MAX_ROW_QUOTE = 300
MAX_NOTE = 160
# A line without closing punctuation and at most this many words reads as a headline.
HEADLINE_WORDS = 14
# "88,740 deportations from Pakistan": at most this many words from a count to its "from"
ORIGIN_WORDS = 5
# "aged" stands at most this far before an age ("aged 18 to 35")
AGES_REACH = 30
# how far before a day "the week to" may stand ("in the week ending on Friday")
WEEK_TO_REACH = 40
# a headline's round figure ("over 30,000") restates a body figure up to this much larger
ROUND_TO = 1000
ROUNDED_SLACK = 1.25
_CLOSING = (".", "!", "?", ":", ";", "»", '"', "”")
# How far (characters) a nationality word may follow a count: "4,200 Afghan nationals".
PEOPLE_WINDOW = 40
# How far before a country name its destination preposition may start ("vers l'").
DESTINATION_LEAD = 16
_CLAUSE_BREAK = patterns.compile(r"[;,()]|\s[–—-]\s")
_ROW_MARKUP = patterns.compile(r"<\s*/?\s*t[dhr][^>]*>|(?<![^\W_])/?\s*t[dhr]\s*>", re.IGNORECASE)
_YEARISH = patterns.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")
_ALIGNED_SPLIT = patterns.compile(r"\s{2,}|\t")
_SEPARATOR_ROW = patterns.compile(r"^[\s|:+-]+$")
# a line of tags only ("</thead>", "<tbody>"): skipped inside a table like a separator row
# "**18,640** people deported": markdown emphasis closing a count is no word between it
# and its people (a sitrep's key-figure list, held-out set W)
_EMPHASIS_CLOSE = patterns.compile(r"(?:\*{1,3}|_{1,3})(?=\s)")
_MARKUP_ONLY = patterns.compile(r"^\s*(?:<[^<>]*>\s*)+$")
# an HTML row starts at "<tr>" and ends at "</tr>", whatever the line breaks in between
_ROW_START = patterns.compile(r"<\s*tr\b[^>]*>", re.IGNORECASE)
_ROW_END = patterns.compile(r"<\s*/\s*tr\s*>", re.IGNORECASE)
# how many non-blank lines above a header row its caption may stand
CAPTION_LINES = 2
CAPTION_WORDS = 16
_NUMBER_CELL = patterns.compile(r"^[~≈]?\s*[\d][\d\s.,\u00a0\u202f]*$")
_SENTENCE_END = patterns.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-ÞА-ЯЁ])")
_NEXT_WORD = patterns.compile(r"[ \t\u00a0]*([^\W\d_]+)")
_LETTER = patterns.compile(r"[^\W\d_]")
# A clock time ("10:40 | Iran expelled ...", a news ticker's stamp): neither part is a count.
_CLOCK_TIME = patterns.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")
CLOCK_REACH = 3
# How far into its line a sentence may start after a dateline ("BERLIN. ", "ISLAMABAD — ")
DATELINE_MAX_CHARS = 30
# A bullet list's item line, and how far above it its intro line may be (items between).
_BULLET_RE = patterns.compile(r"[ \t]*[*•·▪◦‣–—-][ \t]+")
LIST_INTRO_MAX_LINES = 12
# A dateline's place before its date and its agency and dash after it: "Leipzig, " ...
# " (dpa) - ", "KABUL, " ... " — ".
_DATELINE_PLACE_RE = patterns.compile(r"\W*[A-ZÀ-ÖØ-ÞА-ЯЁ][\w .'/-]{1,28},\s*")
_DATELINE_TAIL_RE = patterns.compile(
    r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:[–—-]\s|[.:]?[ \t]+(?=[A-ZÀ-ÖØ-ÞА-ЯЁ]))"
)
# "а в январе — ещё 26,5 тыс.": how far before a count's clause its dash may stand, and
# how long the dated clause before the dash may be
# how far before a span's last day its first day and month may start ("1. Januar bis ")
SPAN_LEAD = 30
DASH_REACH = 3
DASH_LEAD_MAX_CHARS = 40
# how far before a country its deportation verb may start ("выслал Пакистан")
CUE_SUBJECT_REACH = 40
_DIGIT = patterns.compile(r"\d")
# a key-figures list item opens with its count ("- 41,870 Afghans deported from Iran");
# a linked teaser ("- Iran deports 5,000 Afghans") opens with words
# "- **18,640** deported": a key figure in markdown bold is a list item all the same
# the label of an answer's or a list's point: "(b)", "b)", "2.", "iv)", "-"
_ITEM_LABEL = patterns.compile(r"\(?(?:[a-zа-я]|\d{1,2}|[ivx]{1,4})[).]|[-•*–·▪]", re.IGNORECASE)
_LIST_ITEM = patterns.compile(r"[-•*–·▪]\s+(?:\*{1,3}|_{1,3})?\d")
# a labelled value ending its line: "Deportations from Iran: 64,200", a fact sheet's key figure
_LABELLED_FIGURE = patterns.compile(r":\s*[~≈]?\s*\d[\d\s.,\u00a0\u202f]*$")
# A breakdown by month of a figure just given ("41,350 in the first quarter ... In January,
# 9,800 were deported, in February 13,250"): how many sentences after the figure its months
# may follow, and how near to its month (in characters) a bare count must stand
BREAKDOWN_SEGMENTS = 3
BREAKDOWN_REACH = 30
_SPANNING = frozenset({"quarter", "half", "year"})
# periods that bound a figure: a "total" within them is no running total
_BOUNDED = frozenset({"day", "week", "month", "quarter", "half"})


@dataclass(frozen=True)
class _Rules:
    cues: re.Pattern[str]
    voluntary: re.Pattern[str]
    stock: re.Pattern[str]
    threats: re.Pattern[str]
    subsets: re.Pattern[str]
    subsets_after: re.Pattern[str]
    totals: re.Pattern[str]
    returns: re.Pattern[str]
    count_followers: re.Pattern[str]
    cumulative: re.Pattern[str]
    year_to_date: re.Pattern[str]
    same_period: re.Pattern[str]
    # "с 13 по 19 августа", "du 5 au 11 juillet", "24 - 30 Aug": a span of days
    day_span: re.Pattern[str]
    # "in the week to Friday", "in der Woche bis Freitag": a week named by its last day
    week_to_re: re.Pattern[str]
    # "im Oktober und November": two months joined, and the month after the joiner
    month_pair_re: re.Pattern[str]
    # "vom 1. Januar bis | 31. Oktober 2026", "from January to | September 2026",
    # "январь– | сентябрь": a span's first month (and day), right before the date ending it
    span_start_before: re.Pattern[str]
    reporting_period: re.Pattern[str]
    since_then: re.Pattern[str]
    part_openers: re.Pattern[str]
    negations: re.Pattern[str]
    subsets_later: re.Pattern[str]
    rest_clause: re.Pattern[str]
    agents: re.Pattern[str]
    # "le ministère allemand de l'Intérieur", "les autorités iraniennes": the agent word
    # before a country adjective (where the language puts adjectives after the noun)
    agents_before: re.Pattern[str]
    anaphoric: re.Pattern[str]
    calendar_before: re.Pattern[str]
    ages_before: re.Pattern[str]  # "aged 18 to 35": ages, no counts
    # "Frage 2:", "Article 3", "пункт 4": a number after these refers to a part of a text
    reference_before: re.Pattern[str]
    ratio_before: re.Pattern[str]  # "one in five families": a share, no count
    none_before: re.Pattern[str]  # "ни один", "not 50": a count denied, no count
    disputed: re.Pattern[str]  # "a claim that", "angeblich", "якобы": a figure disputed
    # "...; the actual number was 12,000", ", but", ", а на самом деле": a clause break after
    # which a sentence disputing one figure may give the true one
    contrast_re: re.Pattern[str]
    # "from the country", "aus dem Land", "из страны": the state named before
    country_back_refs: re.Pattern[str]
    calendar_after: re.Pattern[str]
    people: re.Pattern[str]
    # "38,412 illegally residing Afghan nationals": a count's people with up to three words
    # before their noun, which describe the people counted
    people_phrase: re.Pattern[str]
    # "... Afghan nationals who were residing in Pakistan without papers": a relative
    # clause right after the people counted describes them too
    describing_clause: re.Pattern[str]
    # "we deported", "nous avons expulsé", "мы выдворили": the speaker's state deports
    we: re.Pattern[str]
    people_before: re.Pattern[str]
    count_nouns: re.Pattern[str]
    not_counts: re.Pattern[str]
    from_preps: re.Pattern[str]
    to_preps: re.Pattern[str]
    destination: re.Pattern[str]
    route: re.Pattern[str]
    date_headers: re.Pattern[str]
    # "| Nationality | Removed |": a table whose rows name the people's country (set AA)
    nationality_headers: re.Pattern[str]
    # "compared with", "gegenüber", "против", "contre": a figure compared with follows
    comparisons: re.Pattern[str]
    # "in the same quarter last year, when 1,877 were removed": the period of the figure
    # before, a year earlier (set AA)
    same_period_last_year: re.Pattern[str]
    # "Ещё 318 человек депортированы": a sentence opening with these counts more people of
    # the figure just before, in its period and running total (set AA)
    more_openers: re.Pattern[str]
    # a range's words ("between ... and", "от ... до"): its lower bound borrows the upper's
    # multiplier (set AA)
    range_between: re.Pattern[str]
    range_and: frozenset[str]
    range_to: frozenset[str]
    # "37 иностранцев", "foreign nationals": people foreign to the deporting state, of no
    # one nationality, so not the document's people either (set AA)
    foreigners: re.Pattern[str]
    total_headers: re.Pattern[str]
    count_headers: re.Pattern[str]
    # "How many Afghans has Pakistan deported this year?": a question for a count
    count_questions: re.Pattern[str]
    # ", qui poursuit sa campagne lancée fin 2023": a relative clause's date is its own
    relative_clause: re.Pattern[str]
    # "Die Betroffenen kamen aus 13 Bundesländern.": a paragraph opening with these words
    # goes on about the people of the figure before it
    refer_back: re.Pattern[str]
    min_bare_count: int
    # "deported 380 Afghans and detained 4,100 people": a word joining two counts' clauses
    count_joiners: re.Pattern[str] = NEVER


def _words_between(data: dict[str, Any], key: str, before: str, after: str) -> re.Pattern[str]:
    """The words of data[key] as one case-blind pattern between `before` and `after`, or
    one that never matches when the data has none."""
    words = as_list(data.get(key))
    if not words:
        return patterns.compile(r"(?!x)x")
    return patterns.compile(rf"{before}(?:{alternation(words)}){after}", re.IGNORECASE)


@lru_cache(maxsize=16)
def _rules(lang: str) -> _Rules:
    data = load_rules("deportations", lang)

    def words(key: str) -> re.Pattern[str]:
        return compile_words(tuple(as_list(data.get(key))))

    return _Rules(
        cues=words("cues"),
        voluntary=words("voluntary"),
        stock=words("stock"),
        threats=words("threats"),
        returns=words("returns"),
        count_joiners=words("count_joiners"),
        count_followers=compile_words(tuple(as_list(data.get("count_followers")))),
        subsets=patterns.compile(
            r"(?:" + "|".join(re.escape(w) for w in as_list(data.get("subsets"))) + r")\W{0,3}"
            r"(?:\w+\W+){0,2}$",
            re.IGNORECASE,
        )
        if as_list(data.get("subsets"))
        else patterns.compile(r"(?!x)x"),
        # "9,000 of them were children": a part named right after its count
        subsets_after=_after_count(as_list(data.get("subsets_after"))),
        cumulative=words("cumulative"),
        totals=words("totals"),
        year_to_date=words("year_to_date"),
        same_period=words("same_period"),
        month_pair_re=words_pattern(
            data.get("month_pair_joiners"),
            r"[ \t]+(?:{alt})[ \t]+(?:[^\W\d_]{1,3}[ \t]+)?(?P<month>[^\W\d_]{3,})",
        ),
        week_to_re=words_pattern(data.get("week_to"), r"(?<!\w)(?:{alt})\s+$"),
        day_span=patterns.compile(
            r"(?<!\d)\d{1,2}\.?\s*(?:[-–—]|(?<!\w)(?:"
            + alternation(as_list(data.get("day_span_words")) or ["-"])
            + r")(?!\w))\s*\d{1,2}(?![\d:])",
            re.IGNORECASE,
        ),
        span_start_before=patterns.compile(
            r"(?<![^\W_])(?P<day>\d{1,2}(?:\.|er|st|nd|rd|th)?\s+)?(?P<month>[^\W\d_]{3,})\.?"
            r"(?:\s+(?:"
            + alternation(as_list(data.get("day_span_words")) or ["-"])
            + r")\s+|\s*[-–—]\s*)$",
            re.IGNORECASE,
        ),
        # "Reporting period: 1-14 June 2025" at the head of a bulletin
        reporting_period=words("reporting_period"),
        # "Insgesamt wurden seither 402 abgeschoben": since the date the sentence before named
        since_then=words("since_then"),
        part_openers=words("part_openers"),
        negations=words("negations"),
        # "2,140 children ... among those deported": a part of the deported, no figure
        subsets_later=words("subsets_later"),
        rest_clause=words("rest_clause"),
        # "German charter flights", "российские власти": the state that deports
        agents=_after_count(as_list(data.get("agents"))),
        agents_before=_words_between(data, "agents", r"(?<!\w)", r"\s+$"),
        # "Allein im Oktober seien es 47": a count that points back to the deported
        anaphoric=_words_between(data, "anaphoric", r"(?<!\w)", r"\W{0,3}(?:\w+\W+){0,1}$"),
        reference_before=_words_between(
            data, "reference_words", r"(?<![^\W\d_])", r"\.?\s*(?:№|n°|nr\.)?\s*$"
        ),
        # "in Mehr 1404", "1404 год": a year of another calendar, not a count
        ages_before=patterns.compile(
            rf"(?<!\w)(?:{alternation(as_list(data.get('ages_before')))})"
            r"\s+(?:\d{1,3}\s*(?:[-–]|\w{1,3})\s*)?$",
            re.IGNORECASE,
        )
        if as_list(data.get("ages_before"))
        else patterns.compile(r"(?!x)x"),
        ratio_before=patterns.compile(
            rf"(?<!\w)(?:{alternation(as_list(data.get('ratio_before')))})\s+$", re.IGNORECASE
        )
        if as_list(data.get("ratio_before"))
        else patterns.compile(r"(?!x)x"),
        none_before=patterns.compile(
            rf"(?<!\w)(?:{alternation(as_list(data.get('none_before')))})\s+$", re.IGNORECASE
        )
        if as_list(data.get("none_before"))
        else NEVER,
        disputed=words("disputed"),
        contrast_re=patterns.compile(
            rf"\s*;\s*|\s+[–—]\s+|,?\s+(?:{alternation(as_list(data.get('contrast_words')))})\s+",
            re.IGNORECASE,
        )
        if data.get("contrast_words")
        else patterns.compile(r"\s*;\s*|\s+[–—]\s+"),
        country_back_refs=words("country_back_refs"),
        calendar_before=patterns.compile(
            rf"(?<!\w)(?:{alternation(as_list(data.get('calendar_before')))})\W{{0,3}}$",
            re.IGNORECASE,
        )
        if as_list(data.get("calendar_before"))
        else patterns.compile(r"(?!x)x"),
        calendar_after=_after_count(as_list(data.get("calendar_after"))),
        # "987 иностранных граждан", "300 undocumented Afghan men": up to two words first
        people=patterns.compile(
            r"(?:[^\W\d_]+\s+){0,2}(?:"
            + alternation(as_list(data.get("people")))
            + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        people_phrase=patterns.compile(
            r"\s*(?:[^\W\d_]+\s+){0,3}?(?:"
            + alternation(as_list(data.get("people")))
            + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        we=words("first_person_plural"),
        describing_clause=(
            patterns.compile(
                r",?\s*(?:"
                + alternation(as_list(data.get("relative_clause")))
                + r")(?!\w)[^,;.\n]*",
                re.IGNORECASE,
            )
            if data.get("relative_clause")
            else patterns.compile(r"(?!x)x")
        ),
        people_before=patterns.compile(
            first_letter_lookahead(as_list(data.get("people")))
            + r"(?<![^\W\d_])(?:"
            + alternation(as_list(data.get("people")))
            # "граждане Узбекистана, Таджикистана и Киргизии": the list shares the word
            + r")\s+(?:[^\W\d_]{1,3}\s+)?(?:[^\W\d_]+(?:\s*,\s*|\s+[^\W\d_]{1,3}\s+)){0,4}$",
            re.IGNORECASE,
        ),
        not_counts=_after_count(as_list(data.get("not_counts"))),
        count_nouns=_after_count(as_list(data.get("count_nouns"))),
        from_preps=words("from_prepositions"),
        to_preps=words("to_prepositions"),
        # "deported ... to Afghanistan": the destination is the people's home country
        destination=patterns.compile(
            rf"(?<!\w)(?:{alternation(as_list(data.get('destination_prepositions')))})\s*$",
            re.IGNORECASE,
        ),
        # "über Katar organisiert", "via Istanbul": a country passed through deports no one
        route=(
            patterns.compile(
                rf"(?<!\w)(?:{alternation(as_list(data.get('route_prepositions')))})\s*$",
                re.IGNORECASE,
            )
            if as_list(data.get("route_prepositions"))
            else patterns.compile(r"(?!x)x")
        ),
        date_headers=words("table_date_headers"),
        nationality_headers=words("nationality_headers"),
        comparisons=words("comparisons"),
        same_period_last_year=words("same_period_last_year"),
        more_openers=_words_between(data, "more_openers", r"[\W_]*", r"(?!\w)"),
        range_between=_words_between(data, "range_between", r"(?<!\w)", r"\W*$"),
        range_and=frozenset(str(w).lower() for w in as_list(data.get("range_and"))),
        range_to=frozenset(str(w).lower() for w in as_list(data.get("range_to"))),
        foreigners=_words_between(data, "foreigners", r"(?:[^\W\d_]+\s+){0,2}?", r"(?![^\W\d_])"),
        total_headers=words("total_headers"),
        count_headers=words("count_headers"),
        count_questions=words("count_questions"),
        # the words open a clause after a comma: ", qui", ", which"
        relative_clause=_words_between(data, "relative_clause", r",\s+", r"(?!\w)"),
        refer_back=_words_between(data, "refer_back_openers", r"[\W_]*", r"(?!\w)"),
        min_bare_count=int(data.get("min_bare_count") or 10),
    )


def _after_count(words: list[str]) -> re.Pattern[str]:
    """A pattern matching one of `words` right after a count (use with `.match`)."""
    if not words:
        return patterns.compile(r"(?!x)x")
    # a word between slashes is a regex ("/à\\s*\\d+\\s*ans/": an age range, no count)
    return patterns.compile(r"\s*(?:" + alternation(words) + r")(?!\w)", re.IGNORECASE)


@dataclass
class _Doc:
    text: str
    lang: str
    published: date | None
    rules: _Rules
    countries: list[CountryMention]
    dates: list[DateMention]
    blocked: list[tuple[int, int]]  # money and dates: numbers inside are not counts
    numbers: list[NumberMention]
    cue_starts: list[int]  # where deportation cues start: one scan of the text
    nationality: str | None
    deporter: str | None
    # PERF: the start offsets of `countries`, `numbers` and `dates` (each in text order),
    # so a sentence's mentions are found by bisection, not by a scan of the whole document
    country_starts: list[int]
    number_starts: list[int]
    date_starts: list[int]


def extract_deportations(text: str, lang: str, published: date | None) -> list[DeportationFigure]:
    """Deportation figures stated in prose or tables, each once, in text order."""
    if not text or not text.strip():
        return []
    rules = _rules(lang)
    cue_starts = [m.start() for m in find_all(rules.cues, text)]
    if not cue_starts:
        # PERF: every figure needs a cue: a prose one in its sentence or the one before, a
        # table's in its header or caption, a row without a header three in the document
        return []
    doc = _prepare(text, lang, published, rules, cue_starts)
    found: list[tuple[int, DeportationFigure]] = []
    table_lines, table_figures = _tables(doc)
    found.extend(table_figures)
    # the numbers of table rows are read there, not again as prose (a table on one line)
    doc.blocked.extend(table_lines)
    # a figure whose sentence gives no date takes the period of the figure before it
    # in the same paragraph ("Iran deported 32,500 in February. Turkey removed 1,840.")
    line_period: tuple[int, Period] | None = None
    # the deporting state of the last figure of a paragraph, for a sentence naming none
    # ("Turkey deported 12,500 this year. In August alone it was 1,870.")
    line_deporter: tuple[int, str | None] | None = None
    previous_cue_line = -2  # the line of the last sentence with a cue, if it was the last one
    cue_line = -2  # the line (paragraph) of the last sentence with a cue, wherever it stood
    # the sentence just before, when a dated figure of a bounded period was read in it: a
    # breakdown in the next paragraph goes on from it ("Pakistan expelled 25,730 in August.
    # \n\n According to the ministry, 14,200 were sent back from Khyber Pakhtunkhwa, ...")
    seg_period: tuple[int, Period] | None = None
    last_prose: DeportationFigure | None = None  # the last prose figure with a period
    # the first dated figure of the last sentence that had one: a breakdown "among those
    # deported" is of it, not of the figure it was compared with ("11 250 ..., contre
    # 10 040 au premier semestre 2025. Parmi les personnes éloignées ...") (set AA)
    last_lead: DeportationFigure | None = None
    last_span: DeportationFigure | None = None  # ...whose period is longer than a day
    previous: Segment | None = None
    # (segment index, period) of figures over a quarter, half or year: the sentences
    # right after them may break them down by month
    spanning: list[tuple[int, Period]] = []
    # the first sentence after a table of figures goes on from it when it speaks of their
    # total ("That brings the total for the first quarter to 16,036."), not of other
    # people ("... сотни афганских предпринимателей" under a deportation table)
    after_table = False
    for index, seg in enumerate(split_segments(text)):
        before, previous = previous, seg
        if any(a <= seg.start < b for a, b in table_lines):
            after_table = True
            continue
        line = text.rfind("\n", 0, seg.start)
        follows = previous_cue_line == line or (
            after_table and rules.totals.search(text, seg.start, seg.end) is not None
        )
        after_table = False
        has_cue = _has_cue(doc.cue_starts, seg.start, seg.end)
        previous_cue_line = line if has_cue else -2
        if (
            not has_cue
            and not follows
            and cue_line == line
            and any(
                rules.anaphoric.search(text, seg.start, n.start)
                for n in _within_sorted(doc.numbers, doc.number_starts, seg.start, seg.end)
            )
        ):
            # "Deutschland hat 11.420 Menschen abgeschoben. Das geht aus ... hervor. Im
            # ersten Halbjahr 2025 waren es 10.250 gewesen.": "it was N" goes on from the
            # paragraph's deportation sentence past a sentence naming the source (set AA)
            follows = True
        if has_cue:
            cue_line = line
        question = before if not has_cue and _asks_for_count(doc, before) else None
        recent = [p for i, p in spanning if index - i <= BREAKDOWN_SEGMENTS]
        months = _breakdown_months(doc, seg, recent)
        if months:
            # a breakdown goes on as long as its sentences name the total's months
            spanning.extend((index, p) for p in recent)
        if months and not has_cue:
            # "Die Entwicklung verlief ungleichmäßig. Im Januar waren es 31.200, im Februar
            # 29.800.": months of the figure just given, told without a deportation word
            follows = True
        if not has_cue and not follows and question is None:
            continue  # PERF: `_prose` finds nothing here; skip its set-up for most sentences
        after_figure = any(
            text.rfind("\n", 0, p) == line for p, f in found if f.evidence.rule.endswith("prose")
        )
        if question is not None:
            # "How many Afghans has Pakistan deported this year? - About 350,000.": the
            # answer is read with its question, whose words give the cue, the deporting
            # state and the period; only the answer's numbers count
            asked = Segment(question.start, seg.end, text[question.start : seg.end])
            figures = [(p, f) for p, f in _prose(doc, asked, False, after_figure) if p >= seg.start]
        else:
            # the last figure of the sentence just before, of which this one may count a part
            whole = next(
                (
                    f
                    for p, f in reversed(found)
                    if before is not None
                    and before.start <= p < before.end
                    and f.evidence.rule.endswith("prose")
                ),
                None,
            )
            figures = _prose(doc, seg, follows, after_figure, months, whole)
        lead_here: DeportationFigure | None = None
        last_pos = seg.start
        for pos, figure in figures:
            # "2,140 in the third quarter, against 1,877 a year earlier": the figure compared
            # with is no referent for the sentences after it (set AA)
            compared = last_pos > seg.start and bool(rules.comparisons.search(text, last_pos, pos))
            earlier_part = rules.same_period_last_year.search(text, last_pos, pos)
            last_pos = pos
            # "In the same period, Pakistan deported 400,000": the period (and running total)
            # of the figure before it, wherever that was; a day's figure between (a flight's
            # "on Tuesday") is no period the words point back to
            referent = last_span or last_prose
            if (
                referent is not None
                and (not figure.period.known or not _starts_in(doc.date_starts, seg.start, seg.end))
                and rules.same_period.search(seg.text)
            ):
                figure = replace(
                    figure,
                    period=referent.period,
                    cumulative=figure.cumulative or referent.cumulative,
                )
            if (
                not figure.period.known
                and last_prose is not None
                and before is not None
                and text.rfind("\n", 0, before.start) == line
                and before.start <= found[-1][0] < before.end
                and rules.more_openers.match(text, seg.start)
                and not _starts_in(doc.date_starts, seg.start, seg.end)
            ):
                # "С начала года выдворены 1 250. Ещё 318 человек депортированы": more people
                # of the figure just before, in its period and running total (set AA)
                figure = replace(
                    figure,
                    period=last_prose.period,
                    cumulative=figure.cumulative or last_prose.cumulative,
                )
            if earlier_part is not None and last_span is not None:
                # "14% more than in the same quarter last year, when 1,877 were removed"
                figure = replace(figure, period=_year_before(last_span.period), cumulative=False)
                compared = True
            if (
                not figure.period.known
                and not figure.cumulative
                and line_period is not None
                and line_period[0] == line
                and not _starts_in(doc.date_starts, seg.start, seg.end)
            ):
                figure = replace(figure, period=line_period[1])
            if (
                not figure.period.known
                and not figure.cumulative
                and seg_period is not None
                and before is not None
                and seg_period[0] == before.start
                and not _starts_in(doc.date_starts, seg.start, seg.end)
            ):
                figure = replace(figure, period=seg_period[1])
            if (
                not figure.period.known
                and not figure.cumulative
                and before is not None
                and text.rfind("\n", 0, before.start) == line
                and not _starts_in(doc.date_starts, seg.start, seg.end)
            ):
                # "A deportation flight left Leipzig on Wednesday morning. On board were 93
                # Afghans": the one date of the event the sentence before told
                figure = replace(figure, period=_event_date_before(doc, before))
            if (
                not figure.period.known
                and not figure.cumulative
                and last_lead is not None
                and not last_lead.cumulative
                and rules.refer_back.match(text, line + 1)
                and not _starts_in(doc.date_starts, line + 1, seg.end)
            ):
                # "Die Betroffenen kamen aus 13 Bundesländern. Aus Bayern wurden 21 ...": a
                # breakdown of the figure before, in its period
                figure = replace(figure, period=last_lead.period)
            if not figure.period.known and not figure.cumulative:
                # "Figures for February 2026:" then "* 12,450 Afghans were deported": a
                # list item takes the one date of the line introducing the list
                figure = replace(figure, period=_list_intro_period(doc, line + 1))
            if not figure.period.known and figure.cumulative and before is not None:
                figure = replace(figure, period=_since_then(doc, seg, before))
            if not figure.period.known and before is not None:
                figure = _part_of_before(doc, seg, before, figure)
            if (
                line_deporter is not None
                and line_deporter[0] == line
                and not any(
                    c.code != figure.nationality
                    for c in _within_sorted(doc.countries, doc.country_starts, seg.start, seg.end)
                )
            ):
                figure = replace(figure, from_country=line_deporter[1])
            line_deporter = (line, figure.from_country)
            found.append((pos, figure))
            if (
                last_span is not None
                and figure.period.start is not None
                and last_span.period.start is not None
                and figure.period.start < last_span.period.start
                and _same_part_of_year(figure.period, last_span.period)
            ):
                # "Im ersten Halbjahr 2025 waren es 10.250 gewesen": the same half of an
                # earlier year, told to compare, is no referent either (set AA)
                compared = True
            if compared:
                continue
            if figure.period.known and not figure.cumulative:
                line_period = (line, figure.period)
            if figure.period.known:
                last_prose = figure
                lead_here = lead_here or figure
                if figure.period.precision != "day":
                    last_span = figure
            if figure.period.precision in _SPANNING:
                spanning.append((index, figure.period))
            if (
                figure.period.known
                and not figure.cumulative
                and figure.period.precision in _BOUNDED
                # the sentence's first such figure: not the one it is compared with (set AA)
                and (seg_period is None or seg_period[0] != seg.start)
            ):
                seg_period = (seg.start, figure.period)
        if lead_here is not None:
            last_lead = lead_here
    report = _reporting_period(doc)
    if report is not None:
        # a bulletin's figures without a period of their own ("during the reporting
        # period", a key-figures table) cover the period its heading declares
        found = [
            (pos, f if f.period.known or f.cumulative else replace(f, period=report))
            for pos, f in found
        ]
    return _dedupe(text, found)


def _breakdown_months(doc: _Doc, seg: Segment, periods: list[Period]) -> list[DateMention]:
    """The months of the sentence that lie within a quarter, half or year a figure just
    before it covered: the sentence may break that figure down by month."""
    if not periods:
        return []
    return [
        d
        for d in _within_sorted(doc.dates, doc.date_starts, seg.start, seg.end)
        if d.period.precision == "month"
        and d.period.start is not None
        and d.period.end is not None
        and any(
            p.start is not None
            and p.end is not None
            and p.start <= d.period.start
            and d.period.end <= p.end
            for p in periods
        )
    ]


def _month_beside(months: list[DateMention], start: int, end: int) -> bool:
    """A month of a breakdown stands right before or after the count ("im Februar 29.800",
    "21 200 en septembre")."""
    return any(
        d.end <= start <= d.end + BREAKDOWN_REACH or end <= d.start <= end + BREAKDOWN_REACH
        for d in months
    )


def _event_date_before(doc: _Doc, before: Segment) -> Period:
    """The one known date of the sentence before, when that sentence tells a deportation
    (it has a cue) and states no count of its own; else unknown."""
    if not _has_cue(doc.cue_starts, before.start, before.end):
        return Period.unknown()
    dates = _within_sorted(doc.dates, doc.date_starts, before.start, before.end)
    if any(
        n.value >= doc.rules.min_bare_count
        for n in _within_sorted(doc.numbers, doc.number_starts, before.start, before.end)
        # a date's own digits ("12.02.2026") count no one
        if not _year_like(n.value) and not any(d.start <= n.start < d.end for d in dates)
    ):
        return Period.unknown()
    known = [
        d.period
        for d in dates
        if d.period.known and d.period.precision != "ongoing" and not _in_dateline(doc.text, d)
    ]
    return known[0] if len(known) == 1 else Period.unknown()


def _in_dateline(text: str, d: DateMention) -> bool:
    """True for a wire dateline's date ("Leipzig, 12.02.2026 (dpa) - Von ..."): it dates
    the report, not the event the sentence tells."""
    line_start = text.rfind("\n", 0, d.start) + 1
    return (
        d.start - line_start <= DATELINE_MAX_CHARS
        and _DATELINE_PLACE_RE.fullmatch(text, line_start, d.start) is not None
        and _DATELINE_TAIL_RE.match(text, d.end) is not None
    )


def _asks_for_count(doc: _Doc, seg: Segment | None) -> bool:
    """True for a question asking how many were deported ("Wie viele Afghanen hat Pakistan
    abgeschoben?"), which the next sentence or line answers."""
    return (
        seg is not None
        and seg.text.rstrip().endswith("?")
        and _has_cue(doc.cue_starts, seg.start, seg.end)
        and doc.rules.count_questions.search(seg.text) is not None
    )


def _part_of_before(
    doc: _Doc, seg: Segment, before: Segment, figure: DeportationFigure
) -> DeportationFigure:
    """A sentence opening with "Of these," counts a part of the sentence before's people:
    their period and running total ("Since 1 January, 84,250 have gone back. Of these,
    about 31,000 were deported")."""
    m = doc.rules.part_openers.search(doc.text, seg.start, min(seg.end, seg.start + 24))
    if m is None:
        return figure
    lead = doc.text[seg.start : m.start()].strip()
    if lead and not _ITEM_LABEL.fullmatch(lead):
        # "(b) Of these, ...": a written answer's lettered point opens with its letter
        return figure
    dates = [
        d
        for d in _within_sorted(doc.dates, doc.date_starts, before.start, before.end)
        if d.period.known
    ]
    if not dates:
        return figure
    running = doc.rules.cumulative.search(doc.text, before.start, before.end) is not None
    period = dates[-1].period
    start = period.start
    if running and start is not None and (start.month, start.day) == (1, 1):
        # "since 1 January": the year so far, which is never one still ahead
        ahead = doc.published is not None and start > doc.published
        period = Period.year(start.year - 1 if ahead else start.year)
    return replace(figure, period=period, cumulative=figure.cumulative or running)


def _since_then(doc: _Doc, seg: Segment, before: Segment) -> Period:
    """The start a "since then" points back to: the last date of the sentence before."""
    if not doc.rules.since_then.search(doc.text, seg.start, seg.end):
        return Period.unknown()
    dates = [
        d
        for d in _within_sorted(doc.dates, doc.date_starts, before.start, before.end)
        if d.period.known
    ]
    return dates[-1].period if dates else Period.unknown()


def _list_intro_period(doc: _Doc, line_start: int) -> Period:
    """The one date of the line ending in ":" above the bullet list whose item starts at
    `line_start`; unknown when the line is no item or the intro names no date or several."""
    text = doc.text
    if not _BULLET_RE.match(text, line_start):
        return Period.unknown()
    end = line_start - 1
    for _ in range(LIST_INTRO_MAX_LINES):
        if end < 0:
            break
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        if not line.strip() or _BULLET_RE.match(line):
            continue
        if not line.rstrip().endswith(":"):
            break
        known = [
            d.period
            for d in _within_sorted(doc.dates, doc.date_starts, start, start + len(line))
            if d.period.known and d.period.precision != "ongoing"
        ]
        return known[0] if len(known) == 1 else Period.unknown()
    return Period.unknown()


def _reporting_period(doc: _Doc) -> Period | None:
    """The period a line such as "Reporting period: 1-14 June 2025" declares for the document.

    Only such a line, starting with the data's words, counts; a span of days within one
    month is that month (the contract's precision for a figure over part of a month).
    """
    for m in find_all(doc.rules.reporting_period, doc.text):
        line_start = doc.text.rfind("\n", 0, m.start()) + 1
        if doc.text[line_start : m.start()].strip(" \t*_#>-•"):
            continue  # the words inside a sentence, not a heading line
        line_end = doc.text.find("\n", m.end())
        line_end = len(doc.text) if line_end < 0 else line_end
        # "Reporting period: 1-31 October 2026 | Issued: 10 November 2026": the line's next
        # field, after a bar, dates something else
        bar = doc.text.find("|", m.end(), line_end)
        dates = [
            d.period
            for d in _within_sorted(
                doc.dates, doc.date_starts, m.end(), line_end if bar < 0 else bar
            )
            if d.period.known and d.period.start is not None
        ]
        if not dates:
            continue
        months = {(p.start.year, p.start.month) for p in dates if p.start is not None}
        if len(dates) == 1 and dates[0].precision not in ("day", "week"):
            return dates[0]
        if len(months) == 1:
            year, month = months.pop()
            return Period.month(year, month)
        return None
    return None


# --- document context -----------------------------------------------------------------


def _prepare(
    text: str, lang: str, published: date | None, rules: _Rules, cue_starts: list[int]
) -> _Doc:
    countries = countries_and_places(text, lang)
    dates = find_dates(text, lang, published)
    blocked = [(m.start, m.end) for m in find_money(text, lang)]
    blocked += [(d.start, d.end) for d in dates]
    # "vom 1. Januar bis 31. Oktober 2026": the span's first day is a date too, no count
    blocked += [(lead, d.start) for d in dates if (lead := _span_start(text, d, rules, lang)) >= 0]
    # the countries of sentences that speak of deportations tell who deports whom
    nat: Counter[str] = Counter()
    dep: Counter[str] = Counter()
    # PERF: both passes below ask this of the same mentions: look each up once, and
    # only where a people word stands close enough before the mention to start a match
    people_memo: dict[int, bool] = {}
    people_gate = _gate(text, rules.people_before)

    def people_of(c: CountryMention) -> bool:
        if c.start not in people_memo:
            people_memo[c.start] = _people_of(text, c, rules, people_gate)
        return people_memo[c.start]

    numbers = find_numbers(text, lang)
    country_starts = [c.start for c in countries]
    number_starts = [n.start for n in numbers]
    for seg in split_segments(text):
        if not _has_cue(cue_starts, seg.start, seg.end):
            continue
        for c in _within_sorted(countries, country_starts, seg.start, seg.end):
            if c.form in _AGENT_FORMS and _is_agent(text, c, rules):
                dep[c.code] += 3  # "German charter flights", "российские власти"
                continue
            if c.form in ("demonym", "adjective"):
                nat[c.code] += 1
            if c.form in ("name", "capital", "city") and rules.destination.search(
                text, max(seg.start, c.start - DESTINATION_LEAD), c.start
            ):
                # "12,000 people from Pakistan to Afghanistan": sent home, so their country
                nat[c.code] += 2
                continue
            if c.form in ("name", "capital", "city") and _is_route(text, seg.start, c, rules):
                continue
            if c.form in ("name", "capital", "city", "alias", "adjective"):
                if people_of(c):
                    nat[c.code] += 1  # "citizens of Uzbekistan": whose people, not who deports
                else:
                    dep[c.code] += 1
        # "deported 5,000 Afghans": the people after a count weigh most
        for n in _within_sorted(numbers, number_starts, seg.start, seg.end):
            code = _demonym_after(text, countries, n.end, rules.people, rules.cues)
            if code:
                nat[code] += 3
    if not nat:
        # no demonym beside a cue: the people the document speaks of most
        nat.update(c.code for c in countries if c.form == "demonym")
    nationality = nat.most_common(1)[0][0] if nat else None
    deporter = next((code for code, _ in dep.most_common() if code != nationality), None)
    if deporter is None:
        # no state beside a cue: the document's most mentioned other country whose
        # mentions never name it as the home of people (PERF: asked code by code, only
        # until one qualifies, not of every mention in the document)
        deporter = next(
            (
                code
                for code in document_countries(text, lang)
                if code != nationality
                and not any(
                    people_of(c) or _is_route(text, 0, c, rules)
                    for c in countries
                    if c.code == code
                )
            ),
            None,
        )
    if deporter is None:
        # "Екатеринбург, 12 ноября. С начала года из области выдворены 1 250 мигрантов", a
        # regional report that names no state: the dateline's country deports (set AA)
        home = dateline_country(text, lang, countries, dates)
        deporter = home if home != nationality else None
    return _Doc(
        text,
        lang,
        published,
        rules,
        countries,
        dates,
        blocked,
        numbers,
        cue_starts,
        nationality,
        deporter,
        country_starts,
        number_starts,
        [d.start for d in dates],
    )


def _is_route(text: str, lo: int, c: CountryMention, rules: _Rules) -> bool:
    """A country named as the way, not a side: "über Katar", "via Istanbul"."""
    return rules.route.search(text, max(lo, c.start - DESTINATION_LEAD), c.start) is not None


# Country words that may name who acts: "German charter flights", in English also the
# demonym form ("Iranian authorities", "Pakistani police").
_AGENT_FORMS = ("adjective", "demonym")


def _is_agent(text: str, c: CountryMention, rules: _Rules) -> bool:
    """A country adjective naming authorities or flights ("German charter flights",
    "der deutschen Behörden"), up to one word between."""
    if rules.agents.match(text, c.end):
        return True
    if c.form == "adjective" and rules.agents_before.search(text, max(0, c.start - 40), c.start):
        return True  # "les autorités iraniennes", "le ministère allemand de l'Intérieur"
    word = _NEXT_WORD.match(text, c.end)
    return word is not None and bool(rules.agents.match(text, word.end()))


def _people_of(
    text: str,
    c: CountryMention,
    rules: _Rules,
    gate: tuple[str, re.Pattern[str]] | None = None,
) -> bool:
    """True for a country named as the home of people: "граждане Узбекистана",
    "citizens of Iran", "ressortissants du Pakistan".

    `gate` (from `_gate`), when known, holds the lowered text and a pattern finding the
    words that start every match of the pattern.
    """
    lo = max(0, c.start - 80)
    if gate is not None:
        # PERF: a match lies inside the window, so its leading word does too: without
        # one, the (backtracking) pattern need not be tried
        lowered, words = gate
        if words.search(lowered, lo, c.start) is None:
            return False
    m = rules.people_before.search(text, lo, c.start)
    # "personnes ont été expulsées du Pakistan": a deportation verb between makes the
    # country where they were deported from, not their home
    return m is not None and rules.cues.search(text, m.start(), c.start) is None


def _gate(text: str, pattern: re.Pattern[str]) -> tuple[str, re.Pattern[str]] | None:
    """The lowered text and a pattern finding the leading words of `pattern` (one of which
    starts each of its matches) in it, or None when they cannot be told."""
    words = leading_words(pattern)
    lowered = lowered_text(text) if words is not None else None
    if words is None or lowered is None:
        return None
    return lowered, _any_of(words)


@lru_cache(maxsize=64)
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """A case-sensitive alternation of literal words: `search(s, lo, hi)` finds one exactly
    when one of them stands whole inside s[lo:hi], as `s.find(word, lo, hi)` would.

    PERF: one pass of `re` over a mention's window instead of a `find` per word (the
    people words of a language are some thirty).
    """
    return re.compile("|".join(re.escape(word.lstrip(INSIDE)) for word in words))


def _within_sorted(mentions: list[Any], starts: list[int], lo: int, hi: int) -> list[Any]:
    """Exactly `within(mentions, lo, hi)` for mentions in text order, `starts` their start
    offsets: found by bisection (PERF: a linear `within` per sentence is quadratic per
    article). A mention starting after `hi` ends after it; one starting at `hi` may be empty.
    """
    k = bisect.bisect_left(starts, lo)
    out = []
    for m in mentions[k : bisect.bisect_right(starts, hi, lo=k)]:
        if m.end <= hi:
            out.append(m)
    return out


def _starts_in(starts: list[int], start: int, end: int) -> bool:
    """True when one of the sorted offsets `starts` lies in [start, end)."""
    k = bisect.bisect_left(starts, start)
    return k < len(starts) and starts[k] < end


def _has_cue(cue_starts: list[int], start: int, end: int) -> bool:
    k = bisect.bisect_left(cue_starts, start)
    return k < len(cue_starts) and cue_starts[k] < end


def _is_blocked(doc: _Doc, start: int, end: int) -> bool:
    return any(start < b and end > a for a, b in doc.blocked)


# --- prose ----------------------------------------------------------------------------


def _joined_to_other_act(
    doc: _Doc, rules: _Rules, c_start: int, c_end: int, start: int, end: int
) -> bool:
    """The count at text[start:end] stands in the second part of a clause joining two
    counts ("deported 380 Afghans and detained 4,100 people", "380 Afghanen abgeschoben und
    4.100 Personen festgenommen") and that part tells of people caught or returned, not
    deported: the clause's cue is the other count's."""
    text = doc.text
    lo = c_start
    for m in rules.count_joiners.finditer(text, c_start, start):
        if any(ch.isdigit() for ch in text[c_start : m.start()]):
            lo = m.start()
    if lo == c_start:
        return False
    hi = c_end
    for m in rules.count_joiners.finditer(text, end, c_end):
        if any(ch.isdigit() for ch in text[m.end() : c_end]):
            hi = m.start()
            break
    return not _has_cue(doc.cue_starts, lo, hi) and rules.returns.search(text, lo, hi) is not None


def _clause(text: str, seg: Segment, start: int, end: int) -> tuple[int, int]:
    """The clause of `seg` around text[start:end], cut at commas, semicolons, dashes."""
    body = seg.text
    lo, hi = 0, len(body)
    rel_s, rel_e = start - seg.start, end - seg.start
    for m in _CLAUSE_BREAK.finditer(body):
        # a comma between digits is part of the number ("4,200")
        if (
            m.group() == ","
            and 0 < m.start() < len(body) - 1
            and body[m.start() - 1].isdigit()
            and body[m.start() + 1].isdigit()
        ):
            continue
        if m.end() <= rel_s:
            lo = m.end()
        elif m.start() >= rel_e:
            hi = m.start()
            break
    return seg.start + lo, seg.start + hi


def _prose(
    doc: _Doc,
    seg: Segment,
    follows_cue: bool = False,
    after_figure: bool = False,
    months: list[DateMention] | None = None,
    whole: DeportationFigure | None = None,
) -> list[tuple[int, DeportationFigure]]:
    """Figures of one sentence; `follows_cue` when the sentence before it spoke of
    deportations, `after_figure` when a figure was already found in its paragraph,
    `months` the months of its breakdown of a figure just given, `whole` the last figure
    of the sentence just before."""
    rules = doc.rules
    has_cue = _has_cue(doc.cue_starts, seg.start, seg.end)
    if not has_cue and not follows_cue:
        return []
    if seg.text.rstrip().endswith("?"):
        # "Did Iran deport 100,000 Afghans in October?" (set X): a figure asked about is none
        return []
    disputed = _disputed_clauses(doc, seg)
    if disputed is None:
        # "A claim that Pakistan had expelled 10,000 in a day was baseless" (set X): a
        # figure disputed is none
        return []
    out: list[tuple[int, DeportationFigure]] = []
    # the nationality each figure's own words name (None: only the document's)
    named: dict[int, str | None] = {}
    parts: set[int] = set()  # where parts by nationality start
    seg_numbers = _within_sorted(doc.numbers, doc.number_starts, seg.start, seg.end)
    for k, num in enumerate(seg_numbers):
        start, end = num.start, num.end
        if _is_blocked(doc, start, end):
            continue
        if any(a <= start < b for a, b in disputed):
            continue  # the claim's figure, not the true one given after it
        emphasis = _EMPHASIS_CLOSE.match(doc.text, end)
        if emphasis is not None:
            end = emphasis.end()
        value = num.value
        if k + 1 < len(seg_numbers):
            value = _range_lower(doc, num, seg_numbers[k + 1])
        if value != value.to_integral_value() or value <= 0 or value > Decimal(10) ** 9:
            continue
        if _in_clock_time(doc.text, start, end) or _list_marker(doc.text, start, end):
            continue
        tail = doc.text[end : end + PEOPLE_WINDOW]
        if rules.not_counts.match(tail):
            continue
        if _other_calendar_year(doc, start, end, value):
            continue
        if rules.ages_before.search(doc.text, max(seg.start, start - AGES_REACH), start):
            continue  # "men aged 18 to 35": ages
        if rules.reference_before.search(doc.text, max(seg.start, start - AGES_REACH), start):
            continue  # "Frage 2: Wie viele ... nach Afghanistan": a question's number
        if rules.ratio_before.search(doc.text, max(seg.start, start - AGES_REACH), start):
            continue  # "one in five families": a share of people, no count
        if rules.none_before.search(doc.text, max(seg.start, start - AGES_REACH), start):
            continue  # "ни один гражданин не был выдворен", "not 50 but 17": no such count
        nationality = _nationality_after(doc, end)
        home = _destination_after(doc, seg, end)
        if home is not None and (nationality is None or not _demonym_named(doc, end)):
            # "12.000 Menschen aus Pakistan nach Afghanistan": "aus" is where they were
            # deported from; the destination names their country
            nationality = home
        # "1,150,000 deportations": the deportation noun is what is counted
        has_people = (
            nationality is not None
            or bool(rules.people.match(tail.lstrip()))
            or bool(rules.count_nouns.match(tail))
        )
        if (
            not has_people
            and follows_cue
            and value >= rules.min_bare_count
            and _bare_count_ends(tail, rules)
            and rules.anaphoric.search(doc.text, seg.start, start)
        ):
            # "Allein im Oktober seien es 47": right after a deportation sentence, "it was N"
            # ending its phrase counts the same people
            has_people = True
        if (
            not has_people
            and months
            and value >= rules.min_bare_count
            and _bare_count_ends(tail, rules)
            and _month_beside(months, start, end)
        ):
            # "im März stieg die Zahl auf 40.100", "et 21 200 en septembre": a month's
            # share of the figure just given
            has_people = True
        if not has_cue and not has_people:
            continue  # a sentence continuing a deportation report must count people
        if not has_people and value < rules.min_bare_count:
            continue
        if not has_people and not _bare_count_ends(tail, rules):
            continue  # "expelled 30 students": a count of something else
        if not has_people and not _LETTER.search(doc.text[start:end]) and _year_like(value):
            continue
        c_start, c_end = _clause(doc.text, seg, start, end)
        c_start = _dash_lead(doc, seg, c_start)
        rest = rules.rest_clause.search(doc.text, end, c_end)
        if rest is not None:
            # "2,104 of them were deported and the rest left on their own": the rest's
            # clause is about other people
            c_end = rest.start()
        # a sentence that only continues a report is judged whole ("..., who came back
        # of their own accord"); one with its own cue, clause by clause
        clause = doc.text[c_start:c_end] if has_cue else seg.text
        if (
            rules.voluntary.search(clause)
            or _stock_figure(doc, *((c_start, c_end) if has_cue else (seg.start, seg.end)), end)
            or rules.threats.search(clause)
        ):
            continue
        if not has_people and not rules.cues.search(clause) and not _cue_near(doc, seg, start):
            continue
        own_cue = _has_cue(doc.cue_starts, c_start, c_end)
        if not own_cue and rules.threats.search(seg.text):
            # "The refusals of entry, that is people refused at the airport, reached 1,920":
            # a count whose clause has no cue is told of by the clause that has one (set AA)
            continue
        earlier = after_figure or any(p < start for p, _ in out)
        if rules.subsets.search(doc.text, c_start, start) and (earlier or not own_cue):
            # "..., including 1,000 children": a part of a figure already given; but
            # "1.2 million returned, of whom 800,000 were deported" is a figure of its own,
            # and so is "darunter 81 Afghanen", a part of other people than the whole's
            if not _part_by_nationality(out, named, nationality) and not _part_of_whole_before(
                doc, seg, whole, nationality
            ):
                continue
            parts.add(start)
        if rules.subsets_after.match(doc.text, end) and (earlier or not own_cue):
            continue  # "Nine thousand of those expelled were children": a part, not a figure
        if rules.subsets_later.search(doc.text, end, c_end):
            continue  # "2,140 unaccompanied children among those deported": a part of them
        if not own_cue and rules.returns.search(clause):
            continue  # "1.2 million returned, of whom 800,000 were deported": not the 1.2 million
        if own_cue and _joined_to_other_act(doc, rules, c_start, c_end, start, end):
            continue  # "deported 380 Afghans and detained 4,100 people": not the 4,100
        scope = _scope(doc, seg, c_start, c_end, start)
        period = _prose_period(doc, seg, c_start, c_end, start, scope)
        # a running-total cue in the count's own clause counts; one in the sentence's opening
        # clause not when the count's own clause bounds it ("Since January, Iran expelled
        # 640,000, and in March alone Pakistan 9,800": the 9,800 is March's)
        own = bool(rules.cumulative.search(doc.text, c_start, c_end))
        opening = any(
            rules.cumulative.search(doc.text, a, b) for a, b in scope if (a, b) != (c_start, c_end)
        )
        own_date = any(
            d.period.known
            for d in doc.dates[
                bisect.bisect_left(doc.date_starts, c_start) : bisect.bisect_left(
                    doc.date_starts, c_end
                )
            ]
        )
        cumulative = (
            own
            or (opening and not own_date)
            or (
                period.precision == "year"
                # "In the first ten months of the year, ... 71,480, compared with 60,000 in
                # the whole of last year": the running total is the publication year's only
                and (doc.published is None or period.start == date(doc.published.year, 1, 1))
                and bool(_year_to_date(doc, seg, scope, start))
            )
        )
        # "a total of 186,500 ... in June" sums one month: a total word alone makes a
        # running total only when no month, quarter or half bounds the figure
        # ... nor when the year is over: "a total of 45,000 in 2025" is that year's count
        year_over = (
            period.precision == "year"
            and doc.published is not None
            and period.end is not None
            and period.end < doc.published
        )
        if not cumulative and period.precision not in _BOUNDED and not year_over:
            cumulative = any(rules.totals.search(doc.text, a, b) for a, b in scope)
        evidence_span = quote_span(doc.text, [(seg.start, seg.end), (c_start, c_end)], (start, end))
        # "Kyrgyzstan itself expelled 37 foreigners": no people of the document's nationality,
        # which may then be the deporting state (set AA)
        foreign = nationality is None and bool(rules.foreigners.match(tail.lstrip()))
        deporter = _deporter(doc, seg, start, end, nationality, foreign)
        if deporter is None and start in parts:
            # "1.240 Personen aus Bayern zurückgeführt, darunter 212 Afghanen": a part by
            # nationality is deported by the whole's state
            deporter = out[-1][1].from_country if out else whole.from_country if whole else None
        figure = DeportationFigure(
            count=int(value),
            evidence=make_evidence(doc.text, *evidence_span, "deportations.prose"),
            period=period,
            from_country=deporter,
            nationality=None if foreign else nationality or doc.nationality,
            cumulative=cumulative,
        )
        out.append((start, figure))
        named[start] = nationality
    if parts:
        # a whole broken down by nationality is of several: not of the document's people
        out = [
            (start, f)
            if named[start] is not None or not any(p > start for p in parts)
            else (start, replace(f, nationality=None))
            for start, f in out
        ]
    return out


def _part_of_whole_before(
    doc: _Doc, seg: Segment, whole: DeportationFigure | None, nationality: str | None
) -> bool:
    """True for a part opening the sentence after its whole ("Turkey deported 11,807
    migrants in October. Among them were 640 Afghans.", "Darunter waren 640 Afghanen.") that
    counts people of a nationality the whole's own words do not name: a figure of its own,
    as one in the whole's sentence is (_part_by_nationality)."""
    if (
        whole is None
        or nationality is None
        or not doc.rules.part_openers.search(doc.text, seg.start, min(seg.end, seg.start + 24))
    ):
        return False
    ev = whole.evidence
    return not any(
        c.code == nationality
        for c in _within_sorted(doc.countries, doc.country_starts, ev.start, ev.end)
    )


def _part_by_nationality(
    out: list[tuple[int, DeportationFigure]],
    named: dict[int, str | None],
    nationality: str | None,
) -> bool:
    """True for a part of the sentence's figure before that counts people of a nationality
    of their own ("11,807 people, including 81 Afghans", "в том числе 12 тысяч граждан
    Таджикистана"): a figure in its own right (of the whole's period and deporter), unlike
    a part by age or sex ("including 1,000 children") or of the whole's own people."""
    return bool(out) and nationality is not None and named.get(out[-1][0]) != nationality


def _disputed_clauses(doc: _Doc, seg: Segment) -> list[tuple[int, int]] | None:
    """The spans of a sentence's clauses that dispute a figure ("The claim that Iran expelled
    100,000 in a week is false; the actual number was 12,000": the first), none when nothing
    is disputed, None when the whole sentence is (no clause break sets a figure apart)."""
    rules = doc.rules
    marks = [seg.start + m.start() for m in rules.disputed.finditer(seg.text)]
    if not marks:
        return []
    breaks = [seg.start + m.start() for m in rules.contrast_re.finditer(seg.text)]
    if not breaks:
        return None
    bounds = [seg.start, *breaks, seg.end]
    spans = list(itertools.pairwise(bounds))
    disputed = [(a, b) for a, b in spans if any(a <= k < b for k in marks)]
    return None if len(disputed) == len(spans) else disputed


def _range_lower(doc: _Doc, low: NumberMention, high: NumberMention) -> Decimal:
    """The lower bound of a range borrows the upper's multiplier ("от 300 до 400 тысяч",
    "between 1.5 and 2 million", "zwischen 1,5 und 2 Millionen"): `low`'s value, multiplied
    when `high` right after it is written with a multiplier word and `low` without (set AA)."""
    rules = doc.rules
    joiner = doc.text[low.end : high.start].strip().lower()
    if joiner in rules.range_and:
        if not rules.range_between.search(doc.text, max(0, low.start - 20), low.start):
            return low.value  # "1 and 2" is a list
    elif joiner not in rules.range_to:
        return low.value
    if not _LETTER.search(doc.text, high.start, high.end) or _LETTER.search(
        doc.text, low.start, low.end
    ):
        return low.value  # no multiplier word, or one of its own
    scale = Decimal(1)
    while high.value / (scale * 1000) >= 1 and scale < Decimal(10) ** 9:
        scale *= 1000
    lower = low.value * scale
    return lower if low.value < lower < high.value else low.value


def _stock_figure(doc: _Doc, start: int, end: int, count_end: int) -> bool:
    """True when text[start:end] tells of people living somewhere; a stock word that only
    describes the people counted ("38,412 illegally residing Afghan nationals were deported",
    "1200 незаконно проживающих граждан") makes no stock figure of the count."""
    phrase = doc.rules.people_phrase.match(doc.text, count_end)
    described = phrase.end() if phrase else count_end
    if phrase:
        # "9,310 Afghan nationals who were residing in Pakistan without valid documents"
        relative = doc.rules.describing_clause.match(doc.text, described)
        described = relative.end() if relative else described
    return any(
        not (count_end <= m.start() and m.end() <= described)
        for m in doc.rules.stock.finditer(doc.text, start, end)
    )


def _list_marker(text: str, start: int, end: int) -> bool:
    """The number opens its line as an item's number ("1. Wie viele ...", "4) Plant ..."):
    a written answer's question or a list item, no count (held-out set J)."""
    if end - start > 2 or text[end : end + 1] not in (".", ")"):
        return False
    if not text[end + 1 : end + 2].isspace() or not text[end + 2 : end + 3].isalpha():
        return False
    return not text[text.rfind("\n", 0, start) + 1 : start].strip()


def _in_clock_time(text: str, start: int, end: int) -> bool:
    """The number is the hour or the minutes of a clock time ("10:40")."""
    if end - start > 2 or (text[end : end + 1] != ":" and text[start - 1 : start] != ":"):
        return False
    m = _CLOCK_TIME.search(text, max(0, start - CLOCK_REACH), end + CLOCK_REACH)
    return m is not None and m.start() <= start and end <= m.end()


def _dash_lead(doc: _Doc, seg: Segment, c_start: int) -> int:
    """Where a count's clause starts when a dash stands for its verb ("..., а в январе —
    ещё 26,5 тыс."): the short dated clause before the dash is the count's."""
    dash = doc.text.rfind("—", max(seg.start, c_start - DASH_REACH), c_start)
    if dash < 0:
        dash = doc.text.rfind("–", max(seg.start, c_start - DASH_REACH), c_start)
    if dash < 0 or doc.text[dash + 1 : c_start].strip():
        return c_start
    p_start, _ = _clause(doc.text, seg, dash, dash)
    if dash - p_start > DASH_LEAD_MAX_CHARS or _count_in(doc, p_start, dash):
        return c_start
    if not _starts_in(doc.date_starts, p_start, dash):
        return c_start
    return p_start


def _count_in(doc: _Doc, start: int, end: int) -> bool:
    """True when a number outside every date stands in text[start:end] (the year of "с
    сентября 2023 года" is no count)."""
    dates = _within_sorted(doc.dates, doc.date_starts, max(0, start - 40), end)
    return any(
        not any(d.start <= n.start < d.end for d in dates)
        for n in _within_sorted(doc.numbers, doc.number_starts, start, end)
    )


def _bare_count_ends(tail: str, rules: _Rules) -> bool:
    """A count without a people word must end its phrase: punctuation, the end, or a word
    that cannot be the counted noun ("in 2024", "over the same month", "according")."""
    word = _NEXT_WORD.match(tail)
    if word is None:
        return True
    return bool(rules.count_followers.fullmatch(word.group(1)))


def _other_calendar_year(doc: _Doc, start: int, end: int, value: Decimal) -> bool:
    """A year of the Solar Hijri or Hijri calendar (13xx, 14xx) written as plain digits next
    to one of its months or a year word ("in Mehr 1404", "1404 год"), not a count."""
    if not 1300 <= value < 1500 or not doc.text[start:end].strip().isdigit():
        return False
    before = doc.text[max(0, start - 40) : start]
    return bool(
        doc.rules.calendar_before.search(before) or doc.rules.calendar_after.match(doc.text, end)
    )


def _year_like(value: Decimal) -> bool:
    return 1950 <= value <= 2100


def _cue_near(doc: _Doc, seg: Segment, pos: int) -> bool:
    """A figure without a people word needs a cue in its sentence before it, or right after."""
    before = doc.text[seg.start : pos]
    return bool(doc.rules.cues.search(before))


def _nationality_after(doc: _Doc, end: int) -> str | None:
    """The country of a demonym right after a count: "4,200 Afghan nationals" -> AFG;
    not "13,920 were deported by Iranian authorities", who act (held-out set J)."""
    code = _demonym_after(doc.text, doc.countries, end, doc.rules.people, doc.rules.cues)
    if code is None:
        code = _demonym_after_origin(doc, end)
    if code is not None:
        c = doc.countries[bisect.bisect_left(doc.countries, end, key=_start)]
        if c.form in _AGENT_FORMS and _is_agent(doc.text, c, doc.rules):
            return None
    return code


def _demonym_after_origin(doc: _Doc, end: int) -> str | None:
    """The people named after the state that sent them: "81 высланными из России гражданами
    Таджикистана", "120 aus Österreich abgeschobene pakistanische Staatsbürger"."""
    k = bisect.bisect_left(doc.countries, end, key=_start)
    if k >= len(doc.countries):
        return None
    origin = doc.countries[k]
    gap = doc.text[end : origin.start]
    if (
        origin.start - end > PEOPLE_WINDOW
        or len(gap.split()) > 3
        or any(p in gap for p in ".,;:")
        or not doc.rules.from_preps.search(doc.text, max(end, origin.start - 12), origin.start)
    ):
        return None
    code = _demonym_after(doc.text, doc.countries, origin.end, doc.rules.people)
    return code if code != origin.code else None


def _destination_after(doc: _Doc, seg: Segment, end: int) -> str | None:
    """The country a count's people were sent to ("... to Afghanistan"), later in its sentence."""
    for c in _within_sorted(doc.countries, doc.country_starts, end, seg.end):
        if c.form in ("name", "capital") and doc.rules.destination.search(
            doc.text, max(seg.start, c.start - DESTINATION_LEAD), c.start
        ):
            return c.code
    return None


def _demonym_named(doc: _Doc, end: int) -> bool:
    """True when the count is followed by a demonym or adjective ("4,200 Afghans")."""
    k = bisect.bisect_left(doc.countries, end, key=_start)
    return (
        k < len(doc.countries)
        and doc.countries[k].form in ("demonym", "adjective")
        and _nationality_after(doc, end) is not None
    )


def _start(mention: CountryMention) -> int:
    return mention.start


def _demonym_start(doc: _Doc, end: int) -> int:
    """Where the demonym of the count ending at `end` starts, or -1."""
    if _nationality_after(doc, end) is None:
        return -1
    k = bisect.bisect_left(doc.countries, end, key=_start)
    return doc.countries[k].start


def _demonym_after(
    text: str,
    countries: list[CountryMention],
    end: int,
    people: re.Pattern[str] | None = None,
    cues: re.Pattern[str] | None = None,
) -> str | None:
    k = bisect.bisect_left(countries, end, key=_start)
    if k >= len(countries):
        return None
    c = countries[k]
    gap = text[end : c.start]
    if c.start - end > PEOPLE_WINDOW or len(gap.split()) > 3 or any(p in gap for p in ".,;:"):
        return None
    if c.form in ("demonym", "adjective"):
        return c.code
    if people is not None and c.form == "name" and people.search(gap):
        if cues is not None and cues.search(gap):
            return None  # "1,950 deportees from Iran": where they were sent from
        return c.code  # "6,400 citizens of Afghanistan", "граждан Афганистана"
    return None


def _origin_after(
    doc: _Doc, seg: Segment, end: int, nationality: str | None
) -> CountryMention | None:
    """The country of a "from X" a few words after the count ending at `end`, if any."""
    for c in _within_sorted(doc.countries, doc.country_starts, end, seg.end):
        if c.code == nationality:
            continue  # "41,870 Afghans deported from Iran": the people, then the origin
        gap = doc.text[end : c.start]
        if len(gap.split()) > ORIGIN_WORDS or any(p in gap for p in ",;:") or _DIGIT.search(gap):
            return None
        return c if doc.rules.from_preps.search(doc.text, max(end, c.start - 12), c.start) else None
    return None


def _deporter(
    doc: _Doc,
    seg: Segment,
    pos: int,
    end: int,
    nationality: str | None,
    foreign: bool = False,
) -> str | None:
    """The deporting state: the nearest country before the figure, else "from X", else the doc's;
    `foreign` when the count is of foreigners of no nationality named."""
    nat = None if foreign else nationality or doc.nationality
    rules = doc.rules
    starts = doc.country_starts
    first = bisect.bisect_left(starts, seg.start)
    # the countries starting in [seg.start, pos), and those starting in [pos, seg.end)
    split = bisect.bisect_left(starts, pos, lo=first)
    before = doc.countries[first:split]
    # "German charter flights brought 81 Afghans", "российские власти выдворили": whose
    # authorities or flights act is the deporting state, wherever it stands in the sentence
    for c in _within_sorted(doc.countries, starts, seg.start, seg.end):
        if c.form in _AGENT_FORMS and c.code != nat and _is_agent(doc.text, c, rules):
            return c.code
    # "412,650 deportations from Iran and 88,740 from Pakistan": the "from X" right
    # after a count is that count's, and no later count's
    own = _origin_after(doc, seg, end, nat)
    if own is not None:
        return own.code
    earlier = [
        n for n in _within_sorted(doc.numbers, doc.number_starts, seg.start, pos) if n.end < pos
    ]
    taken = {o.start for n in earlier if (o := _origin_after(doc, seg, n.end, nat)) is not None}
    if taken and rules.subsets_after.match(doc.text, end):
        # "6,315 crossed back from Pakistan; 2,104 of them were deported": a part of the
        # earlier count shares its "from X"
        taken = set()
    # the people of another count ("1,200 Syrians and 800 Afghans") are not a state
    counted = {_demonym_start(doc, n.end) for n in earlier}
    # nearest first, but a country named beats a city: "from Iran at Islam Qala"
    for c in sorted(before, key=lambda c: (c.form == "city", -c.start)):
        if c.code == nat or c.start in counted or c.start in taken:
            continue
        # searched in place, not in a slice: a slice would make the "в" ending "афганцев"
        # look like a word of its own
        if rules.to_preps.search(doc.text, max(seg.start, c.start - 6), c.start):
            continue
        if _is_route(doc.text, seg.start, c, rules):
            continue
        return c.code
    after = doc.countries[split : bisect.bisect_left(starts, seg.end, lo=split)]
    for c in after:
        if c.code != nat and rules.from_preps.search(
            doc.text, max(seg.start, c.start - 12), c.start
        ):
            return c.code
    for c in after:
        # "Ещё 12,5 тыс. афганцев за тот же месяц выслал Пакистан": the subject named right
        # after the deportation verb, as word order allows
        if c.code == nat or c.form == "city" or c.start < end:
            continue
        verb = None
        for verb in rules.cues.finditer(doc.text, max(end, c.start - CUE_SUBJECT_REACH), c.start):
            pass
        if verb is not None and not doc.text[verb.end() : c.start].strip():
            return c.code
    if rules.we.search(doc.text, seg.start, pos):
        # "SPOKESPERSON: In October, we deported 9,310 Afghans", "Le ministre : nous avons
        # expulsé 54 ressortissants afghans": the country of who speaks (a transcript's
        # label, an interviewee, an op-ed's author)
        own = find_voices(doc.text, doc.lang).country_at(seg.start)
        if own is not None and own != nat:
            return own
    lead = _dateline_country(doc, seg)
    if lead is not None and lead != nat:
        return lead
    if rules.country_back_refs.search(doc.text, seg.start, seg.end):
        # "Im Oktober wurde aus Tadschikistan niemand abgeschoben. Seit Januar wurden aus dem
        # Land 214 Afghanen abgeschoben" (set X): the country is the one named before it in
        # its paragraph
        line_start = doc.text.rfind("\n", 0, seg.start) + 1
        for c in reversed(doc.countries[bisect.bisect_left(starts, line_start) : first]):
            if c.code != nat and c.form != "demonym":
                return c.code
    return doc.deporter


def _dateline_country(doc: _Doc, seg: Segment) -> str | None:
    """The country of a dateline capital that opens the sentence's line ("BERLIN. Ein
    Abschiebeflug ...", a digest's item), when the sentence itself names none."""
    line_start = doc.text.rfind("\n", 0, seg.start) + 1
    if seg.start - line_start > DATELINE_MAX_CHARS:
        return None
    starts = doc.country_starts
    for c in doc.countries[
        bisect.bisect_left(starts, line_start) : bisect.bisect_left(starts, seg.start)
    ]:
        if (
            c.form == "capital"
            and c.surface.isupper()
            and not doc.text[line_start : c.start].strip()
            and not doc.text[c.end : seg.start].strip(" \t.,:;-–—")
        ):
            return c.code
    return None


def _scope(doc: _Doc, seg: Segment, c_start: int, c_end: int, pos: int) -> list[tuple[int, int]]:
    """The spans whose adverbials apply to a count: its clause, and the sentence's opening
    clause when it stands before the count with no semicolon between ("Since January,
    Iran expelled 640,000, and Pakistan 95,000" but not "...; in March alone 9,800")."""
    spans = [(c_start, c_end)]
    o_start, o_end = _clause(doc.text, seg, seg.start, seg.start)
    if o_end <= c_start and ";" not in doc.text[o_end:pos]:
        spans.append((o_start, o_end))
    return spans


def _prose_period(
    doc: _Doc, seg: Segment, c_start: int, c_end: int, pos: int, scope: list[tuple[int, int]]
) -> Period:
    # "since January" is the start of a running total for this year, not its period
    ytd = _year_to_date(doc, seg, scope, pos)
    # the clause and the scope lie inside the sentence: so do all the dates asked of below
    sentence = _within_sorted(doc.dates, doc.date_starts, seg.start, seg.end)
    # (a dateline's date, "Москва, 12 ноября 2026 г. С начала года ...", dates the report,
    # not the count's clause)
    in_clause = [
        d
        for d in sentence
        if c_start <= d.start
        and d.end <= c_end
        and d.period.precision != "ongoing"
        and not any(d.start < y_end and d.end > y_start for y_start, y_end in ytd)
        and not _in_dateline(doc.text, d)
    ]
    if not in_clause and ytd and doc.published is not None:
        return Period.year(doc.published.year)
    in_scope = [
        d
        for d in sentence
        if any(a <= d.start and d.end <= b for a, b in scope) and d.period.precision != "ongoing"
    ]
    in_sentence = [d for d in sentence if d.period.precision != "ongoing"]
    candidates = in_scope or in_sentence
    if doc.published is not None:
        # "deported 5,000 Afghans within ten days": a count is of people already deported,
        # so a term read forward from publication is not its period (held-out set AI); a
        # year written out stays the text's word
        published = doc.published
        candidates = [
            d
            for d in candidates
            if d.period.start is None
            or d.period.start <= published
            or _YEARISH.search(doc.text, d.start, d.end)
            or _week_to(doc, seg, d)
        ]
    if not candidates:
        return Period.unknown()
    # "выдворены 1 420 человек против 1 160 в третьем квартале 2023 года": a date after a
    # comparison word is the compared figure's, when the count has another (set AA)
    compared = {
        id(d)
        for d in candidates
        if d.start > pos and doc.rules.comparisons.search(doc.text, pos, d.start)
    }
    if compared and len(compared) < len(candidates):
        candidates = [d for d in candidates if id(d) not in compared]
    # "more than in April (41,900)", "больше, чем в январе (14,7 тыс.)": a count in
    # brackets right after a date is that date's, not the one the sentence leads with;
    # so is one with its own date inside the brackets ("(18 400 en février)")
    if doc.text[max(seg.start, pos - 2) : pos].strip() == "(":
        opener = doc.text.rindex("(", 0, pos)
        closer = doc.text.find(")", pos, seg.end)
        inside = [d for d in in_sentence if closer >= 0 and pos <= d.start and d.end <= closer]
        before = [
            d for d in in_sentence if d.end <= opener and not doc.text[d.end : opener].strip()
        ]
        for d in inside or before:
            return _in_stated_year(doc, seg, d, in_sentence)
    # "since early April" gives the month the running total starts in
    # a date of the count's own clause first ("February saw 13,250 removals, while March,
    # the busiest month since last spring, ..."): the clause after it is another count's
    own = {id(d) for d in in_clause}
    best = min(
        candidates,
        key=lambda d: (0 if id(d) in own else 1, 0 if d.start >= pos else 1, abs(d.start - pos)),
    )
    if best.period.start is not None and _span_start(doc.text, best, doc.rules, doc.lang) >= 0:
        # "vom 1. Januar bis 31. Oktober 2026 wurden 248 abgeschoben", "from January to
        # September 2026": months of a year, counted as that year (a span of days within
        # one month is that month, below)
        return Period.year(best.period.start.year)
    if best.period.precision == "month" and best.period.start is not None:
        pair = doc.rules.month_pair_re.match(doc.text, best.end)
        if pair is not None and _next_month_word(pair.group("month"), best.period, doc.lang):
            # "im Oktober und November wurden 212 abgeschoben": two months of a year are
            # that year, as a span of months is (held-out set AI)
            stated = _in_stated_year(doc, seg, best, in_sentence)
            if stated.start is not None:
                return Period.year(stated.start.year)
    if (
        best.period.precision == "day"
        and best.period.start is not None
        and _week_to(doc, seg, best)
    ):
        # "in the week to Friday": the week's figure has no day, only its month, as a
        # week's has; "bis Donnerstag" read ahead of publication is the last one (set AI)
        end = best.period.start
        if doc.published is not None and end > doc.published:
            end -= timedelta(days=7)
        return Period.month(end.year, end.month)
    return _span_as_month(
        doc, doc.text[best.start : best.end], _in_stated_year(doc, seg, best, in_sentence)
    )


def _span_start(text: str, d: DateMention, rules: _Rules, lang: str) -> int:
    """Where a span over several months starts when the day or month `d` ends it ("vom
    1. Januar bis 31. Oktober 2026", "du 1er janvier au 31 octobre 2026", "January to
    September 2026", "январь–сентябрь 2026 года"), else -1."""
    if d.period.precision not in ("day", "month") or d.start == 0:
        return -1
    m = rules.span_start_before.search(text, max(0, d.start - SPAN_LEAD), d.start)
    if m is None or not _is_month_word(m.group("month"), lang):
        return -1
    if (d.period.precision == "day") != bool(m.group("day")):
        return -1  # "1. bis 31. Oktober", "January to 5 March": no span of whole months
    return m.start()


def _week_to(doc: _Doc, seg: Segment, d: DateMention) -> bool:
    """True when "the week to" stands right before the day `d` names ("in the week to
    Friday", "in der Woche bis Freitag")."""
    return (
        doc.rules.week_to_re.search(doc.text, max(seg.start, d.start - WEEK_TO_REACH), d.start)
        is not None
    )


def _next_month_word(word: str, period: Period, lang: str) -> bool:
    """True when `word` names the month after `period`'s ("Oktober und November"; "January
    and June" are two months apart, and "December and January" two years: no span)."""
    found = parse_period(f"{word} 2000", lang, None)
    return (
        found is not None
        and found.precision == "month"
        and found.start is not None
        and period.start is not None
        and found.start.month == period.start.month + 1
    )


@lru_cache(maxsize=1024)
def _is_month_word(word: str, lang: str) -> bool:
    """True for a month's name in any of its forms ("Januar", "января", "janvier")."""
    # a month's name alone is read only after a cue ("im Januar"): with a year it is read
    period = parse_period(f"{word} 2000", lang, None)
    return period is not None and period.precision == "month"


def _span_as_month(doc: _Doc, surface: str, period: Period) -> Period:
    """A span of months counts as their year; a span of days within one month ("с 13 по 19
    августа", "du 5 au 11 juillet") counts that month, the contract's precision for a figure over part of a month (held-out set N);
    the engine reads such a span as its first day."""
    if period.precision == "month" and period.start is not None and _months_in(surface, doc) >= 2:
        # "from January to October", "в январе-октябре": a count over months of a year is
        # that year's (the engine reads a span that is no quarter or half as its last month)
        return Period.year(period.start.year)
    if period.precision != "day" or period.start is None:
        return period
    if doc.rules.day_span.search(surface) is None:
        return period
    return Period.month(period.start.year, period.start.month)


_LETTER_RUN = patterns.compile(r"[^\W\d_]+")


def _months_in(surface: str, doc: _Doc) -> int:
    """How many month names a date's words hold ("between January and October": 2)."""
    return sum(1 for w in _LETTER_RUN.findall(surface) if _is_month_word(w, doc.lang))


def _year_to_date(
    doc: _Doc, seg: Segment, scope: list[tuple[int, int]], pos: int
) -> list[tuple[int, int]]:
    """Where "since the start of the year" stands for a count: in its clauses, or earlier in
    its sentence ("С начала года из Ирана выдворены 300 тыс., из Пакистана — 90 тыс.")."""
    spans = [(seg.start, pos), *scope]
    found = {
        (m.start(), m.end())
        for a, b in spans
        for m in doc.rules.year_to_date.finditer(doc.text, a, b)
    }
    return sorted(found)


def _in_stated_year(
    doc: _Doc, seg: Segment, best: DateMention, in_sentence: list[DateMention]
) -> Period:
    """A month, quarter or half named without a year takes the one year the sentence names
    ("120,000 in July 2024, up from 80,000 in June" -> June 2024), not the publication's;
    the start of a running total names no such year ("480,000 since the autumn of 2023,
    and another 26,500 in January alone": January of the publication's reckoning)."""
    p = best.period
    if p.precision not in ("month", "quarter", "half") or p.start is None:
        return p
    if _YEARISH.search(doc.text, best.start, best.end):
        return p
    if names_its_year(doc.text[best.start : best.end], doc.lang):
        return p
    years = {
        d.period.start.year
        for d in in_sentence
        if d is not best
        and d.period.start is not None
        and _YEARISH.search(doc.text, d.start, d.end)
        and not _starts_a_total(doc, seg, d)
        # "11 250 entre janvier et juin, contre 10 040 au premier semestre 2025": the same
        # half (quarter, month) of a stated year is the one compared with, so another year
        # (set AA)
        and not _same_part_of_year(p, d.period)
        # "expelled 25,400 in October, ..., whose campaign began late in 2023": the
        # relative clause dates something else
        and not (
            d.start >= best.end and doc.rules.relative_clause.search(doc.text, best.end, d.start)
        )
    }
    if len(years) != 1:
        return p
    year = years.pop()
    if p.precision == "month":
        return Period.month(year, p.start.month)
    if p.precision == "quarter":
        return Period.quarter(year, (p.start.month - 1) // 3 + 1)
    return Period.half(year, 1 if p.start.month <= 6 else 2)


def _year_before(p: Period) -> Period:
    """The same month, quarter, half or year one year earlier."""
    if p.start is None:
        return p
    y, m = p.start.year - 1, p.start.month
    if p.precision == "month":
        return Period.month(y, m)
    if p.precision == "quarter":
        return Period.quarter(y, (m - 1) // 3 + 1)
    if p.precision == "half":
        return Period.half(y, 1 if m <= 6 else 2)
    if p.precision == "year":
        return Period.year(y)
    return p


def _same_part_of_year(p: Period, q: Period) -> bool:
    """Both periods are the same month, quarter or half, whatever their years."""
    if p.precision != q.precision or p.start is None or q.start is None:
        return False
    if p.end is None or q.end is None:
        return False
    return (p.start.month, p.end.month) == (q.start.month, q.end.month)


def _starts_a_total(doc: _Doc, seg: Segment, d: DateMention) -> bool:
    """The date is where a running total starts: a cumulative word ("since", "depuis",
    "seit", "с") stands before it in its clause, or opens it ("depuis l'automne 2023")."""
    c_start, _ = _clause(doc.text, seg, d.start, d.end)
    return bool(doc.rules.cumulative.search(doc.text, c_start, d.end))


# --- tables ---------------------------------------------------------------------------


def _cells(line: str) -> list[str] | None:
    """The cells of a table row ("| a | b |" or tag soup "< td >a td >"), or None."""
    if "|" not in line and ">" not in line:
        return None  # every row mark ends with ">" ("< td >", "td >"): nothing to split
    marked = _ROW_MARKUP.sub("|", line)
    if "|" not in marked:
        return None
    cells = [c.strip() for c in marked.split("|")]
    cells = [c for c in cells if c]
    return cells if len(cells) >= 2 or (cells and marked.count("|") >= 2) else None


def _lines(text: str) -> list[tuple[int, int, str]]:
    """The lines of a text; an HTML table row ("<tr>...</tr>") is one line, however the
    page broke it (one line per cell, or the whole table on one line)."""
    rows: list[tuple[int, int]] = []
    if "<" in text:
        starts = [m.start() for m in _ROW_START.finditer(text)]
        for k, a in enumerate(starts):
            limit = starts[k + 1] if k + 1 < len(starts) else len(text)
            close = _ROW_END.search(text, a, limit)
            rows.append((a, close.end() if close else limit))
    out: list[tuple[int, int, str]] = []
    pos = 0
    for a, b in [*rows, (len(text), len(text))]:
        _plain_lines(text, pos, a, out, after_row=pos > 0, before_row=b > a)
        if b > a:
            out.append((a, b, text[a:b]))
        pos = b
    return out


def _plain_lines(
    text: str,
    start: int,
    end: int,
    out: list[tuple[int, int, str]],
    after_row: bool,
    before_row: bool,
) -> None:
    """The lines of text[start:end]; next to an HTML row, blank space is no line."""
    if after_row and not text[start:end].strip():
        return
    pos = start
    while True:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        blank = not text[pos:stop].strip()
        if not (blank and ((after_row and pos == start) or (before_row and nl < 0))):
            out.append((pos, stop, text[pos:stop]))
        if nl < 0:
            break
        pos = nl + 1


def _is_count(cell: str, lang: str) -> int | None:
    cell = cell.strip()
    if not _NUMBER_CELL.match(cell):
        return None
    value = parse_number(cell, lang)
    if value is None or value != value.to_integral_value() or value <= 0:
        return None
    return int(value)


def _tables(doc: _Doc) -> tuple[list[tuple[int, int]], list[tuple[int, DeportationFigure]]]:
    """Figures from table rows, and the spans of the lines used as table rows."""
    text = doc.text
    themed = len(doc.cue_starts) >= THEMED_MIN_CUES
    lines = _lines(text)
    used: list[tuple[int, int]] = []
    out: list[tuple[int, DeportationFigure]] = []
    # "| Indicator | October 2026 | Since 1 January 2026 |": the periods of a table's columns
    period_cols: dict[int, tuple[Period, bool]] | None = None
    i = 0
    while i < len(lines):
        start, end, line = lines[i]
        cells = _cells(line)
        header = _header(line, cells, doc) if _has_cue(doc.cue_starts, start, end) else None
        if header is None and cells and _cells_header_like(cells):
            # "Deportations of Afghans from Iran, 2024" above "| Month | Number |"
            caption = _caption(doc, lines, i)
            header = _captioned_header(caption, cells, doc) if caption else None
        if header is not None and header.period is None and header.date_col is None:
            # "2. Wie verteilen sich die im ersten Halbjahr 2026 vollzogenen Abschiebungen
            # auf die Länder?" above "Land | Abschiebungen": the rows are of its period
            header = replace(header, period=_lead_period(doc, lines, i))
        elif header is not None and header.period is None:
            # "Monat | Abschiebungen" under "Vom 1. Januar bis 31. Oktober 2026 wurden 248
            # ... abgeschoben.": the rows' months without a year are of the year it names
            lead = _lead_period(doc, lines, i)
            if (
                lead is not None
                and lead.start is not None
                and lead.end is not None
                and lead.start.year == lead.end.year
            ):
                header = replace(header, period=Period.year(lead.start.year))
        if header is not None:
            j, rows = _table_rows(doc, lines, i + 1, header)
        if header is not None and rows:
            # a header line with no rows under it is prose ("Iran deported two million
            # Afghans last year.": no digit, a date word)
            used.append((start, end))
            for r_start, r_end, figure in rows:
                used.append((r_start, r_end))
                out.append((r_start, figure))
            i = max(j, i + 1)
            continue
        if not cells:
            period_cols = None
        elif header is None and period_cols is None:
            period_cols = _period_columns(doc, cells)
        elif header is None:
            column_figures = _period_column_row(doc, start, end, cells, period_cols)
            if column_figures:
                used.append((start, end))
                out.extend((start, f) for f in column_figures)
                i += 1
                continue
        key = _key_figure_row(doc, start, end, cells) if cells and header is None else None
        if key is not None:
            used.append((start, end))
            out.append((start, key))
            i += 1
            continue
        if themed and cells and not _cells_header_like(cells):
            prev = _previous_nonblank(lines, i)
            prev_cells = _cells(prev) if prev is not None else None
            if prev_cells is None:
                # a row whose table header was lost (issue 4: tag soup cut by the scraper)
                figure = _orphan_row(doc, start, end, cells)
                if figure is not None:
                    used.append((start, end))
                    out.append((start, figure))
        i += 1
    return used, out


def _period_columns(doc: _Doc, cells: list[str]) -> dict[int, tuple[Period, bool]] | None:
    """A header row whose first cell names the rows and whose other cells are periods
    ("Indicateur | Octobre 2026 | Depuis le 1er janvier 2026"): each column's period, and
    whether it is a running total ("since ...": the year so far)."""
    if len(cells) < 2 or _is_count(cells[0], doc.lang) is not None:
        return None
    cols: dict[int, tuple[Period, bool]] = {}
    for k, cell in enumerate(cells[1:], start=1):
        if _is_count(cell, doc.lang) is not None or len(cell) > 40:
            return None
        period = parse_period(cell, doc.lang, doc.published)
        if period is None or not period.known or period.start is None:
            continue
        if doc.rules.cumulative.search(cell):
            cols[k] = (Period.year(period.start.year), True)
        else:
            cols[k] = (period, False)
    return cols or None


def _period_column_row(
    doc: _Doc, start: int, end: int, cells: list[str], cols: dict[int, tuple[Period, bool]]
) -> list[DeportationFigure]:
    """A row under period columns whose label tells of deportations ("Personnes expulsées
    d'Iran | 44 910 | 512 600"): one figure per count, in its column's period (set W)."""
    rules = doc.rules
    label = cells[0]
    label_start = doc.text.find(label, start, end)
    if label_start < 0 or not _has_cue(doc.cue_starts, label_start, label_start + len(label)):
        return []
    if rules.voluntary.search(label) or rules.returns.search(label) or rules.threats.search(label):
        return []
    if rules.negations.search(label):
        return []
    seg = Segment(start, end, doc.text[start:end])
    deporter = _deporter(doc, seg, label_start, label_start, None)
    out: list[DeportationFigure] = []
    for k, (period, cumulative) in sorted(cols.items()):
        count = _is_count(cells[k], doc.lang) if k < len(cells) else None
        if count is None or count < rules.min_bare_count:
            continue
        figure = _row_figure(
            doc, start, end, count, period, label, cumulative, "deportations.period_column"
        )
        out.append(replace(figure, from_country=deporter or figure.from_country))
    return out


def _key_figure_row(doc: _Doc, start: int, end: int, cells: list[str]) -> DeportationFigure | None:
    """A key-figures box row, "| **18,640** | people deported from Iran, 1-15 November |":
    a count cell, then a cell that tells whom it counts, a deportation cue among its words;
    read as the phrase "18,640 people deported from Iran, 1-15 November" (held-out set W)."""
    if len(cells) != 2 or not _has_cue(doc.cue_starts, start, end):
        return None
    count = _is_count(cells[0].strip("*_ "), doc.lang)
    rules = doc.rules
    label = cells[1].strip("*_ ")
    if count is None or count < rules.min_bare_count:
        return None
    if not (rules.people.match(label) or rules.count_nouns.match(" " + label)):
        return None
    if rules.voluntary.search(label) or rules.stock.search(label) or rules.threats.search(label):
        return None
    label_start = doc.text.find(label, start, end)
    if label_start < 0:
        return None
    label_end = label_start + len(label)
    cue = next((c for c in doc.cue_starts if label_start <= c < label_end), None)
    if cue is None or rules.returns.search(label):
        return None
    if rules.negations.search(doc.text, label_start, cue):
        return None  # "returnees who crossed without a deportation order": no one deported
    seg = Segment(start, end, doc.text[start:end])
    period = Period.unknown()
    for d in _within_sorted(doc.dates, doc.date_starts, label_start, label_end):
        period = _span_as_month(doc, doc.text[d.start : label_end], d.period)
        break
    cumulative = bool(rules.cumulative.search(label))
    figure = _row_figure(
        doc, start, end, count, period, None, cumulative, "deportations.key_figure"
    )
    return replace(figure, from_country=_deporter(doc, seg, label_start, label_start, None))


def _caption(doc: _Doc, lines: list[tuple[int, int, str]], i: int) -> str | None:
    """A short line naming deportations just above a header row, with no figure but a year."""
    seen = 0
    for k in range(i - 1, -1, -1):
        start, end, line = lines[k]
        if not line.strip() or _MARKUP_ONLY.match(line):
            continue
        seen += 1
        if seen > CAPTION_LINES:
            return None
        text = _ROW_MARKUP.sub(" ", line).strip()
        if _cells(line) is not None and "<" not in line:
            return None  # another table row
        if (
            _has_cue(doc.cue_starts, start, end)
            and not any(map(str.isdigit, _YEARISH.sub("", text)))
            and len(text.split()) <= CAPTION_WORDS
            and not doc.rules.voluntary.search(text)
        ):
            return text
    return None


def _lead_period(doc: _Doc, lines: list[tuple[int, int, str]], i: int) -> Period | None:
    """The period of the line introducing a table (a question, a caption) when it speaks
    of deportations and names a year; None otherwise."""
    seen = 0
    for k in range(i - 1, -1, -1):
        start, end, line = lines[k]
        if not line.strip():
            continue
        seen += 1
        if seen > CAPTION_LINES or _cells(line) is not None:
            return None
        if _has_cue(doc.cue_starts, start, end) and _YEARISH.search(line):
            period = parse_period(line, doc.lang, doc.published)
            return period if period is not None and period.known else None
        if seen == 1 and line.rstrip().endswith(":") and len(line.split()) <= CAPTION_WORDS:
            # "Removals in the third quarter by nationality:" right above the header: a
            # caption, with or without a deportation word (set AA)
            period = parse_period(line, doc.lang, doc.published)
            if period is not None and period.known:
                return period
    return None


def _captioned_header(caption: str, cells: list[str], doc: _Doc) -> _Header | None:
    """The header of a table whose caption names deportations: its count column is the one
    headed by a count word ("Number", "Anzahl"), or the only column that is no date."""
    rules = doc.rules
    date_col = next((k for k, c in enumerate(cells) if rules.date_headers.search(c)), None)
    count_col = next(
        (k for k, c in enumerate(cells) if k != date_col and rules.count_headers.search(c)), None
    )
    if count_col is None and date_col is not None and len(cells) == 2:
        count_col = 1 - date_col
    if count_col is None:
        return None
    period = parse_period(caption, doc.lang, doc.published) if _YEARISH.search(caption) else None
    cumulative = bool(rules.total_headers.search(cells[count_col]))
    return _Header(
        count_col, date_col, cumulative, 0, period, len(cells), _column_state(caption, doc)
    )


def _previous_nonblank(lines: list[tuple[int, int, str]], i: int) -> str | None:
    for k in range(i - 1, -1, -1):
        if lines[k][2].strip():
            return lines[k][2]
    return None


def _cells_header_like(cells: list[str]) -> bool:
    # PERF: one pass over the joined cells, no Python-level step per character
    return not any(map(str.isdigit, "".join(cells)))


@dataclass(frozen=True)
class _Header:
    count_col: int | None  # None for plain tables whose columns cannot be told apart
    date_col: int | None
    cumulative: bool
    width: int = 0  # columns of a space-aligned plain table ("Mois    Expulsions    Retours")
    period: Period | None = None  # "Deportations in 2024": the period of rows without a date
    columns: int = 0  # cells of the header: a row's cells beyond them ran on from the page
    state: str | None = None  # the deporting state the count column's header names
    # further count columns, one per deporting state ("Deported from Iran | ... from Pakistan")
    more: tuple[tuple[int, str], ...] = ()
    # "| Staatsangehörigkeit | zwangsweise |": the country a row names is the people's own,
    # not the deporting state's (set AA)
    by_nationality: bool = False


def _aligned_cells(line: str) -> list[str]:
    """Cells of a plain table line whose columns are aligned with runs of spaces or tabs."""
    return [c for c in _ALIGNED_SPLIT.split(line.strip()) if c]


def _header(line: str, cells: list[str] | None, doc: _Doc) -> _Header | None:
    """A table header that names deportations, with its count and date columns."""
    rules = doc.rules
    # a header holds no figures; a year ("Deportations in 2024") is its period
    # (PERF: the digit test first: most lines with a cue are prose holding a figure)
    if any(map(str.isdigit, _YEARISH.sub("", line))) or not rules.cues.search(line):
        return None
    period = parse_period(line, doc.lang, doc.published) if _YEARISH.search(line) else None
    aligned = None
    if not cells:
        aligned = _aligned_cells(line)
        if len(aligned) >= 2:
            cells = aligned
    if cells:
        count_col = None
        date_col = None
        for k, cell in enumerate(cells):
            if count_col is None and rules.cues.search(cell) and not rules.voluntary.search(cell):
                count_col = k
            if date_col is None and rules.date_headers.search(cell):
                date_col = k
        if count_col is None:
            return None
        cumulative = bool(rules.total_headers.search(cells[count_col]))
        width = len(cells) if aligned else 0
        # "Afghans deported by Iran": the count column's header names the deporting state
        state = _column_state(cells[count_col], doc)
        by_nationality = count_col > 0 and bool(rules.nationality_headers.search(cells[0]))
        header = _Header(
            count_col, date_col, cumulative, width, period, len(cells), state, (), by_nationality
        )
        return _per_state_columns(header, cells, doc)
    if len(line.split()) > 12 or not rules.date_headers.search(line):
        return None  # a prose line, not a header
    return _Header(None, None, bool(rules.total_headers.search(line)), 0, period)


def _column_state(cell: str, doc: _Doc) -> str | None:
    """The one deporting state a count column's header names ("Deported from Iran")."""
    named = {c.code for c in find_countries(cell, doc.lang) if c.code != doc.nationality}
    return named.pop() if len(named) == 1 else None


def _per_state_columns(header: _Header, cells: list[str], doc: _Doc) -> _Header:
    """A header with one count column per deporting state yields a figure per state and row;
    without a state in every such column, the first count column alone is read."""
    assert header.count_col is not None
    rules = doc.rules
    columns = [
        k
        for k, cell in enumerate(cells)
        if rules.cues.search(cell)
        and not rules.voluntary.search(cell)
        and not rules.total_headers.search(cell)
    ]
    if len(columns) < 2 or header.count_col not in columns:
        return header
    states = [_column_state(cells[k], doc) for k in columns]
    if None in states or len(set(states)) != len(states):
        return header
    first = columns.index(header.count_col)
    more = tuple(
        (k, str(state)) for k, state in zip(columns, states, strict=True) if k != header.count_col
    )
    return replace(header, state=states[first], more=more)


def _table_rows(
    doc: _Doc, lines: list[tuple[int, int, str]], i: int, header: _Header
) -> tuple[int, list[tuple[int, int, DeportationFigure]]]:
    rows: list[tuple[int, int, DeportationFigure]] = []
    extras: list[DeportationFigure | None] = []
    while i < len(lines):
        start, end, line = lines[i]
        extras = []  # figures of further per-state count columns of this row
        if not line.strip():
            # one blank line may sit between a header and its rows, or between pipe rows
            following = lines[i + 1][2] if i + 1 < len(lines) else ""
            if not following.strip():
                break
            if rows and not (header.count_col is not None and _cells(following)):
                break
            i += 1
            continue
        if _SEPARATOR_ROW.match(line) or _MARKUP_ONLY.match(line):
            i += 1
            continue
        cells = _cells(line)
        if header.width and cells is None:
            aligned = _aligned_cells(line)
            if len(aligned) == header.width:
                figure = _pipe_row(doc, start, end, aligned, header)
            else:
                figure = _plain_row(doc, start, end, line)
            if figure is None and parse_period(line, doc.lang, doc.published) is None:
                break
        elif header.count_col is not None and not header.width and cells:
            figure = _pipe_row(doc, start, end, cells, header)
            extras = [
                _pipe_row(doc, start, end, cells, replace(header, count_col=col, state=s, more=()))
                for col, s in header.more
            ]
        elif header.count_col is None and cells is None:
            figure = _plain_row(doc, start, end, line)
            if figure is None and parse_period(line, doc.lang, doc.published) is None:
                break
        else:
            break
        if figure is not None:
            rows.append((start, end, figure))
        rows.extend((start, end, x) for x in extras if x is not None)
        i += 1
    if header.by_nationality:
        # "| Uzbekistan | 1,120 |" then "| Tajikistan | 980 |": a people a row names deports
        # none of the others, though the text names it most (set AA)
        peoples = {f.nationality for _, _, f in rows}
        rows = [
            (s, e, replace(f, from_country=None) if f.from_country in peoples else f)
            for s, e, f in rows
        ]
    return i, _total_rows(doc, rows)


def _total_rows(
    doc: _Doc, rows: list[tuple[int, int, DeportationFigure]]
) -> list[tuple[int, int, DeportationFigure]]:
    """A "Total" row is a running total over the rows above it: cumulative, and its period
    is the year they share ("| Всего с начала года | 206 395 |"). Over rows of one period
    (crossings, provinces, countries) it is their sum for that period, no running total."""
    years = {f.period.start.year for _, _, f in rows if f.period.start is not None}
    shared = next(iter(years)) if len(years) == 1 else None
    periods = {
        f.period
        for _, _, f in rows
        if f.period.known and not doc.rules.total_headers.search(f.evidence.quote)
    }
    dated = len(periods) > 1
    out = []
    for start, end, figure in rows:
        if (
            dated
            and figure.period.precision in ("unknown", "year")
            and doc.rules.total_headers.search(figure.evidence.quote)
        ):
            period = Period.year(shared) if shared is not None else figure.period
            figure = replace(figure, cumulative=True, period=period)
        out.append((start, end, figure))
    return out


def _row_figure(
    doc: _Doc,
    start: int,
    end: int,
    count: int,
    period: Period | None,
    note: str | None,
    cumulative: bool,
    rule: str,
    from_country: str | None = None,
) -> DeportationFigure:
    if end - start > MAX_ROW_QUOTE:
        # a row that swallowed the rest of a broken page: quote its head only
        end = start + len(doc.text[start : start + MAX_ROW_QUOTE].rsplit(" ", 1)[0])
    return DeportationFigure(
        count=count,
        evidence=make_evidence(doc.text, start, end, rule),
        period=period or Period.unknown(),
        from_country=from_country or doc.deporter,
        nationality=doc.nationality,
        cumulative=cumulative,
        note=_short_note(note),
    )


def _short_note(note: str | None) -> str | None:
    """A note cell as a remark: its first sentence, at most MAX_NOTE characters."""
    if not note:
        return None
    first = _SENTENCE_END.split(note.strip(), maxsplit=1)[0].strip()
    if len(first) > MAX_NOTE:
        first = first[:MAX_NOTE].rsplit(" ", 1)[0]
    return first or None


def _pipe_row(
    doc: _Doc, start: int, end: int, cells: list[str], header: _Header
) -> DeportationFigure | None:
    if header.count_col is None or header.count_col >= len(cells):
        return None
    count = _is_count(cells[header.count_col], doc.lang)
    if count is None:
        return None
    # no date column named: the first cell may still be a date, else the header's period
    date_col = header.date_col if header.date_col is not None else 0
    period = _row_period(cells[date_col], header, doc) if date_col < len(cells) else None
    if period is None:
        period = header.period
        if header.date_col is None:
            date_col = -1  # the first cell is not a date: keep it as a note or a state
    notes: list[str] = []
    state = None
    for k, cell in enumerate(cells):
        if k in (header.count_col, date_col) or _is_count(cell, doc.lang) is not None:
            continue
        if header.columns and k >= header.columns:
            break
        # a row naming a state ("| Iran | 30,000 |"): that state deported these people
        named = [c.code for c in find_countries(cell, doc.lang) if c.code != doc.nationality]
        if header.by_nationality and state is None and len(cell.split()) <= 3:
            named = [c.code for c in find_countries(cell, doc.lang)]
        if state is None and len(named) == 1 and len(cell.split()) <= 3:
            state = named[0]
            continue
        notes.append(cell)
    figure = _row_figure(
        doc,
        start,
        end,
        count,
        period,
        "; ".join(notes),
        header.cumulative,
        "deportations.table",
        None if header.by_nationality else header.state or state,
    )
    if header.by_nationality:
        # "| Türkei | 312 |" under "Staatsangehörigkeit": Turks, deported by the state the
        # column or the text names
        deporter = header.state or (doc.deporter if doc.deporter != state else None)
        return replace(figure, from_country=deporter, nationality=state or figure.nationality)
    return figure


def _row_period(cell: str, header: _Header, doc: _Doc) -> Period | None:
    """The period of a row's date cell; a month without a year ("| January |") is in the
    year of the table's caption or header, else the latest such month up to publication."""
    period = parse_period(cell, doc.lang, doc.published)
    if period is not None:
        return _span_as_month(doc, cell, period)
    if _YEARISH.search(cell) or not cell.strip():
        return period
    year = None
    if header.period is not None and header.period.precision == "year":
        assert header.period.start is not None
        year = header.period.start.year
    elif doc.published is not None:
        year = doc.published.year
    if year is None:
        return None
    period = parse_period(f"{cell} {year}", doc.lang, doc.published)
    if period is None or period.precision not in ("month", "quarter", "half"):
        return None
    later = doc.published is not None and period.start is not None and period.start > doc.published
    if header.period is None and later:
        period = parse_period(f"{cell} {year - 1}", doc.lang, doc.published)
    return period


def _plain_row(doc: _Doc, start: int, end: int, line: str) -> DeportationFigure | None:
    """ "March 2023  3,500  Protests ..." : a period, a count, then the note."""
    dates = find_dates(line, doc.lang, doc.published)
    if not dates or dates[0].start > 3:
        return None
    lead = dates[0]
    rest = line[lead.end :]
    nums = find_numbers(rest, doc.lang)
    if not nums or rest[: nums[0].start].strip():
        return None
    value = nums[0].value
    if value != value.to_integral_value() or value <= 0:
        return None
    note = rest[nums[0].end :].strip(" \t|-–—:;,")
    if note and all(_is_count(part, doc.lang) for part in _aligned_cells(note)):
        note = ""  # the other figures of the row ("returned voluntarily"), not a remark
    return _row_figure(doc, start, end, int(value), lead.period, note, False, "deportations.table")


def _orphan_row(doc: _Doc, start: int, end: int, cells: list[str]) -> DeportationFigure | None:
    counts = [(k, _is_count(c, doc.lang)) for k, c in enumerate(cells)]
    counts = [(k, v) for k, v in counts if v is not None]
    if len(counts) != 1 or counts[0][1] < doc.rules.min_bare_count:
        return None
    k, count = counts[0]
    period = None
    notes = []
    for j, cell in enumerate(cells):
        if j == k:
            continue
        p = parse_period(cell, doc.lang, doc.published) if period is None else None
        if p is not None and len(cell) < 25:
            period = p
            continue
        notes.append(cell)
    if not notes:
        return None  # a bare number in a row is too little to go on
    return _row_figure(
        doc, start, end, count, period, "; ".join(notes), False, "deportations.orphan_row"
    )


# --- dedupe ---------------------------------------------------------------------------


def _compatible(a: Period, b: Period) -> bool:
    if not a.known or not b.known:
        return True
    assert a.start is not None and a.end is not None and b.start is not None and b.end is not None
    return not (a.end < b.start or b.end < a.start)


_PRECISION_RANK = {"day": 0, "month": 1, "quarter": 2, "half": 3, "year": 4}


def _dedupe(text: str, found: list[tuple[int, DeportationFigure]]) -> list[DeportationFigure]:
    """One figure per (count, deporting country, compatible period); keep the most precise.

    A figure stated only in a headline-like line that the body never repeats (a
    "Related articles" link, a teaser) belongs to another article and is dropped.
    """
    found.sort(key=lambda item: item[0])
    kept: list[tuple[int, DeportationFigure]] = []
    body: list[bool] = []  # whether some mention of the kept figure is in running text
    for pos, fig in found:
        in_body = not _headline_only(text, fig)
        for k, (kpos, other) in enumerate(kept):
            if (
                other.count == fig.count
                and other.from_country == fig.from_country
                and _compatible(other.period, fig.period)
            ):
                kept[k] = (kpos, _merge(other, fig))
                body[k] = body[k] or in_body
                break
        else:
            kept.append((pos, fig))
            body.append(in_body)
    out = [fig for (_, fig), in_body in zip(kept, body, strict=True) if in_body]
    # "Iran expels over 30,000 Afghans" over a story that says 30,450: the headline's round
    # figure restates the body's exact one
    return [fig for fig in out if not _rounded_restatement(text, fig, out)]


def _rounded_restatement(
    text: str, fig: DeportationFigure, figures: list[DeportationFigure]
) -> bool:
    if fig.count % ROUND_TO or not _in_headline_line(text, fig):
        return False
    return any(
        other is not fig
        and other.from_country == fig.from_country
        and fig.count < other.count <= fig.count * ROUNDED_SLACK
        and not _in_headline_line(text, other)
        for other in figures
    )


def _in_headline_line(text: str, fig: DeportationFigure) -> bool:
    """True when the figure's line has no closing punctuation (a headline, a teaser)."""
    line_start = text.rfind("\n", 0, fig.evidence.start) + 1
    line_end = text.find("\n", fig.evidence.end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    return fig.evidence.rule == "deportations.prose" and not line.endswith(_CLOSING)


def _headline_only(text: str, fig: DeportationFigure) -> bool:
    """True for prose evidence that is a whole short line without closing punctuation."""
    if fig.evidence.rule != "deportations.prose":
        return False
    line_start = text.rfind("\n", 0, fig.evidence.start) + 1
    line_end = text.find("\n", fig.evidence.end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    if line.endswith(_CLOSING):
        return False
    if _LIST_ITEM.match(line) or _LABELLED_FIGURE.search(line):
        return False  # a key figure ("- 64,200 deported", "Deportations from Iran: 64,200")
    if line and unicodedata.category(line[0]) == "So":
        return False  # "❗️Iran deported ...": a messenger post opens with a sign, no headline
    return len(line.split()) <= HEADLINE_WORDS


def _merge(a: DeportationFigure, b: DeportationFigure) -> DeportationFigure:
    rank_a = _PRECISION_RANK.get(a.period.precision, 9)
    rank_b = _PRECISION_RANK.get(b.period.precision, 9)
    merged = a
    if rank_b < rank_a:
        merged = replace(merged, period=b.period)
    if merged.note is None and b.note:
        merged = replace(merged, note=b.note)
    if merged.nationality is None and b.nationality:
        merged = replace(merged, nationality=b.nationality)
    return replace(merged, cumulative=a.cumulative or b.cumulative)
