"""Action items: measures, tasks and commitments, from tables, bullet lists and prose.

Three sources, all driven by `data/action_items/<lang>.yaml` (issue 4):

- tables (markdown pipe rows, rows without a leading pipe, broken HTML
  `< td >` rows): the header decides which column is the title, who is
  responsible, when it is due, what it is about; a table without a measure
  column (deportation counts, trade statistics) yields nothing;
- bullet lists introduced by a line that names measures ("Key recommendations
  include:"), never by one that names problems ("Key points of concern include:");
- prose rules ("a joint task force has been proposed", "an agreement would be
  signed during the visit").
"""

from __future__ import annotations

import itertools
import logging
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any

from tracker.extract import patterns
from tracker.extract.engine import document_countries, find_countries, has_grammemes
from tracker.extract.fastscan import (
    _FOLD_ODDITIES_RE,
    lowered_text,
    matches_from,
    present_words,
    search,
    word_starts,
)
from tracker.extract.rules import (
    NEVER,
    alternation,
    as_list,
    compile_words,
    load_rules,
    words_pattern,
)
from tracker.records import ActionItem, Evidence, Period

try:  # the parser is private to `re`; without it no pattern gets a required word
    from re import _constants as _sre_constants
    from re import _parser as _sre_parser
except ImportError:  # pragma: no cover - older or newer Pythons
    _sre_parser = None  # type: ignore[assignment]

LOGGER = logging.getLogger(__name__)

KIND = "action_items"
_SEPARATOR_RE = patterns.compile(r"^[\s|:+-]*-{3,}[\s|:+-]*$")
# Broken HTML cells: "< td >", "</td>", and the "  td >" left when "</" was lost.
_HTML_CELL_RE = patterns.compile(r"<\s*/?\s*t[dh]\b[^>]*>|(?<=\s)/?\s*t[dh]\s*>", re.IGNORECASE)
_HTML_TAG_RE = patterns.compile(r"<\s*/?\s*[a-z][a-z0-9]*\b[^>]*>", re.IGNORECASE)
# The longest heading (words) that may introduce a list without a colon.
HEADING_MAX_WORDS = 8
# a list item's marker: a dash or dot, "1." or "1)", or as official texts letter their
# points, "a)", "(b)", "в)", "(iii)"
_BULLET_RE = patterns.compile(
    r"^[ \t]*(?:[-•*–—·▪●]|\d{1,2}[.)]|\(?[a-zA-Zа-яА-ЯёЁ]\)|\((?:i{1,3}|iv|vi{0,3}|ix|x)\))"
    r"[ \t]+(?P<body>\S.*?)[ \t]*$"
)
_TITLE_SPLIT_RE = patterns.compile(r"^(?P<title>[^:]{2,120}?)\s*:\s+(?P<desc>\S.*)$")
# A sentence ends where the next word starts with a capital ("bzw. auf" goes on).
_SENTENCE_END_RE = patterns.compile(r"[.!?](?=\s*[A-Z\u00c0-\u00de\u0400-\u042f])")
_MARKUP_RE = patterns.compile(r"[*_`]{1,3}")
# An item written before its verb starts after the last of these ("20.000" keeps its dot).
_ITEM_BEFORE_RE = patterns.compile(r"[,;:!?\n]|\s[–—-]\s|\.(?!(?<=\d\.)\d)")
_MAX_ITEM_CHARS = 120
# A run of measures after one trigger ("will launch X, open Y, set up Z and train W")
# a list bullet opening a line: "- ", "* ", "• ", "– "
_LEAD_BULLET_RE = patterns.compile(r"^[-*•–—]\s+")
_MAX_CONTINUATIONS = 4
_WORD_RE = patterns.compile(r"\w+")
# Sentence ends; a dot between digits ("20.000 Tonnen") is no end.
_CLAUSE_END_RE = patterns.compile(r"\n|[!?]|\.(?!(?<=\d\.)\d)")


@dataclass(frozen=True)
class _Prose:
    rule: str
    pattern: re.Pattern[str]
    status: str
    title: str | None
    cut: bool = False
    with_subject: bool = False
    needs: tuple[str, ...] = ()
    # "will provide a further 15 million euros": funding is a measure, not a target
    allow_money: bool = False
    # a rule whose verb already marks a measure may take a shorter title than the default
    min_words: int | None = None
    # "The transport ministry will set up ...": a subject naming a body is who is responsible
    subject_responsible: bool = False
    # "The two sides agreed to ...", "Islamabad pledged to ...": the subject names who, and
    # nothing else follows from it (subject_responsible also drops third countries' plans)
    subject_who: bool = False
    # "Новая дорога увеличит ...", "Это решение подпишет президент": a verb that also tells
    # an effect, or stands before its subject, is a measure only of a body or state as subject
    needs_who: bool = False
    # "Министерство до марта обеспечит ...": the rule's `verb` group must be read with these
    # grammemes under the language's morphology (a future, not a present: "обеспечивает")
    verb_grammemes: frozenset[str] = frozenset()
    # ... and is none of these (verbs of travel, talks, being and figures)
    verb_not: frozenset[str] = frozenset()
    # "a pipeline, which is to be completed by 2029": a relative pronoun before the verb
    # stands for the thing named before its comma (relative_subjects)
    relative: bool = False


@dataclass(frozen=True)
class _Rules:
    columns: tuple[tuple[str, re.Pattern[str]], ...]
    statuses: tuple[tuple[str, re.Pattern[str]], ...]
    intro_statuses: tuple[tuple[str, re.Pattern[str]], ...]
    intro_re: re.Pattern[str]
    not_intro_re: re.Pattern[str]
    max_title_words: int
    max_item_words: int
    item_min_words: int
    # a shorter item still names a measure when a capitalised noun stands after its first
    # word (German "gemeinsame Grenzkommission einzurichten"); 0: no such exception
    noun_item_min_words: int
    # "die Machbarkeitsstudie abzuschließen": a long compound noun names the measure alone
    compound_letters: int
    compound_item_min_words: int
    # compounds that name ties, not a measure ("Handelsbeziehungen", "Zusammenarbeit")
    compound_vague_re: re.Pattern[str]
    prose: tuple[_Prose, ...]
    lead_re: re.Pattern[str]
    cut_re: re.Pattern[str]
    split_re: re.Pattern[str]
    due_preps_re: re.Pattern[str]
    during_visit_re: re.Pattern[str]
    # "Der Förderfonds soll wie geplant bis Jahresende stehen": words that tell a measure
    # named before goes on as planned (a status remark, no new measure)
    as_planned_re: re.Pattern[str]
    skip_res: tuple[re.Pattern[str], ...]
    responsible_res: tuple[re.Pattern[str], ...]
    # per responsible pattern: a lowered word every match holds, or None (see _required_word)
    responsible_needs: tuple[str | None, ...]
    bodies_re: re.Pattern[str]
    # "Pakistan and Iran": words that join states named as one subject
    state_joiners_re: re.Pattern[str]
    # "Bis Ende Januar soll ...": a deadline word before a date ahead of the verb
    deadline_re: re.Pattern[str]
    deadline_end_re: re.Pattern[str]
    split_keep_re: re.Pattern[str]
    vague_re: re.Pattern[str]
    # "Transitprotokoll unterzeichnen": a short item naming a kind of agreement (a compound,
    # not a bare "Abkommen") is a measure however few its words
    named_kind_re: re.Pattern[str]
    # "В совместном заявлении стороны ...": a subject opening with these starts with an
    # adverbial, and who is its last body
    adverbial_re: re.Pattern[str]
    # "Le premier tronçon, long de 10 km, doit ...": the words that open a subject, where the
    # language has them; empty: no apposition is told
    determiner_re: re.Pattern[str]
    # "Мост, обещанный к 2025 году, до сих пор не построен": where no determiner opens a
    # subject, the words (participles) that open an apposition; empty: none is told
    apposition_re: re.Pattern[str]
    # "tronçon", "section", "участок": a stretch of a work, named by what is done to it
    work_part_re: re.Pattern[str]
    work_kind_re: re.Pattern[str]  # "the pipeline": a whole work named by its kind
    # a prose item opening with a personal pronoun ("Sie soll ... abgeschlossen sein"):
    # it points back to a measure named before, and names none itself
    pronoun_re: re.Pattern[str]
    end_of_re: re.Pattern[str]  # "end of" before a written year: due in its last month
    # "by the end of the year", "bis Jahresende": the end of a year named by a word, due in
    # its last month as "by the end of 2025" is
    end_of_year_re: re.Pattern[str]
    # ", für die bis Jahresende ein Abkommen ...": a relative clause after a list title
    relative_re: re.Pattern[str]
    # "Les deux pays ont | signé": words between an intro's subject and its verb
    subject_tail_re: re.Pattern[str]
    # ", а во втором полугодии начать ...": a second measure after a prose item's comma
    continuation_re: re.Pattern[str]
    # "в трехмесячный срок": a term of months written as one word, and the months it runs
    term_re: re.Pattern[str]
    term_months: dict[str, int]
    # ", and WFP will extend ...": a coordinated clause with a subject and modal of its own,
    # whose dates are its own measure's
    other_clause_re: re.Pattern[str]
    # "..., если будет открыт новый маршрут", "if a route is opened": a measure in a condition
    # is what something else depends on, no commitment (held-out set AI)
    conditional_re: re.Pattern[str]
    # the language's morphology option (common data), for rules' verb_grammemes
    morphology: str
    # ", which is to be completed": a relative pronoun as the subject of a measure's verb,
    # and the words after which the thing it stands for is named ("an agreement on")
    relative_subject_re: re.Pattern[str]
    antecedent_lead_re: re.Pattern[str]
    # "the agreement, which the sides agreed to sign": a relative pronoun for the verb's object
    object_relative_re: re.Pattern[str]
    # ... and the words that lead to the thing it stands for ("discussed")
    object_lead_re: re.Pattern[str]
    # "urged migrants to obey the law": the public asked to behave, no body given a measure
    public_re: re.Pattern[str]


# A character of a clause in the rule patterns, and what it stands for once compiled:
_CLAUSE_CHAR = r"[^,.;:!?\n]"
# ... and an abbreviation's dot before a number or a lower-case word, which ends no clause:
# "до 1 февр. 2027 г. подготовить", "by Nov. 30 submit" (held-out set AE)
_CLAUSE_CHAR_OR_SEPARATOR = (
    r"(?:[^,.;:!?\n]|(?<=\d)[.,](?=\d)|(?<=[a-zà-ÿа-яё])\.(?=[ \u00a0\u202f]+[\da-zà-ÿа-яё]))"
)
# a word skipped before the measure's verb, which may be an abbreviation with its dot
# ("условились до 1 февр. 2027 г. подготовить", held-out set AE)
_ABBREVIATION_DOT = r"(?<=[a-zà-ÿа-яё])\.(?=[ \u00a0\u202f]+[\da-zà-ÿа-яё])"
_SKIPPED_WORD = r"[^\s,.;:!?]+"
_SKIPPED_WORD_OR_ABBREVIATION = rf"(?:[^\s,.;:!?]|{_ABBREVIATION_DOT})+"
# ... and a character that ends one (which a separator inside a number does not)
_CLAUSE_END = r"[,.;:!?\n]"
_CLAUSE_END_NOT_SEPARATOR = r"(?:[;:!?\n]|(?<!\d)[.,]|[.,](?!\d))"


@lru_cache(maxsize=16)
def _compile(lang: str) -> _Rules:
    data: dict[str, Any] = load_rules(KIND, lang)
    # "{verbs}" in a pattern stands for the language's measure verbs ("open", "set up")
    verbs = alternation(as_list(data.get("measure_verbs")))

    deadlines = alternation(as_list(data.get("deadline_words")))

    def expand(pattern: Any) -> str:
        # a clause's characters run on through a number's separators ("500,000 tonnes",
        # "1.5 million"): the item is not cut inside a number
        return (
            str(pattern)
            .replace("{verbs}", f"(?:{verbs})")
            .replace(_CLAUSE_CHAR, _CLAUSE_CHAR_OR_SEPARATOR)
            .replace(_CLAUSE_END, _CLAUSE_END_NOT_SEPARATOR)
            .replace(_SKIPPED_WORD, _SKIPPED_WORD_OR_ABBREVIATION)
        )

    columns = tuple(
        (str(role), compile_words(tuple(as_list(words))))
        for role, words in (data.get("columns") or {}).items()
    )
    statuses = tuple(
        (str(status), compile_words(tuple(as_list(words))))
        for status, words in (data.get("statuses") or {}).items()
    )
    intro_statuses = tuple(
        (str(status), compile_words(tuple(as_list(words))))
        for status, words in (data.get("intro_statuses") or {}).items()
    )
    prose = tuple(
        _Prose(
            rule=str(p.get("id") or f"prose{i}"),
            pattern=patterns.compile(expand(p["pattern"]), re.IGNORECASE),
            status=str(p.get("status") or "proposed"),
            title=p.get("title"),
            cut=bool(p.get("cut")),
            with_subject=bool(p.get("with_subject")),
            needs=tuple(w.lower() for w in as_list(p.get("needs"))),
            allow_money=bool(p.get("allow_money")),
            min_words=int(p["min_words"]) if p.get("min_words") else None,
            subject_responsible=bool(p.get("subject_responsible")),
            subject_who=bool(p.get("subject_who")),
            needs_who=bool(p.get("needs_who")),
            verb_grammemes=frozenset(str(g) for g in as_list(p.get("verb_grammemes"))),
            verb_not=frozenset(str(w).lower() for w in as_list(p.get("verb_not"))),
            relative=bool(p.get("relative")),
        )
        for i, p in enumerate(data.get("prose") or [])
    )
    lead = "|".join(re.escape(w) for w in as_list(data.get("item_lead_words")))
    responsible_res = tuple(
        patterns.compile(str(p), re.IGNORECASE) for p in as_list(data.get("responsible"))
    )
    return _Rules(
        columns=columns,
        statuses=statuses,
        intro_statuses=intro_statuses,
        intro_re=compile_words(tuple(as_list(data.get("list_intro")))),
        not_intro_re=compile_words(tuple(as_list(data.get("list_not_intro")))),
        max_title_words=int(data.get("max_title_words") or 9),
        max_item_words=int(data.get("max_item_words") or 30),
        item_min_words=int(data.get("item_min_words") or 2),
        noun_item_min_words=int(data.get("noun_item_min_words") or 0),
        compound_letters=int(data.get("compound_noun_letters") or 0),
        compound_item_min_words=int(data.get("compound_item_min_words") or 0),
        compound_vague_re=compile_words(tuple(as_list(data.get("compound_vague")))),
        prose=prose,
        # "d'étudier": an elided lead word needs no blank after it
        lead_re=patterns.compile(rf"^(?:(?:{lead or '(?!x)x'})(?:\s+|(?<=['’])))+", re.IGNORECASE),
        cut_re=patterns.compile(
            rf"(?<!\w)(?:{alternation(as_list(data.get('item_cut_words')))})\s+", re.IGNORECASE
        ),
        split_re=patterns.compile(expand(data.get("item_split") or r"(?!x)x"), re.IGNORECASE),
        due_preps_re=patterns.compile(
            rf"(?:[\s,;(]+(?:{alternation(as_list(data.get('due_preps')))})?)+$", re.IGNORECASE
        ),
        during_visit_re=compile_words(tuple(as_list(data.get("during_visit")))),
        as_planned_re=compile_words(tuple(as_list(data.get("as_planned")))),
        skip_res=tuple(patterns.compile(p) for p in as_list(data.get("skip_if"))),
        # "by the end of 2027" names its year; "by the end of the year" gives only the year
        end_of_re=patterns.compile(
            rf"(?<!\w)(?:{alternation(as_list(data.get('end_of')))})\W+(?:[^\W\d]+\W+){{0,2}}?"
            r"(?:19|20)\d\d(?!\d)",
            re.IGNORECASE,
        ),
        end_of_year_re=compile_words(tuple(as_list(data.get("end_of_year")))),
        responsible_res=responsible_res,
        responsible_needs=tuple(_required_word(p) for p in responsible_res),
        # "a working group that will meet every quarter": a few openers start the clause
        # without a comma
        relative_re=patterns.compile(
            rf"(?:,\s+(?:{alternation(as_list(data.get('relative_openers')))})"
            rf"|\s+(?:{alternation(as_list(data.get('relative_bare_openers')))}))\s",
            re.IGNORECASE,
        )
        if data.get("relative_openers")
        else NEVER,
        bodies_re=compile_words(tuple(as_list(data.get("responsible_bodies")))),
        # a deadline word, anywhere and ending a span; none without such words (an empty
        # alternation would match everywhere)
        deadline_re=patterns.compile(rf"(?<!\w)(?:{deadlines})(?!\w)", re.IGNORECASE)
        if deadlines
        else NEVER,
        deadline_end_re=patterns.compile(rf"(?<!\w)(?:{deadlines})[\s,]*$", re.IGNORECASE)
        if deadlines
        else NEVER,
        state_joiners_re=patterns.compile(
            rf"(?:[\s,&]|(?<!\w)(?:{alternation(as_list(data.get('state_joiners')))})(?!\w))*",
            re.IGNORECASE,
        ),
        subject_tail_re=patterns.compile(
            rf"(?:\s+(?:{alternation(as_list(data.get('subject_tail_words')))}))+\s*$",
            re.IGNORECASE,
        )
        if data.get("subject_tail_words")
        else NEVER,
        term_re=patterns.compile(
            str(data["term_pattern"]).replace(
                "{term}", alternation(list((data.get("term_months") or {}).keys()))
            ),
            re.IGNORECASE,
        )
        if data.get("term_pattern") and data.get("term_months")
        else NEVER,
        term_months={str(k).casefold(): int(v) for k, v in (data.get("term_months") or {}).items()},
        other_clause_re=patterns.compile(str(data["other_clause"]), re.IGNORECASE)
        if data.get("other_clause")
        else NEVER,
        conditional_re=words_pattern(data.get("conditional_openers"), r"(?<!\w)(?:{alt})(?!\w)"),
        morphology=str(
            (load_rules("common", lang).get("options") or {}).get("morphology") or "none"
        ),
        relative_subject_re=words_pattern(data.get("relative_subjects"), r"\s*(?:{alt})\s*"),
        antecedent_lead_re=words_pattern(data.get("antecedent_leads"), r"(?<!\w)(?:{alt})\s+"),
        object_relative_re=words_pattern(
            data.get("object_relatives"), r"\s*(?:{alt})(?:\s+|(?<=['’]))"
        ),
        object_lead_re=words_pattern(data.get("object_antecedent_leads"), r"(?<!\w)(?:{alt})\s+"),
        public_re=patterns.compile(
            rf"(?:{alternation(as_list(data.get('public_addressees')))})(?!\w)", re.IGNORECASE
        )
        if data.get("public_addressees")
        else NEVER,
        continuation_re=patterns.compile(expand(data["item_continuation"]), re.IGNORECASE)
        if data.get("item_continuation")
        else NEVER,
        split_keep_re=compile_words(tuple(as_list(data.get("split_keep_words")))),
        vague_re=patterns.compile(
            rf"^(?:{alternation(as_list(data.get('vague_titles')))})$", re.IGNORECASE
        ),
        named_kind_re=patterns.compile(
            alternation(as_list(data.get("named_kinds"))), re.IGNORECASE
        ),
        adverbial_re=patterns.compile(
            rf"(?:{alternation(as_list(data.get('adverbial_openers')))})\s", re.IGNORECASE
        ),
        determiner_re=patterns.compile(
            rf"(?:{alternation(as_list(data.get('determiners')))})(?:\s|(?<=['’]))",
            re.IGNORECASE,
        )
        if data.get("determiners")
        else patterns.compile(""),
        apposition_re=patterns.compile(
            rf"(?:{alternation(as_list(data.get('apposition_openers')))})(?!\w)", re.IGNORECASE
        )
        if data.get("apposition_openers")
        else patterns.compile(""),
        work_part_re=patterns.compile(alternation(as_list(data.get("work_parts"))), re.IGNORECASE),
        work_kind_re=patterns.compile(alternation(as_list(data.get("work_kinds"))), re.IGNORECASE)
        if data.get("work_kinds")
        else NEVER,
        pronoun_re=patterns.compile(
            rf"(?:{alternation(as_list(data.get('pronoun_subjects')))})(?!\w)"
            if data.get("pronoun_subjects")
            else r"(?!x)x",
            re.IGNORECASE,
        ),
    )


def _required_word(pattern: re.Pattern[str]) -> str | None:
    """The longest run of literal characters (lowered) that every match of `pattern` holds,
    or None when it has none of at least three characters or cannot be told.

    PERF: "(?P<who>[^,.]{3,60}?)\\s+is\\s+in\\s+charge" tries 60 lengths at every position
    of a clause; a clause without "charge" cannot match, and a `find` tells that cheaply.
    """
    if _sre_parser is None:
        return None
    try:
        parsed = _sre_parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # any surprise means: no gate
        LOGGER.debug("cannot analyse pattern %r", pattern.pattern, exc_info=True)
        return None
    c = _sre_constants
    runs: list[str] = []

    def walk(items: list[tuple[Any, Any]]) -> None:
        run = ""
        for op, av in items:
            if op is c.LITERAL:
                run += chr(av)
                continue
            runs.append(run)
            run = ""
            # a group is matched once, a repeat of at least one at least once: what they
            # require is required; anything else (a branch, an option, a look-around) is not
            if op is c.SUBPATTERN and not av[1] and not av[2]:
                walk(list(av[3]))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
                walk(list(av[2]))
        runs.append(run)

    walk(list(parsed))
    best = max(runs, key=len)
    # as in fastscan: only words whose lower case `re` folds letter for letter
    if len(best) < 3 or len(best.lower()) != len(best) or _FOLD_ODDITIES_RE.search(best):
        return None
    return best.lower()


# --- small helpers ---------------------------------------------------------------


def _evidence(text: str, start: int, end: int, rule: str) -> Evidence:
    """Evidence for text[start:end], trimmed of surrounding blanks."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(text[start:end], start, end, rule)


def _names_a_noun(item: str, rules: _Rules) -> bool:
    """True when a capitalised word stands after the item's first (a noun, where the
    language capitalises nouns and says so in its data)."""
    if not rules.noun_item_min_words:
        return False
    return any(w[:1].isupper() for w in _WORD_RE.findall(item)[1:])


def _names_a_compound(item: str, rules: _Rules) -> bool:
    """True when a capitalised word of the item is a long compound ("Machbarkeitsstudie",
    "Logistikzentrum"), which names as much as an English noun phrase, where the language
    builds compounds and says so in its data."""
    if not rules.compound_letters:
        return False
    return any(
        w[:1].isupper()
        and len(w) >= rules.compound_letters
        and not rules.compound_vague_re.fullmatch(w)
        for w in _WORD_RE.findall(item)
    )


def _at_end_of(due: Period, text: str, rules: _Rules) -> Period:
    """ "by the end of 2025", "bis Ende 2026", "d'ici fin 2026", and "by the end of the year",
    "bis Jahresende", "до конца года": due in the year's last month."""
    if (
        due.precision == "year"
        and due.start
        and (rules.end_of_re.search(text) or rules.end_of_year_re.search(text))
    ):
        return Period.month(due.start.year, 12)
    return due


def _clean_cell(cell: str) -> str:
    cell = _HTML_TAG_RE.sub(" ", cell)
    cell = _MARKUP_RE.sub("", cell)
    return " ".join(cell.split()).strip(" .;")


def _status_of(value: str, rules: _Rules) -> str | None:
    for status, pattern in rules.statuses:
        if pattern.search(value):
            return status
    return None


def _parse_due(value: str, lang: str, published: date | None) -> Period:
    if not value.strip():
        return Period.unknown()
    from tracker.extract.engine import parse_period

    try:
        period = parse_period(value, lang, published)
    except Exception:  # a date the engine cannot read leaves the item undated
        LOGGER.debug("unreadable due date %r", value, exc_info=True)
        return Period.unknown()
    return period or Period.unknown()


# --- tables ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Row:
    cells: tuple[str, ...]
    start: int
    end: int
    separator: bool = False


def _split_row(line: str) -> list[str] | None:
    """The cells of one table line, or None when the line is not a table row."""
    # PERF: every cell tag ends with ">", so a line without one needs no regex pass
    if ">" in line and len(_HTML_CELL_RE.findall(line)) >= 2:
        cells = [c for c in _HTML_CELL_RE.split(line)]
        cells = [_clean_cell(c) for c in cells]
        # text before the first cell tag is not a cell
        cells = cells[1:] if cells and not cells[0] else cells
        while cells and not cells[-1]:
            cells.pop()
        return cells if len(cells) >= 2 else None
    if "|" not in line:
        return None
    body = line.strip()
    body = body.removeprefix("|")
    body = body.removesuffix("|")
    cells = [_clean_cell(c) for c in body.split("|")]
    return cells if len(cells) >= 2 else None


_GAP_RE = patterns.compile(r"\S(?:.*?\S)?(?=\s{2,}|\s*$)")


def _fixed_width_cells(line: str, starts: list[int]) -> list[str]:
    """Cells of a space-aligned row, cut at the header's column starts."""
    bounds = [*starts[1:], len(line)]
    return [_clean_cell(line[a:b]) for a, b in zip(starts, bounds, strict=True)]


def _fixed_width_tables(text: str, rules: _Rules) -> list[tuple[str, list[_Row]]]:
    """Tables whose columns are aligned with spaces ("Task    Lead agency    Timeline")."""
    if "  " not in text:
        # PERF: a header is a line holding a run of blanks; most articles hold none, and
        # then no line needs splitting or testing
        return []
    tables: list[tuple[str, list[_Row]]] = []
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    i = 0
    while i < len(lines):
        line = lines[i].rstrip("\r\n")
        plain = "  " in line and "|" not in line and not _HTML_CELL_RE.search(line)
        heads = list(_GAP_RE.finditer(line)) if plain else []
        if len(heads) >= 2 and "title" in _column_roles(tuple(h.group(0) for h in heads), rules):
            starts = [0, *(h.start() for h in heads[1:])]
            rows = [_Row(tuple(h.group(0) for h in heads), offsets[i], offsets[i] + len(line))]
            j = i + 1
            while j < len(lines) and lines[j].strip() and "  " in lines[j]:
                row = lines[j].rstrip("\r\n")
                rows.append(
                    _Row(tuple(_fixed_width_cells(row, starts)), offsets[j], offsets[j] + len(row))
                )
                j += 1
            if len(rows) >= 2:
                intro = next(
                    (lines[k].strip() for k in range(i - 1, -1, -1) if lines[k].strip()), ""
                )
                tables.append((intro, rows))
            i = j
            continue
        i += 1
    return tables


def _tables(text: str) -> list[tuple[str, list[_Row]]]:
    """Runs of consecutive table lines, each with the text line before it (its intro)."""
    # cached: visits (find_tables) and action items read the tables of the same text
    return [(intro, list(rows)) for intro, rows in _tables_cached(text)]


@lru_cache(maxsize=64)
def _tables_cached(text: str) -> tuple[tuple[str, tuple[_Row, ...]], ...]:
    tables: list[tuple[str, list[_Row]]] = []
    current: list[_Row] = []
    intro = last_line = ""
    pos = 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        stripped = line.strip()
        end = start + len(line.rstrip("\r\n"))
        if not stripped:
            continue
        if _SEPARATOR_RE.match(stripped) and "-" in stripped:
            if current:
                current.append(_Row((), start, end, separator=True))
            continue
        cells = _split_row(line)
        if cells is None:
            if current:
                tables.append((intro, current))
            current = []
            last_line = stripped
            continue
        if not current:
            intro = last_line
        current.append(_Row(tuple(cells), start, end))
    if current:
        tables.append((intro, current))
    return tuple((intro, tuple(rows)) for intro, rows in tables)


@dataclass(frozen=True)
class TableRow:
    """One row of a table in the text: its cells and where the row stands."""

    cells: tuple[str, ...]
    start: int
    end: int


def find_tables(text: str) -> list[list[TableRow]]:
    """Pipe, pipe-less and broken-HTML tables of a text, header row first, separators dropped."""
    return [
        [TableRow(r.cells, r.start, r.end) for r in rows if not r.separator]
        for _, rows in _tables(text)
    ]


def measure_rows(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of the body rows of the text's measure tables: those whose header names the
    measure and who is responsible for it or when it is due ("| Мероприятие | Ответственные
    | Срок |"). Their rows are measures, not trips ("Провести бизнес-форум в Кабуле")."""
    rules = _compile(lang)
    spans: list[tuple[int, int]] = []
    for _, table in _tables(text):
        rows = [r for r in table if not r.separator]
        if len(rows) < 2:
            continue
        roles = _column_roles(rows[0].cells, rules)
        if "title" in roles and {"responsible", "due"} & roles.keys():
            spans.extend((r.start, r.end) for r in rows[1:])
    return spans


def _column_roles(header: tuple[str, ...], rules: _Rules) -> dict[str, int]:
    """Which header cell holds the title, responsible, due, description, status."""
    roles: dict[str, int] = {}
    for index, cell in enumerate(header):
        for role, pattern in rules.columns:
            if role not in roles and pattern.search(cell):
                roles[role] = index
                break
    return roles


def _headerless_roles(rows: list[_Row], lang: str, published: date | None) -> dict[str, int]:
    """Columns of a table without a header: the first is the measure, a dated one is due."""
    roles = {"title": 0}
    width = max(len(r.cells) for r in rows)
    for index in range(1, width):
        cells = [r.cells[index] for r in rows if index < len(r.cells) and r.cells[index]]
        dated = sum(1 for c in cells if _parse_due(c, lang, published).precision != "unknown")
        if cells and "due" not in roles and dated * 2 >= len(cells):
            roles["due"] = index
        elif "responsible" not in roles:
            roles["responsible"] = index
    return roles


def _from_tables(text: str, lang: str, published: date | None, rules: _Rules) -> list[ActionItem]:
    items: list[ActionItem] = []
    for intro, table in [*_tables(text), *_fixed_width_tables(text, rules)]:
        clause = _intro_clause(intro) if intro else ""
        intro_status = _intro_status(clause, rules) if clause else None
        intro_who = _intro_subject(clause, rules) if intro_status else None
        rows = [r for r in table if not r.separator]
        if not rows:
            continue
        roles = _column_roles(rows[0].cells, rules)
        if "title" in roles:
            rows = rows[1:]
        elif (
            clause.endswith(":")
            and (intro_status or rules.intro_re.search(clause))
            and not rules.not_intro_re.search(clause)
        ):
            # a table without a header after "the sides signed an action plan:"
            roles = _headerless_roles(rows, lang, published)
        else:
            continue
        for row in rows:
            cells = row.cells

            def cell(
                role: str, cells: tuple[str, ...] = cells, roles: dict[str, int] = roles
            ) -> str:
                index = roles.get(role)
                return cells[index] if index is not None and index < len(cells) else ""

            title = cell("title")
            if not title or not re.search(r"[^\W\d_]", title):
                continue
            due = _at_end_of(_parse_due(cell("due"), lang, published), cell("due"), rules)
            status = _status_of(cell("status"), rules) if "status" in roles else None
            if status is None:
                status = "ongoing" if due.precision == "ongoing" else (intro_status or "proposed")
            items.append(
                ActionItem(
                    title=title,
                    evidence=_evidence(text, row.start, row.end, "action_items.table"),
                    description=cell("description") or None,
                    responsible=cell("responsible") or intro_who,
                    due=due,
                    status=status,
                )
            )
    return items


# --- dates inside an item ---------------------------------------------------------


def _due_and_title(
    item: str, lang: str, published: date | None, rules: _Rules
) -> tuple[str, Period]:
    """The item's due period, and its title without a trailing date ("... by Q4 2025")."""
    from tracker.extract.engine import find_dates

    try:
        dates = find_dates(item, lang, published)
    except Exception:  # an unreadable date leaves the item undated
        LOGGER.debug("dates of %r failed", item, exc_info=True)
        return item, Period.unknown()
    due = Period.unknown()
    if any(d.period.precision == "ongoing" for d in dates):
        due = Period.ongoing()
    else:
        known = [d for d in dates if d.period.known]
        if known:
            due = known[0].period
    title = item
    for d in dates:
        tail = item[d.end :].strip(" .;,:)")
        if d.start > 0 and not tail:
            head = rules.due_preps_re.sub("", item[: d.start])
            if head.strip():
                title = head.strip()
            break
    if title == item and dates and rules.due_preps_re.sub("", " " + item[: dates[0].start]) == "":
        # "bis Ende August ein Register einzurichten": a leading date is no part of the title
        rest = item[dates[0].end :].strip(" ,;:")
        lead = rules.lead_re.match(rest)
        rest = rest[lead.end() :] if lead else rest
        if len(rest.split()) >= 2:
            title = rest
    return title, due


def _without_inner_due(item: str, lang: str, published: date | None, rules: _Rules) -> str:
    """ "die nächste Gesprächsrunde im Juni in Taschkent abzuhalten": the due date inside a
    prose item, with the preposition before it, is no part of the title (a date without
    one is: "the 2021 agreement" keeps its year)."""
    from tracker.extract.engine import find_dates

    try:
        dates = find_dates(item, lang, published)
    except Exception:  # an unreadable date leaves the title whole
        LOGGER.debug("dates of %r failed", item, exc_info=True)
        return item
    for d in dates:
        if d.start == 0 or not d.period.known:
            continue
        head, tail = item[: d.start], item[d.end :].strip(" ,")
        kept = rules.due_preps_re.sub("", head).strip()
        first = item[d.start : d.end].split()[0]
        prep = rules.due_preps_re.search(" " + first)
        if (
            kept
            and tail
            and (len(kept.split()) < len(head.split()) or (prep and prep.group().strip()))
        ):
            return f"{kept} {tail}"
        if not kept and head.strip() and len(tail.split()) >= 2:
            # "bis Ende des ersten Quartals 2027 ein Verfahren ... zu erarbeiten": a deadline
            # opening the item, its preposition before it, leaves the rest as the title
            return tail
        break
    return item


def _intro_status(clause: str, rules: _Rules) -> str | None:
    for status, pattern in rules.intro_statuses:
        if pattern.search(clause):
            return status
    return None


# --- bullet lists ----------------------------------------------------------------


def _intro_clause(line: str) -> str:
    """The last sentence of an intro line: "...building.Key recommendations include:"."""
    body = line.strip()
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(body[:-1])]
    return body[ends[-1] :] if ends else body


def _intro_subject(clause: str, rules: _Rules) -> str | None:
    """Who the items under an intro are for: "The two governments undertook to:" names a
    body just before its verb (auxiliaries apart); "The ministry listed these steps:" does not."""
    starts = [m.start() for _, pattern in rules.intro_statuses if (m := pattern.search(clause))]
    if not starts:
        return None
    head = _item_before(clause[: min(starts)])
    # "Officials said the sides agreed on:": the subject follows the last clause opener
    cuts = list(rules.cut_re.finditer(head))
    head = head[cuts[-1].end() :] if cuts else head
    subject = _clean_cell(rules.subject_tail_re.sub("", head))
    last = None
    for last in rules.bodies_re.finditer(subject):
        pass
    if last is None or last.end() != len(subject):
        return None
    if rules.adverbial_re.match(subject):
        # "В совместном заявлении стороны обязались:": an opening adverbial is no part of who
        return subject[last.start() :]
    return subject if len(subject.split()) <= 6 else None


@lru_cache(maxsize=8)
def _label_re(lang: str) -> re.Pattern[str]:
    """A field label of a list item's detail line: the table header words of who and due."""
    columns = load_rules(KIND, lang).get("columns") or {}
    words = as_list(columns.get("responsible")) + as_list(columns.get("due"))
    return patterns.compile(
        rf"(?:^|(?<=[.;])\s+|\s+[|·]\s+)(?P<label>{alternation(words)})\s*[:—–]\s*",
        re.IGNORECASE,
    )


def _labelled_fields(
    line: str, lang: str, published: date | None
) -> tuple[str | None, Period] | None:
    """Who and due of a line made of labelled fields ("Ответственные: МТИ. Срок: 2028 год."),
    or None when the line does not open with a label."""
    found = list(_label_re(lang).finditer(line))
    if not found or found[0].start() != 0:
        return None
    columns = load_rules(KIND, lang).get("columns") or {}
    due_words = {w.casefold() for w in as_list(columns.get("due"))}
    who: str | None = None
    due = Period.unknown()
    for m, nxt in zip(found, [*found[1:], None], strict=True):
        value = line[m.end() : nxt.start() if nxt else len(line)].strip(" .;")
        if m.group("label").casefold() in due_words:
            due = _parse_due(value, lang, published)
        elif value:
            who = value
    return who, due


def _is_heading(line: str) -> bool:
    """A short line without a sentence's last stop: a page's heading ("Priorities for the
    coming weeks", "Mesures recommandées") introduces the list under it as a colon does."""
    return (
        line[-1].isalnum() and not _BULLET_RE.match(line) and len(line.split()) <= HEADING_MAX_WORDS
    )


def _from_lists(text: str, lang: str, published: date | None, rules: _Rules) -> list[ActionItem]:
    items: list[ActionItem] = []
    status: str | None = None
    intro_who: str | None = None
    accepted = False
    pos = 0
    # a label line belongs to the item right above it (or to its other label lines)
    attachable = False
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        if not line.strip():
            continue
        bullet = _BULLET_RE.match(line.rstrip("\r\n"))
        if bullet is None and attachable:
            # "Ответственные: МТИ, МИД. Срок: 2028 год." under an item: its who and due
            labelled = _labelled_fields(line.strip(), lang, published)
            if labelled is not None:
                items[-1] = replace(
                    items[-1],
                    responsible=labelled[0] or items[-1].responsible,
                    due=labelled[1] if labelled[1].precision != "unknown" else items[-1].due,
                    status="ongoing" if labelled[1].precision == "ongoing" else items[-1].status,
                )
                continue
        attachable = False
        if bullet is None or "|" in line:
            # "**The Sides agreed:**": emphasis around an intro line is no part of it
            intro = line.strip().strip("*_`").strip()
            if not intro.endswith(":") and not _is_heading(intro):
                # PERF: only a line ending in ":" or a short heading introduces a list
                # (status is read only under an accepted intro): no clause or status
                # look-up here
                status, accepted = None, False
                continue
            clause = _intro_clause(intro)
            status = _intro_status(clause, rules)
            # a list of measures, or of what was agreed/demanded; never of problems
            accepted = bool(
                status or rules.intro_re.search(clause)
            ) and not rules.not_intro_re.search(clause)
            intro_who = _intro_subject(clause, rules) if status else None
            continue
        if not accepted:
            continue
        body = bullet.group("body")
        b_start = start + bullet.start("body")
        b_end = start + bullet.end("body")
        # "(zuständig: GIZ)", "– responsible: X –": who, and no part of the measure
        responsible = _responsible(body, rules)
        who = responsible.group("who").strip() if responsible else None
        if responsible:
            body = body.replace(responsible.group(0), " ")
        split = _TITLE_SPLIT_RE.match(body)
        title, description = body, None
        if split and len(split.group("title").split()) <= rules.max_title_words:
            title, description = split.group("title"), split.group("desc")
        relative = None if description else rules.relative_re.search(body)
        if relative and len(body[: relative.start()].split()) >= 2:
            # "Ausbau des Übergangs, für den bis Jahresende ...": the clause describes it
            title, description = body[: relative.start()], body[relative.start() + 1 :]
        title, due = _due_and_title(_clean_cell(title), lang, published, rules)
        if not due.known and due.precision != "ongoing" and published is not None:
            # "3) поручить ... в трехмесячный срок подготовить ...": due when the term ends
            due = _term_due(body, rules, published)
        if relative and description and not due.known and due.precision != "ongoing":
            # "..., which is to open by September": a deadline lies ahead ("that will meet
            # every quarter" is the rhythm of what the measure sets up, not its due)
            described = _due_and_title(_clean_cell(description), lang, published, rules)[1]
            if described.known:
                due = _ahead(described, description, published)
        # "créer une zone franche au cours du second semestre": a measure's half, quarter or
        # month written without a year lies ahead of publication, as in prose
        due = _ahead(due, body, published)
        due = _at_end_of(due, body, rules)
        # "... Turgundi–Herat – bis Mitte 2026": the dash before a removed date or aside
        title = _clean_cell(title).rstrip(" –—-:;,")
        # "Joint inspection at Torkham (customs authorities of both countries, ongoing)": an
        # aside at the end (its due date read off above) that names a body or state is who
        title, aside_who = _trailing_aside(title, rules, lang)
        if aside_who:
            # "... d'ici fin décembre 2025 (OIM, HCR)": the date before the aside ends the title
            title = _clean_cell(_due_and_title(title, lang, published, rules)[0])
        who = who or aside_who
        if not title or len(title.split()) > rules.max_item_words:
            continue
        attachable = True
        items.append(
            ActionItem(
                title=title,
                evidence=_evidence(text, b_start, b_end, "action_items.list"),
                description=_clean_cell(description) if description else None,
                responsible=who or intro_who,
                due=due,
                status="ongoing" if due.precision == "ongoing" else (status or "proposed"),
            )
        )
    return items


_TRAILING_ASIDE_RE = patterns.compile(r"\s*\((?P<inner>[^()]{3,120}?)\)?\s*$")


def _trailing_aside(title: str, rules: _Rules, lang: str) -> tuple[str, str | None]:
    """A title less a bracketed aside at its end that names who ("(Ministries of Commerce"),
    and that who; a title whose aside names no body stays as it is."""
    m = _TRAILING_ASIDE_RE.search(title)
    if m is None or m.start() == 0:
        return title, None
    who = _body_subject(m.group("inner").strip(" ,;"), rules, lang)
    if who is None:
        return title, None
    return title[: m.start()].rstrip(" –—-:;,"), who


# --- prose -----------------------------------------------------------------------


class _Words:
    """Where words stand in one article, each word looked up once.

    PERF: the prose rules of a language share many needed and leading words ("is",
    "will", "plan"): scanning the article for each once, not once per rule, halves the
    cost of finding the rules' matches (issue 4).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        # the text lowered letter for letter as `re` folds case, or None (odd letters)
        self.folded = lowered_text(text)
        self.lowered = self.folded if self.folded is not None else text.lower()
        self._has: dict[str, bool] = {}
        self._starts: dict[str, list[int]] = {}

    def has(self, word: str) -> bool:
        """`word in text.lower()`."""
        found = self._has.get(word)
        if found is None:
            found = self._has[word] = word in self.lowered
        return found

    def starts(self, word: str) -> list[int]:
        """Every offset where `word` (lower case) stands in the folded text, in order."""
        found = self._starts.get(word)
        if found is not None:
            return found
        assert self.folded is not None
        found = self._starts[word] = word_starts(self.text, self.folded, word)
        return found

    def find_all(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """Exactly `list(pattern.finditer(text))`, as `fastscan.find_all` finds it, with the
        places of the pattern's leading words shared between patterns."""
        words = present_words(pattern, self.text)
        if words is None or self.folded is None:
            return list(pattern.finditer(self.text))
        # PERF: the places gathered in C (frequent words such as "will" stand in many)
        starts = sorted(set(itertools.chain.from_iterable(map(self.starts, words))))
        return matches_from(pattern, self.text, starts)


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end], for evidence and dates."""
    lefts = [m.end() for m in _CLAUSE_END_RE.finditer(text, max(0, start - 600), start)]
    left = lefts[-1] if lefts else max(0, text.rfind("\n", 0, start) + 1)
    right_match = _CLAUSE_END_RE.search(text, end)
    right = right_match.start() if right_match else len(text)
    return left, right


def _in_condition(text: str, c_start: int, pos: int, rules: _Rules) -> bool:
    """True when a conditional word stands between the start of the sentence's part that
    holds `pos` and `pos` ("Trade may grow if a new route is opened"; "Если будет открыт
    маршрут, ..."); a condition after the measure ("... by June, if the weather allows")
    leaves it a measure."""
    if rules.conditional_re is NEVER:
        return False
    part = max(c_start, *(text.rfind(c, c_start, pos) + 1 for c in ",;:("))
    return rules.conditional_re.search(text, part, pos) is not None


def _lead_space(text: str, pos: int) -> int:
    """How many blanks and dashes open text[pos:]."""
    return len(text[pos : pos + 8]) - len(text[pos : pos + 8].lstrip(" \t-–—"))


def _stems(title: str) -> set[str]:
    """Crude stems (first five letters of longer words), to compare inflected titles."""
    return {w[:5] for w in re.findall(r"[^\W\d_]{4,}", title.lower())}


def _is_title_line(text: str, pos: int) -> bool:
    """A headline: a line that does not end like a sentence."""
    end = text.find("\n", pos)
    line = text[text.rfind("\n", 0, pos) + 1 : end if end >= 0 else len(text)].rstrip()
    return not line.endswith((".", "!", "?", ":", ";", "»", "”", '"'))


def _prose_item(raw: str, rules: _Rules, cut: bool) -> str:
    # "X stated that a trade agreement would be signed": an item written before
    # its verb starts after the last clause opener
    # (a trailing "that" cuts too: "a committee that | would meet every week")
    cuts = list(rules.cut_re.finditer(raw + " ")) if cut else []
    if cuts:
        raw = raw[cuts[-1].end() :]
    # "- Мост ..., обещанный к 2025 году, ...": a bullet's dash is no part of the item
    raw = _LEAD_BULLET_RE.sub("", raw.strip())
    lead = rules.lead_re.match(raw)
    if lead:
        raw = raw[lead.end() :]
    return _clean_cell(raw)


def _verb_matches(prose: _Prose, text: str, rules: _Rules) -> list[re.Match[str]]:
    """The rule's matches whose `verb` reads with its grammemes ("до марта обеспечивает",
    a present, is no commitment) and is none of its `verb_not` ("посетит"); after a word
    that is not ("Комитет оснастит ..."), the search goes on right behind it."""
    found: list[re.Match[str]] = []
    pos = 0
    while (m := prose.pattern.search(text, pos)) is not None:
        verb = m.group("verb").lower()
        if verb not in prose.verb_not and has_grammemes(
            verb, prose.verb_grammemes, rules.morphology
        ):
            found.append(m)
            pos = m.end()
        else:
            pos = m.end("verb")
    return found


def _from_prose(
    text: str, lang: str, published: date | None, rules: _Rules, seen: list[ActionItem]
) -> list[ActionItem]:
    items: list[ActionItem] = []
    known_stems: set[str] = set()
    for item in seen:
        known_stems |= _stems(item.title)
    # a table row or a bullet already read is no prose ("* a joint commission will review ...")
    read = sorted((item.evidence.start, item.evidence.end) for item in seen)
    scan = _Words(text)
    main: tuple[str, ...] | None = None  # the document's two main countries, when first asked
    for prose in rules.prose:
        # PERF: a substring test is far cheaper than scanning with the pattern
        if prose.needs and not any(scan.has(word) for word in prose.needs):
            continue
        found = (
            _verb_matches(prose, text, rules)
            if prose.verb_grammemes
            else scan.find_all(prose.pattern)
        )
        for m in found:
            if any(a <= m.start() < b for a, b in read):
                continue
            c_start, c_end = _clause_bounds(text, m.start(), m.end())
            if text.startswith("?", c_end):
                # a briefing's question ("Plant Moskau, ein Konsulat zu eröffnen?", "Планирует
                # ли Москва открыть ...?") asks about a measure and commits to none
                continue
            clause = text[c_start:c_end]
            if _in_condition(text, c_start, m.start(), rules) or (
                "item" in m.re.groupindex
                and m.start("item") >= 0
                and rules.conditional_re.match(
                    text, m.start("item") + _lead_space(text, m.start("item"))
                )
            ):
                continue  # "agreed that if funding is found, ...": the condition is no measure
            if prose.subject_responsible:
                # a plan stated by a country for itself: only the document's own countries'
                if main is None:
                    main = tuple(document_countries(text, lang)[:2])
                if _third_countries(text[c_start : m.end()], lang, main):
                    continue
            during_visit = published is not None and rules.during_visit_re.search(clause)
            if "item" in prose.pattern.groupindex and prose.with_subject:
                # "Der Grenzmarkt in Milak soll wieder öffnen": subject, verb and object
                head = text[max(c_start, m.start() - _MAX_ITEM_CHARS) : m.start()]
                raw = _item_before(head) + m.group(0)
            elif "item" in prose.pattern.groupindex:
                raw = m.group("item")
                if text[m.end() : m.end() + 3].lstrip().startswith(":"):
                    # "(responsible: the customs services)": a labelled aside ends the item
                    aside = raw.rfind("(")
                    if aside < 0 or ")" in raw[aside:]:
                        continue  # "agreed on the following steps:" introduces a list
                    raw = raw[:aside]
            else:
                # "a joint task force has been proposed": the item is the clause
                # before the verb (found from the verb: no costly leading wildcard)
                head = text[max(c_start, m.start() - _MAX_ITEM_CHARS) : m.start()]
                # a work to be done may be told of a thing named before a relative pronoun
                # (a body's rhythm, "qui se réunira chaque mois", is none)
                raw = _subject_before_apposition(head, rules, relative=prose.relative)
            # an item holding a money figure is a trade target, not an action item
            if not prose.allow_money and any(skip.search(raw) for skip in rules.skip_res):
                continue
            # the article lowered letter for letter lowers each clause the same way
            folded = scan.folded[c_start:c_end] if scan.folded is not None else None
            responsible = _responsible(clause, rules, folded)
            who = responsible.group("who").strip() if responsible else None
            if responsible:
                # "with the ministry in charge" names who, it is no part of the measure
                raw = raw.replace(responsible.group(0), " ")
            subject_due = Period.unknown()
            if not responsible and (
                prose.subject_responsible or prose.with_subject or prose.subject_who
            ):
                head = text[max(c_start, m.start() - _MAX_ITEM_CHARS) : m.start()]
                subject = _item_before(head)
                if prose.subject_responsible:
                    # "Комитет с понедельника начнёт ...": a date between subject and verb
                    subject, subject_due = _subject_and_due(subject, lang, published, rules)
                elif prose.subject_who:
                    # "On Monday the two sides agreed to ...": the date is no part of who
                    subject = _subject_without_date(subject, lang, published)
                who = _body_subject(subject, rules, lang)
            if "who" in prose.pattern.groupindex and m.group("who"):
                # "urged donors to fund ...", "demande aux bailleurs de financer ...": the
                # rule names who is asked to act
                named = _clean_cell(m.group("who"))
                lead = rules.lead_re.match(named)
                named = named[lead.end() :] if lead else named
                if rules.public_re.match(named):
                    continue
                who = named or who
            # "the agreement, which the two sides agreed to sign by December": a bare verb
            # takes its object from before the relative pronoun (set AL)
            antecedent = (
                _object_antecedent(text, c_start, m.start(), rules)
                if prose.subject_who and "item" in prose.pattern.groupindex
                else None
            )
            if antecedent is not None and not responsible:
                head = text[max(c_start, m.start() - _MAX_ITEM_CHARS) : m.start()]
                subject = rules.object_relative_re.sub("", _item_before(head), count=1)
                who = _body_subject(_subject_without_date(subject, lang, published), rules, lang)
            if prose.needs_who and not who:
                continue
            # "agreed to extend X and to begin Y": two items
            parts = _split_item(raw, rules)
            if "item" in prose.pattern.groupindex:
                # "обязалась открыть X, а во втором полугодии начать Y": Y is a second one
                more = rules.continuation_re.match(text, m.end())
                # "will launch X, open Y and simplify Z": a run of measures, each after the last
                for _ in range(_MAX_CONTINUATIONS):
                    if not more:
                        break
                    parts.extend(_split_item(more.group("item"), rules))
                    more = rules.continuation_re.match(text, more.end())
            for part in parts:
                item, due = _due_and_title(
                    _prose_item(part, rules, prose.cut), lang, published, rules
                )
                if due.known:
                    item = _without_inner_due(item, lang, published, rules)
                if (
                    prose.cut
                    and not prose.allow_money
                    and any(skip.search(item) for skip in rules.skip_res)
                ):
                    # an item cut out of its clause is judged again alone: "Uzbek officials
                    # say no such meeting is planned" leaves "no such meeting"
                    continue
                if antecedent is not None and len(_WORD_RE.findall(item)) == 1:
                    item = f"{item} {antecedent}"
                if (
                    item
                    and prose.cut
                    and prose.title is None
                    and "item" not in prose.pattern.groupindex
                    and (
                        rules.work_part_re.fullmatch(item)
                        # "The pipeline is to be completed by 2029": a work named only by its
                        # kind too, unless it stands for a measure's thing before a relative
                        # pronoun ("agreed to build a pipeline, which is to be completed")
                        or (
                            rules.work_kind_re.fullmatch(item)
                            and not _after_relative_pronoun(text, c_start, m.start(), rules)
                        )
                    )
                ):
                    # "Le tronçon doit être achevé d'ici ...": a stretch of a work named only by
                    # its kind is a measure with what is to be done to it ("the first phase" is
                    # a fragment of a plan, and stays none)
                    item = f"{item} {_clean_cell(m.group(0))}"
                # "« étudier »": quotes and dashes are no words
                words = len(_WORD_RE.findall(item))
                min_words = prose.min_words or rules.item_min_words
                if words < min_words and _names_a_noun(item, rules):
                    min_words = rules.noun_item_min_words
                if words < min_words and _names_a_compound(item, rules):
                    # "die Machbarkeitsstudie bis Ende Juni abzuschließen" (set AF)
                    min_words = rules.compound_item_min_words
                if words < min_words and rules.named_kind_re.fullmatch(item):
                    min_words = words  # "Transitprotokoll unterzeichnen": a named agreement
                if words < min_words or words > rules.max_item_words:
                    continue
                if rules.vague_re.match(item):
                    continue  # "Première phase": a fragment names no measure
                if rules.pronoun_re.match(item):
                    continue  # "Sie soll ... abgeschlossen sein": the measure is named before
                stems = _stems(item)
                # a headline repeating the items of a list below it
                if (
                    _is_title_line(text, m.start())
                    and stems
                    and len(stems & known_stems) * 2 >= len(stems)
                ):
                    continue
                if (
                    stems & known_stems
                    and rules.as_planned_re.pattern
                    and rules.as_planned_re.search(text, c_start, c_end)
                ):
                    continue  # "the fund is on track, as planned": a table's measure again
                if not due.known and due.precision != "ongoing":
                    # "... should be restored by June": the date after the verb
                    # "... by mid-December, and WFP will extend it until March": not the
                    # next clause's date
                    other = rules.other_clause_re.search(text, m.end(), c_end)
                    due = _due_after(
                        text, m.end(), other.start() if other else c_end, lang, published
                    )
                if not due.known and due.precision != "ongoing" and prose.cut:
                    # "... ist für das zweite Quartal geplant": the date inside the verb's match
                    due = _due_after(text, m.start(), m.end(), lang, published)
                if not due.known and due.precision != "ongoing":
                    due = subject_due
                if not due.known and due.precision != "ongoing":
                    # "Bis Ende Januar soll ...", "By March the ministry will ...": a deadline
                    # written before the verb
                    # (or between the one asked and the measure: "просит X до 30 июня разработать")
                    head_end = (
                        m.start("item")
                        if "item" in m.re.groupindex and m.start("item") >= 0
                        else m.start()
                    )
                    due = _due_before(text, c_start, head_end, clause, lang, published, rules)
                if not due.known and due.precision != "ongoing" and during_visit:
                    assert published is not None
                    due = Period.month(published.year, published.month)
                if not due.known and due.precision != "ongoing" and published is not None:
                    # "Министерству ... в двухмесячный срок создать ...": due when the term ends
                    due = _term_due(clause, rules, published)
                term = rules.term_re.match(item)
                if term and len(item[term.end() :].split()) >= min_words:
                    item = item[term.end() :].strip()  # the term is no part of the title
                if (
                    not due.known
                    and due.precision != "ongoing"
                    and (prose.subject_responsible or prose.with_subject)
                    and _relative_subject(text, c_start, m.start(), rules)
                ):
                    # "agreed to open a centre, which will train nurses": what a thing named
                    # before will do, with no deadline of its own, describes it (set AK)
                    continue
                due = _ahead(due, clause, published)
                due = _at_end_of(due, clause, rules)
                title = prose.title.format(item=item) if prose.title else item
                # 'to «harmonise» tariffs': a quoted lone verb opening the title is a word
                title = _QUOTED_LEAD_RE.sub(r"\1", title)
                title = title[:1].upper() + title[1:]
                items.append(
                    ActionItem(
                        title=title,
                        evidence=_evidence(text, c_start, c_end, f"action_items.{prose.rule}"),
                        due=due,
                        status=prose.status,
                        responsible=who,
                    )
                )
    return items


_QUOTE_PAIRS = {"«": "»", "„": "“"}
# a title opening with one quoted word: '«harmonise» tariffs', '"review" the rules'
_QUOTED_LEAD_RE = patterns.compile(r"^[«\"“‘„](\w+)[»\"”’“](?=\s)")


def _relative_subject(text: str, c_start: int, verb: int, rules: _Rules) -> bool:
    """The verb's subject is a relative pronoun after a comma (", which will train")."""
    head = text[max(c_start, verb - _MAX_ITEM_CHARS) : verb]
    if "," not in head:
        return False
    return rules.relative_subject_re.fullmatch(_item_before(head)) is not None


def _item_before(head: str) -> str:
    """The clause that ends `head`: after its last separator outside quotes.

    «Kerki - Shibirgan» is a name, its dash no clause break.
    """
    cut = 0
    for m in _ITEM_BEFORE_RE.finditer(head):
        before = head[: m.start()]
        if any(before.count(o) > before.count(c) for o, c in _QUOTE_PAIRS.items()):
            continue
        # English “...”: the German closing “ is the English opening one
        if before.count("“") - before.count("„") > before.count("”"):
            continue
        cut = m.end()
    return head[cut:]


def _subject_before_apposition(head: str, rules: _Rules, *, relative: bool = False) -> str:
    """The clause that ends `head`; when the verb follows a comma, the clause before an
    apposition: "Le premier tronçon, long de 10 kilomètres, | doit être achevé" (where the
    language opens a subject with a determiner, the apposition is what opens with none)."""
    raw = _item_before(head)
    pronoun = rules.relative_subject_re.fullmatch(raw) if relative else None
    if pronoun is not None:
        # "signed an agreement on a power line, which is to be completed by 2028": the
        # measure is the thing named before the comma, after the words that lead to it
        before = head[: len(head) - len(raw)].rstrip()
        if before.endswith(","):
            # (a dash may join a name here: "дорогу Термез — Кабул")
            antecedent = before[:-1]
            antecedent = antecedent[max(map(antecedent.rfind, ",;:.!?\n")) + 1 :]
            leads = list(rules.antecedent_lead_re.finditer(antecedent))
            if leads:
                antecedent = antecedent[leads[-1].end() :]
            if "head" in pronoun.re.groupindex and pronoun.group("head"):
                # "дорогу Термез — Кабул, строительство которой ...": the work done to it
                return f"{pronoun.group('head')} {antecedent}"
            return antecedent
        return raw
    if raw.strip() or not head.rstrip().endswith(","):
        return raw
    before = head.rstrip()[:-1]
    apposition = _item_before(before)
    if not rules.determiner_re.pattern:
        # no determiners: an apposition is known by the participle that opens it
        if not rules.apposition_re.pattern or not rules.apposition_re.match(apposition.strip()):
            return raw
    elif rules.determiner_re.match(apposition.strip()):
        return raw
    before = before[: len(before) - len(apposition)].rstrip()
    if not before.endswith(","):
        return raw
    subject = _item_before(before[:-1])
    if not rules.determiner_re.pattern:
        return subject
    return subject if rules.determiner_re.match(subject.strip()) else raw


def _after_relative_pronoun(text: str, c_start: int, start: int, rules: _Rules) -> bool:
    """True when the clause ending at `start` opens with a subject's relative pronoun after
    a comma: "..., which is to be completed by 2029"."""
    head = text[max(c_start, start - _MAX_ITEM_CHARS) : start]
    raw = _item_before(head)
    if rules.relative_subject_re.fullmatch(raw) is None:
        return False
    return head[: len(head) - len(raw)].rstrip().endswith(",")


def _object_antecedent(text: str, c_start: int, start: int, rules: _Rules) -> str | None:
    """The thing named before a comma and an object's relative pronoun that opens the
    clause ending at `start`: "the power purchase agreement" of "... discussed the power
    purchase agreement, which the two sides agreed to sign", "l'accord, que les deux
    parties se sont engagées à signer", "соглашение, которое стороны договорились
    подписать"; else None."""
    head = text[max(c_start, start - _MAX_ITEM_CHARS) : start]
    raw = _item_before(head)
    pronoun = rules.object_relative_re.match(raw)
    if pronoun is None or not raw[pronoun.end() :].strip():
        # ("the council, which decided to act": a subject's pronoun)
        return None
    before = head[: len(head) - len(raw)].rstrip()
    if not before.endswith(","):
        return None
    antecedent = before[:-1]
    antecedent = antecedent[max(map(antecedent.rfind, ",;:.!?\n")) + 1 :]
    leads = list(rules.object_lead_re.finditer(antecedent))
    if leads:
        antecedent = antecedent[leads[-1].end() :]
    return _clean_cell(antecedent) or None


def _drop_restated(text: str, items: list[ActionItem]) -> list[ActionItem]:
    """Prose items less a headline summing up a measure the body states, and a clause's copy.

    "Kabul and Tashkent agreed to speed up the rail link" over "the survey of the rail
    link will be completed by October" is one measure; so are two rules reading one clause
    ("the survey of the rail link" / "... will be completed"): the shorter title stays.
    """
    stems = [_stems(item.title) for item in items]
    heads = [_is_title_line(text, item.evidence.start) for item in items]
    kept: list[ActionItem] = []
    for i, item in enumerate(items):
        restated = False
        for j, other in enumerate(items):
            if i == j or not stems[i] or not stems[j]:
                continue
            shared = len(stems[i] & stems[j])
            if heads[i] and not heads[j] and shared * 2 >= len(stems[i]):
                restated = True  # a headline summing up a body item
            same_clause = item.evidence.start == other.evidence.start
            if same_clause and stems[j] < stems[i]:
                restated = True  # a longer reading of the same clause
            if restated:
                break
        if not restated:
            kept.append(item)
    return kept


def _third_countries(span: str, lang: str, main: tuple[str, ...]) -> bool:
    """ "China plans to open a hub in Kazakhstan" in an article on Kabul and Tashkent: the
    measure's subject and object name countries, none of them the document's own."""
    named = {c.code for c in find_countries(span, lang)}
    return bool(named) and bool(main) and named.isdisjoint(main)


def _split_item(raw: str, rules: _Rules) -> list[str]:
    """ "open X and launch Y": the parts of a two-part measure.

    A part that points back ("and hold its meetings monthly") stays with the one before.
    """
    spans: list[list[int]] = []
    start = 0
    for m in [*rules.split_re.finditer(raw), None]:
        end = m.start() if m else len(raw)
        if spans and rules.split_keep_re.search(raw[start:end]):
            spans[-1][1] = end
        else:
            spans.append([start, end])
        start = m.end() if m else len(raw)
    return [raw[a:b] for a, b in spans]


def _subject_and_due(
    subject: str, lang: str, published: date | None, rules: _Rules
) -> tuple[str, Period]:
    """A subject cut before its first date and the preposition that opens it ("Таможенный
    комитет с 1 мая упростит"), and that date when it lies ahead."""
    from tracker.extract.engine import find_dates

    try:
        dates = find_dates(subject, lang, published)
    except Exception:  # an unreadable date leaves the subject whole
        LOGGER.debug("dates of %r failed", subject, exc_info=True)
        return subject, Period.unknown()
    if not dates:
        return subject, Period.unknown()
    first = dates[0]
    due = (
        first.period
        if first.period.known and not _reported_day(first.period, published)
        else Period.unknown()
    )
    return rules.due_preps_re.sub("", subject[: first.start]), due


# A state named as a subject: by its name, its capital or its government's alias (an
# adjective or demonym alone, "Afghans", names people, not who acts).
_STATE_FORMS = frozenset({"name", "capital", "alias"})


def _body_subject(subject: str, rules: _Rules, lang: str) -> str | None:
    """The subject of a measure when it names a body ("the transport ministry") or a state
    ("Islamabad", "Le Turkménistan", "Pakistan and Iran"), else None."""
    # "Tehran has | pledged to": the auxiliary before the verb is no part of the subject;
    # "— Душанбе обязался": an interview's answer dash neither
    subject = _clean_cell(rules.subject_tail_re.sub("", subject)).lstrip("—–-•*» ")
    lead = rules.lead_re.match(subject)
    subject = subject[lead.end() :] if lead else subject
    if rules.adverbial_re.match(subject):
        # "По итогам переговоров иранская сторона пообещала ...": who is the body that ends
        # the subject, not the adverbial before it
        last = None
        for last in rules.bodies_re.finditer(subject):
            pass
        if last is not None and last.end() == len(subject):
            return subject[last.start() :]
    if not subject or len(subject.split()) > 6:
        return None
    if (
        rules.bodies_re.search(subject)
        or _ACRONYMS_RE.fullmatch(subject)
        or _names_states(subject, rules, lang)
    ):
        return subject
    return _named_person(subject, lang)


# "IOM, UNHCR", "МТИ, МИД", "OIM et HCR": agencies named by their initials only
_ACRONYMS_RE = patterns.compile(
    r"[A-ZА-ЯЁ]{2,6}(?:(?:\s*[,/&]\s*|\s+[^\W\d_]{1,3}\s+)[A-ZА-ЯЁ]{2,6})*"
)


def _named_person(subject: str, lang: str) -> str | None:
    """The name of the one official a subject names ("Bundesinnenminister Alexander
    Dobrindt kündigte an, ..."), in base form, else None."""
    if not any(word[:1].isupper() for word in subject.split()[1:]):
        return None  # PERF: a name is written in capitals past the subject's first word
    from tracker.extract.people import find_people

    found = [p for p in find_people(subject, lang) if p.name]
    if len(found) != 1 or subject[found[0].end :].strip(" ,"):
        return None  # none, several, or a name followed by more words
    return str(found[0].name)


def _names_states(subject: str, rules: _Rules, lang: str) -> bool:
    """True when the subject is nothing but states' names joined by "and" or commas."""
    named = find_countries(subject, lang)
    if not named or any(c.form not in _STATE_FORMS for c in named):
        return False
    pos = 0
    for c in named:
        if rules.state_joiners_re.fullmatch(subject, pos, c.start) is None:
            return False
        pos = c.end
    return rules.state_joiners_re.fullmatch(subject, pos) is not None


def _responsible(clause: str, rules: _Rules, folded: str | None = None) -> re.Match[str] | None:
    """'with X in charge', 'federführend ist X', 'sous la responsabilité de X'.

    `folded`, when known, is the clause lowered as `fastscan.lowered_text` lowers it.
    """
    for pattern, needed in zip(rules.responsible_res, rules.responsible_needs, strict=True):
        if needed is not None and folded is not None and needed not in folded:
            continue  # PERF: a word every match holds is missing
        m = search(pattern, clause)
        if m and m.group("who").strip():
            return m
    return None


def _due_after(text: str, start: int, end: int, lang: str, published: date | None) -> Period:
    """The first date written between the verb and the end of its sentence."""
    from tracker.extract.engine import find_dates

    if end <= start:
        return Period.unknown()
    try:
        dates = find_dates(text[start:end], lang, published)
    except Exception:  # an unreadable date leaves the item undated
        LOGGER.debug("dates after %r failed", text[start:end], exc_info=True)
        return Period.unknown()
    # "..., the ministry announced on Monday": a day up to publication is the report's own
    # "will meet every quarter": a recurring measure, with no date, is ongoing; not a rhythm
    # after a comma ("créer un groupe de travail, qui se réunira chaque mois": the group's)
    return next(
        (d.period for d in dates if d.period.known and not _reported_day(d.period, published)),
        next(
            (
                d.period
                for d in dates
                if d.period.precision == "ongoing" and "," not in text[start : start + d.start]
            ),
            Period.unknown(),
        ),
    )


def _due_before(
    text: str,
    start: int,
    end: int,
    clause: str,
    lang: str,
    published: date | None,
    rules: _Rules,
) -> Period:
    """A deadline between a sentence's start and the verb: a date after a deadline word
    ("Bis Ende Januar soll ...", "By March, ...") that lies ahead of publication; "Seit
    Januar", "In 2023" are no deadlines."""
    if end <= start or not rules.deadline_re.search(text, start, end):
        return Period.unknown()  # PERF: no deadline word, no date to read
    from tracker.extract.engine import find_dates

    head = text[start:end]
    try:
        dates = find_dates(head, lang, published)
    except Exception:  # an unreadable date leaves the item undated
        LOGGER.debug("dates before %r failed", head, exc_info=True)
        return Period.unknown()
    for d in dates:
        # the deadline word stands just before the date or opens it ("by the end of March")
        if not (
            rules.deadline_end_re.search(head[: d.start]) or rules.deadline_re.match(head, d.start)
        ):
            continue
        if not d.period.known or _reported_day(d.period, published):
            continue
        found = _ahead(d.period, clause, published)
        if published is None or found.end is None or found.end >= published:
            return found
    return Period.unknown()


def _subject_without_date(subject: str, lang: str, published: date | None) -> str:
    """A subject less a date in it: "On Monday the two sides" -> "the two sides"."""
    from tracker.extract.engine import find_dates

    try:
        dates = find_dates(subject, lang, published)
    except Exception:  # an unreadable date leaves the subject whole
        LOGGER.debug("dates of %r failed", subject, exc_info=True)
        return subject
    if not dates:
        return subject
    before, after = subject[: dates[0].start], subject[dates[-1].end :]
    # "On | Monday": a lone preposition before the date leaves the words after it
    return after if len(before.split()) <= 1 else before


def _reported_day(period: Period, published: date | None) -> bool:
    """A single day on or before publication: when something was said, not a deadline."""
    return (
        published is not None
        and period.precision == "day"
        and period.end is not None
        and period.end <= published
    )


def _term_due(clause: str, rules: _Rules, published: date) -> Period:
    """The month a term written as one word runs out in ("в трехмесячный срок" from
    publication), or an unknown period when the clause names none."""
    m = rules.term_re.search(clause)
    if m is None:
        return Period.unknown()
    months = rules.term_months.get(m.group("term").casefold())
    if months is None:
        return Period.unknown()
    index = published.year * 12 + published.month - 1 + months
    return Period.month(index // 12, index % 12 + 1)


# A wire dateline opening the sentence: place, date with its year, agency, dash
# ("KABUL, 20 November 2026 - ...", "Berlin, 10.11.2026 (dpa) – ...").
_DATELINE_RE = patterns.compile(
    r"\W*[A-ZÀ-ÖØ-ÞА-ЯЁ][\w .'/-]{1,28},[ \t]*[^–—\n]{0,24}?\d{4}\.?[ \t]*"
    r"(?:\([^()\n]{1,40}\)[ \t]*)?[–—-]\s"
)


def _ahead(due: Period, clause: str, published: date | None) -> Period:
    """A measure due 'by August' written without a year lies ahead of publication."""
    if published is None or not due.known or due.end is None or due.end >= published:
        return due
    assert due.start is not None
    # Only the due date's own year, written out, keeps it in the past: another date's
    # year in the sentence ("by 1 September 2026, and ... before the end of June") does not,
    # nor does the year of the dateline that opens it ("KABUL, 20 November 2026 - ...").
    dateline = _DATELINE_RE.match(clause)
    if str(due.start.year) in clause[dateline.end() if dateline else 0 :]:
        return due
    try:
        return Period(
            due.start.replace(year=due.start.year + 1),
            due.end.replace(year=due.end.year + 1),
            due.precision,
        )
    except ValueError:  # 29 February
        return due


# --- entry point -------------------------------------------------------------------


def _key(title: str) -> str:
    return " ".join(re.findall(r"\w+", title.lower()))


def _dedupe(items: list[ActionItem]) -> list[ActionItem]:
    """One item per title: the first wins, later copies only fill its empty fields."""
    by_key: dict[str, ActionItem] = {}
    order: list[str] = []
    for item in items:
        key = _key(item.title)
        if not key:
            continue
        old = by_key.get(key)
        if old is None:
            by_key[key] = item
            order.append(key)
            continue
        by_key[key] = ActionItem(
            title=old.title,
            evidence=old.evidence,
            description=old.description or item.description,
            responsible=old.responsible or item.responsible,
            due=old.due if old.due.precision != "unknown" else item.due,
            status=old.status,
        )
    return [by_key[k] for k in order]


def extract_action_items(text: str, lang: str, published: date | None) -> list[ActionItem]:
    """Action items of one cleaned text: tables, then lists, then prose, each once."""
    if not text or not text.strip():
        return []
    rules = _compile(lang)
    try:
        items = [
            *_from_tables(text, lang, published, rules),
            *_from_lists(text, lang, published, rules),
        ]
        items += _drop_restated(text, _from_prose(text, lang, published, rules, items))
    except (ValueError, IndexError, re.error):  # never fail a document on odd text
        LOGGER.exception("action item extraction failed; document keeps no action items")
        return []
    return _dedupe(items)
