"""Visits: trips, meetings, delegations and events between officials of two countries.

A sentence is a candidate when it holds a visit word from
`data/visits/<lang>.yaml` and no "video conference" word. The host is the
country of the city named (`find_places`), or of a country named right after
the visit word ("a visit to Afghanistan"), or of the counterpart met ("met
with Taliban officials"). The visitor is the person with a role and country
(`people.find_people`), or the delegations' countries ("delegations from
Uzbekistan, Turkmenistan"), or another country named in the sentence, or,
when the sentence names a city, the document's main other country. Mentions of
one visit (headline, lead, body) are merged (issue 4).
"""

from __future__ import annotations

import itertools
import logging
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise
from typing import Any

from tracker.extract import patterns
from tracker.extract.action_items import find_tables, measure_rows
from tracker.extract.engine import (
    CountryMention,
    DateMention,
    PlaceMention,
    Segment,
    find_countries,
    find_dates,
    find_money,
    find_places,
    make_evidence,
    parse_number,
    split_segments,
)
from tracker.extract.fastscan import find_all, search
from tracker.extract.people import PersonMention, find_people, normalise_name
from tracker.extract.rules import (
    NEVER,
    alternation,
    as_list,
    compile_words,
    load_rules,
    words_pattern,
)
from tracker.records import Period, Visit

LOGGER = logging.getLogger(__name__)

KIND = "visits"
# Evidence longer than this is cut to the clause around the visit word.
_MAX_QUOTE = 260
# How far before an event word a body's name word may stand ("Policy " in "Policy Forum").
_NAME_REACH = 30
_NOT_VISIT_REACH = 80
# Between the two dates of a stay: blanks and a dash or one short word ("and", "und",
# "и", "et", "to", "bis", "au", "по")
_SPAN_JOIN_RE = patterns.compile(r"\s*(?:[-–—]|[^\W\d_]{1,3})\s*")
# Two days joined so inside one date ("9 au 12 novembre", "9-12 November", "9. bis 12.")
_DAY_SPAN_RE = patterns.compile(r"(?<!\d)\d{1,2}\.?\s*(?:[-–—]|[^\W\d_]{1,3})\s*\d{1,2}(?!\d)")
# How far (characters) a country may stand from "delegation" to be the delegation's.
_STRONG_REACH = 30
# A date this close after a speech verb ("said Tuesday") dates the statement, not the visit.
SAID_REACH = 24
# A country this close after "under the auspices of" is a mediator, not a side.
MEDIATOR_REACH = 40
# A date this close after an amount of money is the goal's deadline, not a visit's date.
MONEY_DATE_GAP = 12
# "At the invitation of the Minister of Foreign Affairs of X, Y": how far after the
# invitation words the inviter's name may begin (a title of office stands between).
INVITER_WINDOW = 100
_WORD_RE = patterns.compile(r"[^\W\d_]+")
_DIGIT_RE = patterns.compile(r"\d")
# A wire dateline's place before its date ("ALMATY, March 3 (Xinhua) --"): the date is the
# report's, not the visit's
_DATELINE_LEAD = patterns.compile(r"\W*[A-ZÀ-ÖØ-ÞА-ЯЁ][A-ZÀ-ÖØ-ÞА-ЯЁ .'/-]{1,40},\s*")
# ... and one whose place is written in title case ("Moskau, 12. November 2026 -", "Москва,
# 12 ноября", "Moscou, 12 novembre"): a place the gazetteer knows, so that "Am Dienstag,
# 12. November" stays a date of the text (held-out set AJ)
_TITLE_DATELINE_LEAD = patterns.compile(
    r"\W*(?P<place>[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]+(?:[ -][A-ZÀ-ÖØ-ÞА-ЯЁ]?[^\W\d_]+)?)[.,]\s*"
)
_WORD_BEFORE_SPACE_RE = patterns.compile(r"[^\s,.;:!?()]+(?=\s+)")
_HARD_BREAK_RE = patterns.compile(r"\s[–—-]\s|;|:\s")
# A headline is a short line without a sentence end ("Minister to lead mission to Kabul").
HEADLINE_MAX_CHARS = 160
# Country mentions in the first _LEAD_CHARS characters (headline, lead) count
# _LEAD_WEIGHT times when deciding the document's other side.
_LEAD_CHARS = 400
_LEAD_WEIGHT = 3
# Country mentions that name a city stand for the host, never the visitor.
_PLACE_FORMS = frozenset({"capital"})
# A held visit whose written date ended this long before publication is history
# ("a forum in Antalya in 2022, the last time ...", "the embassy team sent in 2022"),
# not news: at most an optional fact, so it is not reported.
_HISTORY_DAYS = 540
# Markdown bold / italics markers ("**Name Surname**", "__Name__").
_EMPHASIS_RE = patterns.compile(r"\*{1,3}|_{2,3}")
_CAPGROUP_RE = patterns.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w’'-]*(?:[ \t]+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w’'-]*){0,3}")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


@dataclass(frozen=True)
class _Rules:
    trigger_re: re.Pattern[str]
    weak_re: re.Pattern[str]
    # "has been in Kabul since Sunday": weak visit words telling of a stay, which count only
    # after an official named in their clause (see _stayer_before)
    stay_re: re.Pattern[str]
    official_re: re.Pattern[str]
    held_re: re.Pattern[str]
    # held markers in the present tense ("arrives in"): no past to move a date into
    present_held: frozenset[str]
    not_visit_re: re.Pattern[str]
    # "принял приглашение посетить": an invitation accepted calls no visit off
    accepted_re: re.Pattern[str]
    # the not_visit words that extend an invitation ("lud ... ein", "invited")
    invitation_words_re: re.Pattern[str]
    # a trip denied or put off ("denied reports that", "wurde verschoben"): none in the
    # whole sentence, and none in the sentence before a denial ("no such trip") either
    denied_re: re.Pattern[str]
    denied_next_re: re.Pattern[str]
    # a trip put off ("has been postponed"), and the next sentence's new date for it ("Elle
    # aura finalement lieu les 9 et 10 décembre")
    postponed_re: re.Pattern[str]
    rescheduled_re: re.Pattern[str]
    # "was postponed to 20 April": the words before a new date in the trip's own sentence
    postponed_to_re: re.Pattern[str]
    # ", but", ", während", ", однако", ", mais": a contrast between two clauses, one of
    # which may put a trip off while the other tells of one that happened
    contrast_re: re.Pattern[str]
    # "told a press conference in Tashkent that ...": a visit word naming where something
    # was said, and the word opening what was said there (see _apart_from_reported)
    press_event_re: re.Pattern[str]
    # "über die Lage in Afghanistan", "the situation in Afghanistan": a country talked about,
    # no side of the article (see _situation_of)
    situation_re: re.Pattern[str]
    # "Moscow format", "format de Moscou": a series of talks named after a city
    format_after_re: re.Pattern[str]
    format_before_re: re.Pattern[str]
    reported_re: re.Pattern[str]
    planned_re: re.Pattern[str]
    # "Uzbek foreign minister to visit Kabul": a headline's infinitive is its future
    headline_planned_re: re.Pattern[str]
    to_re: re.Pattern[str]
    # "in turn", "поочерёдно": places listed as alternating venues, not as a trip's legs
    alternating_re: re.Pattern[str]
    # "will travel to Tashkent and Dushanbe": places listed after a word of travel are
    # the legs of one trip, as after a strong visit word
    travel_re: re.Pattern[str]
    # "arrived", "traf ... ein", "прибыл": a body that arrives has travelled
    arrival_re: re.Pattern[str]
    # the not_visit words of a meeting held from afar ("video call", "по телефону")
    remote_words: tuple[str, ...]
    to_window: int
    meet_re: re.Pattern[str]
    from_re: re.Pattern[str]
    # "from", "aus", "из", "en provenance de": the city after one is where travellers
    # come from (data 'origin_words')
    origin_re: re.Pattern[str]
    joiner_re: re.Pattern[str]
    back_reference_re: re.Pattern[str]
    onward_leg_re: re.Pattern[str]  # "is due to travel on to", "reist weiter": a next stop
    site_verb_re: re.Pattern[str]  # "visited", "посетила": a visit verb that is no noun
    stop_re: re.Pattern[str]
    clause_split_re: re.Pattern[str]
    columns: tuple[tuple[str, re.Pattern[str]], ...]
    since_re: re.Pattern[str]
    place_after: int
    month_preposition: str
    place_nouns: frozenset[str]
    # "près d'Hérat": a word of nearness before an elided "de" makes the city a destination
    near_words: frozenset[str]
    month_capitalised: bool
    place_before: int
    topics: tuple[tuple[str, re.Pattern[str]], ...]
    led_by_re: re.Pattern[str]
    # "The meeting was attended by ...", "приняли участие": who took part in the meeting of
    # an earlier paragraph (data 'attendance', held-out set Y)
    attendance_re: re.Pattern[str]
    # "summit", "Treffen", "réunion", "заседание": a many-sided meeting (data
    # 'meeting_events'); one in a lead without a city is held in the dateline's city
    meeting_event_re: re.Pattern[str]
    head_next_re: re.Pattern[str]
    capital_re: re.Pattern[str]
    capitals: dict[str, str]
    receive_re: re.Pattern[str]
    received_by_re: re.Pattern[str]
    invited_by_re: re.Pattern[str]
    visiting_re: re.Pattern[str]
    return_re: re.Pattern[str]
    # "returned from Kabul", "kehrte aus Kabul zurück": the city is where the trip went;
    # matched over the words around the city, which stands as _PLACE_MARK
    return_from_re: re.Pattern[str]
    # offices named after migrants ("Minister of Refugees", "Flüchtlingsminister")
    migrant_offices_re: re.Pattern[str]
    # a header line naming the ministry that publishes the page ("Ministry of Foreign
    # Affairs of the Republic of Uzbekistan"): its unnamed "Minister" is that country's
    publisher_re: re.Pattern[str]
    # "Two months later", "Через месяц": a date counted from the text's last written one;
    # groups `n` (the count, one when absent) and `unit`
    # "a delegation of his ministry": the office of someone named in an earlier sentence
    possessive_re: re.Pattern[str]
    # "There, the deputy minister met ...": the sentence opens in the place of the one before
    there_re: re.Pattern[str]
    there_inside_re: re.Pattern[str]
    # "the recognition of the Taliban government by Moscow": a place that acts is none visited
    agent_re: re.Pattern[str]
    # "arrived here": the city of the article's dateline
    here_re: re.Pattern[str]
    # "arrived on an official visit" in a lead naming no destination: the dateline's city
    dateline_arrival_re: re.Pattern[str]
    invitation_re: re.Pattern[str]
    # "Interview with Kazakh Deputy Foreign Minister X" heads the page; then "I was in Kabul"
    interview_re: re.Pattern[str]
    # "By X" / "Par X, ministre ..." heads an op-ed; its author is who says "I" in it
    byline_re: re.Pattern[str]
    # an asker's speaker label ("Q:", "Frage:", "Вопрос:", "Question (AFP) :")
    asker_re: re.Pattern[str]
    first_person_re: re.Pattern[str]
    # "he", "er", "il", "он": the official named last before
    pronoun_re: re.Pattern[str]
    # "exhibition", "forum": events that name no side of their own
    event_re: re.Pattern[str]
    # "the Islamabad Policy Forum": capitalised words before an event word that make it the
    # name of a body, a think tank, and no event (set AF); matched with case
    institution_re: re.Pattern[str]
    # "the Head of State", "Глава государства": the head of state named last before
    head_title_re: re.Pattern[str]
    # "received a letter from X": what a receive word takes that is no guest
    received_not_re: re.Pattern[str]
    later_re: re.Pattern[str]
    later_units: tuple[tuple[str, re.Pattern[str]], ...]
    # "concluded ... on Thursday", "в пятницу завершил": the date the stay ended (set Z)
    ended_re: re.Pattern[str]
    # "a three-day visit", "трехдневный визит": the stay's length (group `n`), and the
    # number words it may be written with
    stay_length_re: re.Pattern[str]
    stay_numbers: dict[str, int]
    # "the Tajik ambassador in Berlin", "посол России в Таджикистане": an ambassador's title
    # up to the word before his posting (data 'posted_as'); he lives there (set Z)
    posted_re: re.Pattern[str]
    # "... visit to Pakistan on Thursday and flew on to Tashkent": where a trip goes on to
    # its next stop (data 'onward'); the sentence is cut there (set Z)
    onward_re: re.Pattern[str]
    # the verb closes its clause ("wird Usbekistan im Frühjahr besuchen", "nach Taschkent
    # reisen"): the destination stands before the visit word
    verb_final: bool
    # the object may open the clause before its verb, the subject after it ("Казахстан
    # посетил министр ... Узбекистана"): the case, not the order, tells them apart
    object_before_verb: bool
    # words allowed between a visit verb and the country it names ("visitera l'Ouzbékistan")
    object_articles: frozenset[str]
    # the visit words that are verbs taking the visited place as object ("посетит Узбекистан";
    # not "Делегации Афганистана", a noun before its owner)
    visit_verb_re: re.Pattern[str]
    # "besucht derzeit Berlin", "visited again Kabul": adverbs between a visit verb and
    # its destination
    verb_adverbs_re: re.Pattern[str]
    # "will attend the Tashkent International Conference": an event named after its city
    event_after_re: re.Pattern[str]
    said_re: re.Pattern[str]  # a speech verb right before a date: the statement's day
    # ... or right after it: "wie das Ministerium am Dienstag bestätigte" (set AI)
    said_after_re: re.Pattern[str]
    mediator_re: re.Pattern[str]  # "under the auspices of", "sous l'égide de"
    topic_re: re.Pattern[str]  # "consultations on", "консультации по": a topic follows
    route_re: re.Pattern[str]  # "the railway from Termez via Kabul to": a route's end follows
    speech_re: re.Pattern[str]  # "said", "a annoncé": the people data's speech verbs
    both_sides_re: re.Pattern[str]  # "the two delegations", "les deux délégations"


def _said_before(verbs: list[str]) -> re.Pattern[str]:
    """A speech verb ending right before a date, a short word between ("said on", "sagte am")."""
    if not verbs:
        return NEVER
    return patterns.compile(rf"(?<!\w)(?:{alternation(verbs)})\s+(?:\w{{1,3}}\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=16)
def _compile(lang: str) -> _Rules:
    data: dict[str, Any] = load_rules(KIND, lang)

    def words(key: str) -> re.Pattern[str]:
        return compile_words(tuple(as_list(data.get(key))))

    def alternatives(key: str) -> re.Pattern[str]:
        """The data's regexes under `key` as one case-blind pattern (none: never matches)."""
        return patterns.compile(
            "|".join(f"(?:{f})" for f in as_list(data.get(key))) or NEVER.pattern, re.IGNORECASE
        )

    joiners = "|".join(re.escape(j) for j in as_list(data.get("list_joiners"))) or ","
    return _Rules(
        trigger_re=words("triggers"),
        weak_re=compile_words(
            tuple(as_list(data.get("weak_triggers")) + as_list(data.get("stay_triggers")))
        ),
        stay_re=words("stay_triggers"),
        official_re=words("official_words"),
        held_re=words("held_markers"),
        present_held=frozenset(map(_words_key, as_list(data.get("present_held_markers")))),
        not_visit_re=words("not_visit"),
        accepted_re=words("accepted_invitation"),
        invitation_words_re=words("invitation_words"),
        denied_re=words("denied"),
        denied_next_re=words("denied_next"),
        postponed_re=words("postponed"),
        rescheduled_re=words("rescheduled"),
        postponed_to_re=words("postponed_to"),
        contrast_re=words_pattern(data.get("contrast_joiners"), r"[,;]\s+(?:{alt})(?!\w)"),
        press_event_re=words("press_events"),
        format_after_re=words_pattern(data.get("format_after"), r"[\s-]*(?:{alt})(?!\w)"),
        format_before_re=words_pattern(data.get("format_before"), r"(?<!\w)(?:{alt})\s*$"),
        situation_re=words_pattern(data.get("situation_words"), r"(?<!\w)(?:{alt})\s+$"),
        reported_re=words("reported_openers"),
        planned_re=words("planned"),
        headline_planned_re=words("headline_planned"),
        to_re=words("to_words"),
        alternating_re=words("alternating_words"),
        travel_re=words("travel_words"),
        arrival_re=words("arrival_words"),
        remote_words=tuple(w.lower() for w in as_list(data.get("remote_words"))),
        to_window=int(data.get("to_window") or 24),
        verb_final=bool(data.get("verb_final")),
        object_before_verb=bool(data.get("object_before_verb")),
        object_articles=frozenset(w.lower() for w in as_list(data.get("object_articles"))),
        visit_verb_re=words("visit_verbs"),
        verb_adverbs_re=_adverb_run(as_list(data.get("verb_adverbs"))),
        event_after_re=(
            patterns.compile(
                rf"(?:[ \t]+[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]+){{0,2}}[ \t]+"
                rf"(?:{alternation(as_list(data.get('city_events')))})(?!\w)",
                re.IGNORECASE,
            )
            if data.get("city_events")
            else NEVER
        ),
        said_re=_said_before(as_list(load_rules("people", lang).get("speech_verbs"))),
        said_after_re=(
            patterns.compile(
                rf"[ \t]+(?:{alternation(as_list(data.get('said_after_date')))})(?!\w)",
                re.IGNORECASE,
            )
            if data.get("said_after_date")
            else NEVER
        ),
        mediator_re=words("mediator_words"),
        topic_re=words("topic_words"),
        route_re=alternatives("route_words"),
        speech_re=compile_words(tuple(as_list(load_rules("people", lang).get("speech_verbs")))),
        both_sides_re=words("both_sides"),
        meet_re=words("meet_words"),
        from_re=words("from_words"),
        origin_re=words("origin_words"),
        joiner_re=patterns.compile(rf"^(?:\s|{joiners})*$", re.IGNORECASE),
        back_reference_re=words("back_references"),
        onward_leg_re=alternatives("onward_legs"),
        site_verb_re=alternatives("site_verbs"),
        stop_re=words("counterpart_stop"),
        columns=tuple(
            (str(role), compile_words(tuple(as_list(forms))))
            for role, forms in (data.get("table_columns") or {}).items()
        ),
        place_after=int(data.get("place_window_after") or 80),
        month_preposition=str(data.get("month_preposition") or "in"),
        place_nouns=frozenset(w.lower() for w in as_list(data.get("place_nouns"))),
        near_words=frozenset(w.lower() for w in as_list(data.get("near_words"))),
        month_capitalised=bool(data.get("month_capitalised")),
        place_before=int(data.get("place_window_before") or 40),
        since_re=patterns.compile(
            rf"(?<!\w)(?:{alternation(as_list(data.get('since_words')))})(?!\w)[^,;:.]*$",
            re.IGNORECASE,
        ),
        clause_split_re=patterns.compile(str(data.get("clause_split") or ";"), re.IGNORECASE),
        topics=tuple(
            (str(topic), compile_words(tuple(as_list(forms))))
            for topic, forms in (data.get("topics") or {}).items()
        ),
        led_by_re=words("led_by"),
        attendance_re=words("attendance"),
        meeting_event_re=words("meeting_events"),
        head_next_re=patterns.compile(
            "|".join(str(p) for p in as_list(data.get("delegation_head"))) or NEVER.pattern,
            re.IGNORECASE,
        ),
        capital_re=words("capital_nouns"),
        capitals=_capital_cities(),
        receive_re=words("receive_words"),
        received_by_re=words("received_by"),
        invited_by_re=words("invited_by"),
        visiting_re=words("visiting_side"),
        agent_re=patterns.compile(
            rf"(?<!\w)(?:{alternation(as_list(data.get('agent_words')))})\s*$", re.IGNORECASE
        )
        if as_list(data.get("agent_words"))
        else NEVER,
        return_re=patterns.compile(
            rf"(?<!\w)(?:{alternation(as_list(data.get('return_words')))})\s+(?:\S+\s+)?$",
            re.IGNORECASE,
        )
        if as_list(data.get("return_words"))
        else NEVER,
        return_from_re=_marked(as_list(data.get("return_from"))),
        migrant_offices_re=words("migrant_offices"),
        interview_re=alternatives("interview_lines"),
        byline_re=patterns.compile(
            "|".join(f"(?:{f})" for f in as_list(data.get("byline_lines"))) or NEVER.pattern,
            re.IGNORECASE | re.MULTILINE,
        ),
        asker_re=(
            patterns.compile(
                rf"(?:{alternation(as_list(data.get('asker_labels')))})(?!\w)", re.IGNORECASE
            )
            if data.get("asker_labels")
            else NEVER
        ),
        first_person_re=compile_words(tuple(as_list(data.get("first_person")))),
        pronoun_re=compile_words(tuple(as_list(data.get("pronouns")))),
        event_re=compile_words(tuple(as_list(data.get("event_triggers")))),
        institution_re=(
            patterns.compile(rf"(?:{alternation(as_list(data.get('institution_words')))})\s+$")
            if data.get("institution_words")
            else NEVER
        ),
        head_title_re=compile_words(tuple(as_list(data.get("head_titles")))),
        received_not_re=compile_words(tuple(as_list(data.get("received_not")))),
        there_re=compile_words(tuple(as_list(data.get("there_words")))),
        invitation_re=(
            compile_words(tuple(as_list(data.get("invitations"))))
            if data.get("invitations")
            else NEVER
        ),
        there_inside_re=(
            compile_words(tuple(as_list(data.get("there_inside"))))
            if data.get("there_inside")
            else NEVER
        ),
        here_re=words("here_words"),
        dateline_arrival_re=words("dateline_arrivals"),
        possessive_re=alternatives("possessive_sides"),
        later_re=alternatives("later_dates"),
        later_units=tuple(
            (str(unit), compile_words(tuple(as_list(forms))))
            for unit, forms in (data.get("later_units") or {}).items()
        ),
        publisher_re=alternatives("publisher_lines"),
        ended_re=words("ended_words") if data.get("ended_words") else NEVER,
        stay_length_re=alternatives("stay_lengths"),
        onward_re=alternatives("onward"),
        posted_re=alternatives("posted_as"),
        stay_numbers={str(k).lower(): int(v) for k, v in (data.get("stay_numbers") or {}).items()},
    )


# Where a city stood in the window around it that `_Rules.return_from_re` reads.
_PLACE_MARK = "\x00"
# How many characters around the city that window takes.
_RETURN_BEFORE = 60
_RETURN_AFTER = 40
# Topics whose words before "returned from" tell of migrants, not of an official's trip.
_MIGRANTS = frozenset({"migration", "deportation"})


def _marked(forms: list[str]) -> re.Pattern[str]:
    """Regexes around a city written `{place}` in the data, as one pattern over a window
    where the city stands as _PLACE_MARK."""
    if not forms:
        return NEVER
    return patterns.compile(
        "|".join(f"(?:{str(f).replace('{place}', _PLACE_MARK)})" for f in forms), re.IGNORECASE
    )


# The most words between an origin word and its city ("from Uzbekistan's Surkhandarya").
_ORIGIN_GAP_WORDS = 2


def _origin(text: str, rules: _Rules, seg: Segment, place: PlaceMention) -> bool:
    """True when an origin word stands just before the city ("from Herat", "aus der Region
    Surchandarja", "из Сурхандарьи", "en provenance de Hérat"), in its sentence, and
    nobody is said to have returned from it ("returned from Kabul" ends a trip there)."""
    lead = text[max(seg.start, place.start - 60) : place.start]
    m = None
    for m in rules.origin_re.finditer(lead):
        pass
    if m is None or len(lead[m.end() :].split()) > _ORIGIN_GAP_WORDS:
        return False
    return _returned_from(text, place, rules) is None


def _returned_from(text: str, place: PlaceMention, rules: _Rules) -> bool | None:
    """True when an official came back from the city: "returned from Kabul", "вернулся из
    Кабула", "est rentré lundi de Kaboul", "kehrte am Montag aus Kabul zurück"; False when
    migrants did; None when nobody returned from it."""
    lead = text[max(0, place.start - _RETURN_BEFORE) : place.start]
    window = lead + _PLACE_MARK + text[place.end : place.end + _RETURN_AFTER]
    if rules.return_from_re.search(window) is None:
        return None
    # "refugees who returned from Tehran": migrants come back, no official's trip ends;
    # "the Refugees Minister X, who returned from" names an office, no migrants
    # (the office's name may start before the window)
    wide = text[max(0, place.start - 2 * _RETURN_BEFORE) : place.start]
    lead = rules.migrant_offices_re.sub(_blank, wide)[-len(lead) :] if lead else lead
    return not any(search(pattern, lead) for topic, pattern in rules.topics if topic in _MIGRANTS)


@lru_cache(maxsize=1)
def _capital_cities() -> dict[str, str]:
    """Country code -> its capital's canonical (English) name, from the country data."""
    countries = load_rules("countries", "en").get("countries") or {}
    return {
        str(code): str(as_list((forms or {}).get("capitals"))[0])
        for code, forms in countries.items()
        if as_list((forms or {}).get("capitals"))
    }


@lru_cache(maxsize=64)
def _article_places(text: str, lang: str) -> tuple[PlaceMention, ...]:
    return tuple(find_places(text, lang))


def _place_start(p: PlaceMention) -> int:
    return p.start


def _sentence_places(seg: Segment, text: str, lang: str) -> list[PlaceMention]:
    """Exactly the cities `find_places(seg.text)` finds, with offsets into `text`."""
    # PERF: the article is scanned for cities once, not once per candidate sentence
    # (issue 4). A sentence's share of that scan is what a scan of the sentence finds
    # when no letter run and no city name runs across the sentence's edges (the
    # sentence splitter cuts at stops and line ends); any other sentence is scanned.
    places = _article_places(text, lang)
    i = bisect_left(places, seg.start, key=_place_start)
    j = bisect_left(places, seg.end, lo=i, key=_place_start)
    if (
        (i > 0 and places[i - 1].end > seg.start)
        or (j > i and places[j - 1].end > seg.end)
        or text[seg.start - 1 : seg.start].isalpha()
        or text[seg.end : seg.end + 1].isalpha()
    ):
        return [
            replace(p, start=p.start + seg.start, end=p.end + seg.start)
            for p in find_places(seg.text, lang)
        ]
    return list(places[i:j])


def _capital_places(
    seg: Segment, text: str, rules: _Rules, all_countries: list[CountryMention]
) -> list[PlaceMention]:
    """ "the Afghan capital", "der afghanischen Hauptstadt", "столице Афганистана": its capital."""
    found: list[PlaceMention] = []
    # PERF: a word look-up first: most sentences name no capital
    if search(rules.capital_re, text, seg.start, seg.end) is None:
        return found
    countries = _within(all_countries, seg.start, seg.end)
    for m in rules.capital_re.finditer(text, seg.start, seg.end):
        for c in countries:
            if c.form in _PLACE_FORMS or c.code not in rules.capitals:
                continue
            # the country word stands right before or right after the noun
            if 0 <= m.start() - c.end <= 1 or 0 <= c.start - m.end() <= 1:
                start, end = min(m.start(), c.start), max(m.end(), c.end)
                found.append(
                    PlaceMention(rules.capitals[c.code], c.code, start, end, text[start:end])
                )
                break
    return found


@dataclass
class _Draft:
    visitor_country: str
    host_country: str
    status: str
    start: int
    end: int
    rule: str
    date: Period = field(default_factory=Period.unknown)
    dated: bool = False  # the date was written in the text, not taken from publication
    location: str | None = None
    visitor: str | None = None
    visitor_role: str | None = None
    counterparts: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Meeting:
    """Where a paragraph's meeting takes place, for its later sentences that name no place.

    "A working-group meeting took place in Astana on Friday. Delegations of A, B
    and C attended." / "L'Ouzbékistan était représenté par son vice-ministre ...".
    """

    place: PlaceMention
    dates: list[DateMention]
    paragraph_end: int
    # the meeting's own sentence, whose tense a later sentence without one takes
    start: int = 0
    end: int = 0


def _within(items: list[Any], start: int, end: int) -> list[Any]:
    return [i for i in items if i.start >= start and i.end <= end]


def _to_word(words: list[str], rules: _Rules) -> str | None:
    """The destination word among the last words before a city ("in", "nach", "à")."""
    for i in range(len(words) - 1, -1, -1):
        if rules.to_re.fullmatch(words[i]):
            return words[i]
        # only adjectives and words like "city" stand between ("in der
        # westafghanischen Stadt Herat"); "nach Angaben aus Neu-Delhi" does not
        if words[i][:1].isupper() and words[i].lower() not in rules.place_nouns:
            return None
    return None


# How far after a visit verb its object may stand when the subject comes between them
# ("Am Montag besuchte der afghanische Handelsminister Nooruddin Azizi Taschkent").
_SUBJECT_GAP = 90
# The most words a name has after its role word ("Johann Wadephul").
_NAME_WORDS = 3
_CLAUSE_MARK_RE = patterns.compile(r"[,;:.!?()«»\"“”„\n–—]")


# How far before a place its agent word ("by", "par la") may start.
_AGENT_REACH = 12


def _subject_between(
    text: str,
    t: re.Match[str],
    place: PlaceMention | CountryMention,
    rules: _Rules,
    countries: Sequence[CountryMention],
) -> bool:
    """A visit verb, then its subject naming another country, then the place with nothing
    after it in its clause: inverted word order ("Am Montag besuchte der afghanische
    Handelsminister Nooruddin Azizi Taschkent", "Посетила делегация Казахстана Ташкент")."""
    if place.start - t.end() > _SUBJECT_GAP or not rules.visit_verb_re.fullmatch(t.group(0)):
        return False
    if _CLAUSE_MARK_RE.search(text, t.end(), place.start):
        return False
    if rules.agent_re.search(text, max(0, place.start - _AGENT_REACH), place.start):
        # "his first visit since the recognition of the Taliban government by Moscow": the
        # place acts; it is no object of the visit
        return False
    if not any(
        t.end() <= c.start and c.end <= place.start and c.code != place.code for c in countries
    ) and not _role_and_name(text[t.end() : place.start], rules):
        return False
    # the place ends its clause: "... Taschkent." (not "... Taschkent-Besuch" nor a genitive)
    after = text[place.end : place.end + 2]
    return after[:1] in ("", ".", ",", ";", "!", "?", "\n", " ") and not after.startswith(" d")


def _role_and_name(gap: str, rules: _Rules) -> bool:
    """Only a role word and a name between a visit verb and its place: a subject in
    inverted word order ("Im April besuchte Außenminister Johann Wadephul Astana"; set AF)."""
    role = rules.official_re.search(gap)
    if (
        role is None
        or gap[: role.start()].strip()
        or not gap[role.end() : role.end() + 1].isspace()
    ):
        return False
    name = gap[role.end() :].split()
    return 1 <= len(name) <= _NAME_WORDS and all(w[:1].isupper() for w in name)


def _adverb_run(words: list[str]) -> re.Pattern[str]:
    """Blanks and one or more of `words` between them (" derzeit ", " also again ")."""
    if not words:
        return NEVER
    return patterns.compile(rf"(?:\s+(?:{alternation(words)})(?!\w))+\s+", re.IGNORECASE)


def _is_destination(
    text: str,
    place: PlaceMention,
    rules: _Rules,
    triggers: list[re.Match[str]],
    dates: Sequence[DateMention] = (),
    countries: Sequence[CountryMention] = (),
) -> bool:
    # "in Kabul", "in der westafghanischen Stadt Herat": a destination word at most
    # four words before the city, with no punctuation in between
    before = text[max(0, place.start - 48) : place.start]
    # "was due to fly back to Kabul", "kehrte nach Kabul zurück": going home is no visit
    if rules.return_re.search(before):
        return False
    words = _WORD_BEFORE_SPACE_RE.findall(before.rsplit(",", 1)[-1])[-4:]
    if len(words) == 4 and countries:
        # "to the Uzbek border city of Termez": a country's adjective may stand between, as
        # a German one does in lower case ("in der westafghanischen Stadt Herat") (set Z)
        lo = max(0, place.start - 48)
        adjectives = [
            c
            for c in countries
            if c.form in ("adjective", "demonym") and lo <= c.start and c.end <= place.start
        ]
        if adjectives:
            chars = list(before)
            for c in adjectives:
                chars[c.start - lo : c.end - lo] = "x" * (c.end - c.start)
            words = _WORD_BEFORE_SPACE_RE.findall("".join(chars).rsplit(",", 1)[-1])[-6:]
    word = None
    elided = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
    if elided in rules.object_articles and elided.endswith(("'", "’")):
        # "reçu à l'Akorda": an elided article before a seat of government's name is no
        # genitive; the destination word stands before it (set AK)
        before = before[: len(before) - len(elided)]
        words = _WORD_BEFORE_SPACE_RE.findall(before.rsplit(",", 1)[-1])[-4:]
    if before.endswith(("'", "’")):
        # "d'Astana" is a genitive, not a destination, unless nearness comes before it:
        # "s'est rendu près d'Hérat", "à proximité d'Hérat"
        if words and words[-1].lower() in rules.near_words:
            word = words[-1]
        elif words and words[-1].lower() in rules.place_nouns:
            # "dans la ville d'Islamabad": the city's noun takes the "de", and the
            # destination word stands before the noun
            word = _to_word(words, rules)
    else:
        word = _to_word(words, rules)
    # "in Kabul" counts near a visit word: "Qatar, which hosted the talks ... has
    # not recognised the government in Kabul" names no destination
    near = any(
        0 <= place.start - t.end() <= rules.place_after
        or 0 <= t.start() - place.end <= rules.place_before
        # "aus Kabul zurückgekehrt": a visit word around the city
        or t.start() <= place.start < place.end <= t.end()
        for t in triggers
    )
    if word and near:
        return True
    # "returned from Kabul, where he held talks": the trip that ended there
    returned = _returned_from(text, place, rules)
    if returned is not None:
        return near and returned
    for t in triggers:
        # "делегацию Сурхандарьинской области", "the Herat delegation": a place right
        # next to a delegation word, with no destination word, is where it comes from
        beside = (text[t.end() : place.start].strip() == "" and t.end() <= place.start) or (
            text[place.end : t.start()].strip() == "" and place.end <= t.start()
        )
        if beside and not rules.visiting_re.fullmatch(t.group(0)):
            return True
        # "besucht derzeit Berlin", "посетил также Ташкент": a visit verb, adverbs only,
        # then the place
        if (
            t.end() < place.start
            and rules.visit_verb_re.fullmatch(t.group(0))
            and rules.verb_adverbs_re.fullmatch(text, t.end(), place.start)
        ):
            return True
        if t.end() < place.start and _subject_between(text, t, place, rules, countries):
            return True
        # "will attend the Tashkent International Conference": the event of the city
        if (
            t.end() < place.start
            and text[t.end() : place.start].strip().lower() in rules.object_articles
            and rules.event_after_re.match(text, place.end)
        ):
            return True
        # "besuchte am Mittwoch Kabul", "a visité le 3 octobre Kaboul": a date between
        if t.end() < place.start and _only_a_date(text, t.end(), place.start, dates):
            return True
    return False


# At most this many letters in the word before a date between verb and place ("am", "le").
_DATE_LEAD_MAX = 3


def _only_a_date(text: str, start: int, end: int, dates: Sequence[DateMention]) -> bool:
    """text[start:end] holds one date and blanks, or a short lower-case word before it."""
    inside = [d for d in dates if start <= d.start and d.end <= end]
    if len(inside) != 1:
        return False
    d = inside[0]
    lead, tail = text[start : d.start].split(), text[d.end : end].strip()
    return not tail and (
        not lead or (len(lead) == 1 and len(lead[0]) <= _DATE_LEAD_MAX and lead[0].islower())
    )


def _host(
    seg: Segment,
    text: str,
    rules: _Rules,
    places: list[PlaceMention],
    countries: list[CountryMention],
    trigger: re.Match[str],
    receivers: list[PersonMention],
    later: tuple[re.Match[str], ...] = (),
    dates: Sequence[DateMention] = (),
    dateline: tuple[str, str | None] | None = None,
    people: Sequence[PersonMention] = (),
) -> tuple[str, str | None, str] | None:
    """(host country, city, rule) of a candidate sentence, or None.

    `later` are the sentence's other visit words after `trigger`: "Une délégation afghane
    a effectué une visite en Ouzbékistan" names the destination after the second one.
    `dateline` is the (country, city) of the article's dateline.
    """
    # a city is where the visit happens when a destination word stands before
    # it ("in Kabul", "nach Kabul") or a visit word next to it ("visit Tashkent",
    # "посетить Астану", "Taschkent besucht"); "Astana wants..." is the government
    if places:
        # "a delegation from Uzbekistan's Surkhandarya region travelled to Mazar-i-Sharif":
        # where the travellers come from is no destination, when another city is named
        # (nor is the end of a line or a route: "the railway from Termez via Kabul to
        # Peshawar")
        away = [
            p
            for p in places
            if not _origin(text, rules, seg, p) and not _route_end(text, rules, seg, p.start)
        ]
        if away:
            after = [p for p in away if p.start >= trigger.start()]
            place = after[0] if after else away[0]
            return place.code, place.name, "visits.place"
        # "will fly on from Tashkent to Dushanbe for talks with Tajik President X": a
        # city only left is no destination; the other signs below decide (set Y)
    # "a visit to Afghanistan": a destination word just after the visit word
    for t in (trigger, *later):
        # "reist in der kommenden Woche nach Pakistan": a date right after the visit
        # word does not count against the window
        reach = t.end()
        for d in dates:
            # (or one short word before it: "reiste vom 7. bis 10. April nach ...", set Z)
            gap = text[reach : d.start].strip()
            if reach <= d.start and (
                not gap or (len(gap) <= _DATE_LEAD_MAX and gap.isalpha() and gap.islower())
            ):
                reach = d.end
        window_end = min(seg.end, reach + rules.to_window)
        # "flew to Kyrgyzstan", "went to Pakistan": a travel word ending in its own
        # destination word ("flew to") leaves the country right after it (held-out set AJ);
        # not "will be in", whose "in" may begin "in Afghanistan's interest"
        lead = t.end()
        if " " in t.group(0) and rules.travel_re.fullmatch(t.group(0)):
            lead = t.start() + t.group(0).rindex(" ") + 1
        for m in rules.to_re.finditer(text, lead, window_end):
            for c in countries:
                if c.start >= m.end() and text[m.end() : c.start].strip() == "":
                    return c.code, None, "visits.destination"
    visited = _visited_country(text, rules, countries, seg, trigger, dates)
    if visited is not None:
        return visited, None, "visits.visited_country"
    # "Kazakh Foreign Minister X received an Afghan delegation": the receiver's country
    for person in receivers:
        if person.country:
            return person.country, None, "visits.receiver"
    if dateline is not None and any(p.role and not p.country for p in receivers):
        # "KABUL - Acting Prime Minister X received a Kazakh delegation": a titled receiver
        # of no named country receives in the dateline's city
        return dateline[0], dateline[1], "visits.dateline_receiver"
    # "met with Taliban officials": the counterpart's country
    for m in rules.meet_re.finditer(text, seg.start, seg.end):
        if dateline is not None and _dateline_side_met(text, m, countries, dateline[0]):
            # "TASHKENT - Uzbek President X met Afghan Deputy Prime Minister Y", "Москва.
            # Министр России встретился с министром Афганистана": under a dateline of
            # the subject's own country, the counterpart came to it
            return dateline[0], dateline[1], "visits.dateline_host"
        if dateline is not None and _dateline_guest_met(text, m, countries, people, dateline[0]):
            # "ASTANA - Pakistan's foreign minister held talks with President Tokayev": under
            # a dateline of the met one's country, the subject came to it
            return dateline[0], dateline[1], "visits.dateline_guest"
        for c in countries:
            gap = text[m.end() : c.start]
            if c.start >= m.end() and len(gap) <= 12 and "," not in gap:
                return c.code, None, "visits.counterpart"
    return None


# How far after a meeting word (characters) the counterpart's country may stand when
# the dateline tells where the meeting was ("met with the foreign minister of X").
_DATELINE_MET_REACH = 80
_CLAUSE_END_RE = re.compile(r"[.;!?\n]")


def _dateline_side_met(
    text: str, meet: re.Match[str], countries: list[CountryMention], home: str
) -> bool:
    """The subject before `meet` is of the dateline's country `home` and the one met, in
    the same clause after it, of another: the other side came to the dateline's country."""
    subject = any(
        c.code == home and c.start < meet.start() and c.form not in _PLACE_FORMS for c in countries
    )
    return subject and any(
        c.code != home
        and c.form not in _PLACE_FORMS
        and 0 <= c.start - meet.end() <= _DATELINE_MET_REACH
        and not _CLAUSE_END_RE.search(text, meet.end(), c.start)
        for c in countries
    )


def _dateline_guest_met(
    text: str,
    meet: re.Match[str],
    countries: list[CountryMention],
    people: Sequence[PersonMention],
    home: str,
) -> bool:
    """The subject before `meet` is of a country other than the dateline's `home`, none of
    `home` stands before it, and the one met, in the same clause after it, is of `home`:
    the subject came to the dateline's country (the mirror of `_dateline_side_met`)."""
    before = [c.code for c in countries if c.start < meet.start() and c.form not in _PLACE_FORMS]
    before += [p.country for p in people if p.end <= meet.start() and p.country]
    if not before or home in before:
        return False

    def met(start: int) -> bool:
        return 0 <= start - meet.end() <= _DATELINE_MET_REACH and not _CLAUSE_END_RE.search(
            text, meet.end(), start
        )

    return any(
        c.code == home and c.form not in _PLACE_FORMS and met(c.start) for c in countries
    ) or any(p.country == home and met(p.start) for p in people)


def _visited_country(
    text: str,
    rules: _Rules,
    countries: list[CountryMention],
    seg: Segment,
    trigger: re.Match[str],
    dates: Sequence[DateMention] = (),
) -> str | None:
    """The country a visit verb names: "will visit Uzbekistan", "посетит Узбекистан",
    "visitera l'Ouzbékistan"; where verbs close the clause, "wird Usbekistan im Frühjahr
    besuchen" and "will nach Usbekistan reisen"."""
    # "is expected to visit Kazakhstan": the visit verb need not be the first visit word
    for verb in rules.visit_verb_re.finditer(text, seg.start, seg.end):
        after = [c for c in countries if c.form == "name" and c.start >= verb.end()]
        if after:
            between = text[verb.end() : after[0].start].strip().lower()
            if not between or between in rules.object_articles:
                return after[0].code
            # (the object's article stays with it: "le 7 avril l'Afghanistan")
            words = between.split()
            stop = after[0].start
            if words and words[-1] in rules.object_articles:
                stop = text.lower().rfind(words[-1], verb.end(), stop)
            if dates and stop > verb.end() and _only_a_date(text, verb.end(), stop, dates):
                # "besuchte am 7. April Kasachstan", "a visité le 3 octobre l'Ouzbékistan":
                # a date between verb and country, as between verb and city (set Z)
                return after[0].code
            if _subject_between(text, verb, after[0], rules, countries):
                # "Am Montag besuchte der usbekische Außenminister Saidow Kasachstan": the
                # subject between verb and country, as between verb and city
                return after[0].code
            if rules.site_verb_re.fullmatch(verb.group(0)) and _site_in_country(
                text, rules, verb.end(), after[0]
            ):
                # "посетила строительную площадку ГЭС в Таджикистане", "a visité le chantier
                # du barrage, au Tadjikistan": a site visited in a country is a visit to it
                return after[0].code
    if rules.object_before_verb:
        fronted = _fronted_object(text, rules, countries, seg)
        if fronted is not None:
            return fronted
    strong = rules.visit_verb_re.fullmatch(trigger.group(0)) is not None
    if not rules.verb_final:
        return None
    before = [
        c
        for c in countries
        if c.form == "name"
        and c.end <= trigger.start()
        and trigger.start() - c.end <= rules.to_window
        and not any(p in text[c.end : trigger.start()] for p in ",;:")
    ]
    if not before:
        return None
    c = before[-1]
    for prev in reversed(before[:-1]):
        # "nach Kirgistan und Tadschikistan reisen": the list's first country has the
        # destination word; the others are further destinations (set Y)
        gap = text[prev.end : c.start]
        if not (0 < len(gap) <= LISTED_GAP and gap.strip() and rules.joiner_re.match(gap)):
            break
        c = prev
    # a destination word right before the country ("nach Usbekistan"), searched in place
    stop = c.start
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    lead = max(0, c.start - rules.to_window)
    to_word = any(m.end() == stop for m in rules.to_re.finditer(text, lead, stop))
    return c.code if strong or to_word else None


# How far after a visit verb (characters) the country of the site it names may stand.
_SITE_REACH = 90
# ... and the short word (an article) that may stand between "in" and the country
_SITE_ARTICLE_RE = re.compile(r"\s*(?:[^\W\d_]{1,3}\s+)?$")


def _site_in_country(text: str, rules: _Rules, start: int, c: CountryMention) -> bool:
    """True when the object of a visit verb ending at `start` is a site placed in the
    country `c`, in the verb's clause: "besichtigte die Baustelle des Staudamms in
    Tadschikistan", "посетила строительную площадку ГЭС в Таджикистане", "a visité le
    chantier du barrage de Rogun, au Tadjikistan" (set AL)."""
    gap = text[start : c.start]
    if len(gap) > _SITE_REACH or any(p in gap for p in ".;:!?\n"):
        return False
    for m in rules.to_re.finditer(text, start, c.start):
        if _SITE_ARTICLE_RE.fullmatch(text[m.end() : c.start]) is None:
            continue
        # (one comma may set the place off: ", au Tadjikistan")
        before = text[start : m.start()].strip()
        before = before.removesuffix(",")
        return bool(before) and "," not in before
    return False


def _fronted_object(
    text: str, rules: _Rules, countries: list[CountryMention], seg: Segment
) -> str | None:
    """A country right before a visit verb whose subject, an official of another country,
    follows it: "В понедельник Казахстан посетил министр иностранных дел Узбекистана"."""
    for verb in rules.visit_verb_re.finditer(text, seg.start, seg.end):
        before = [
            c
            for c in countries
            if c.form == "name" and c.end <= verb.start() and not text[c.end : verb.start()].strip()
        ]
        if not before:
            continue
        mark = _CLAUSE_MARK_RE.search(text, verb.end(), seg.end)
        end = mark.start() if mark else seg.end
        if rules.official_re.search(text, verb.end(), end) and any(
            verb.end() <= o.start < end and o.code != before[-1].code for o in countries
        ):
            return before[-1].code
    return None


def _after_money(text: str, lang: str, pos: int) -> bool:
    """True for a date right after an amount: "trade of $3 billion by 2030" dates a goal."""
    return any(0 <= pos - m.end <= MONEY_DATE_GAP for m in find_money(text, lang))


def _mediator(text: str, rules: _Rules, c: CountryMention) -> bool:
    """True for a country named as a mediator: "sous l'égide du Qatar et de la Turquie"."""
    lead_start = max(0, c.start - MEDIATOR_REACH)
    m = None
    for m in rules.mediator_re.finditer(text, lead_start, c.start):
        pass
    return m is not None and not any(p in text[m.end() : c.start] for p in ".;,:")


def _topic_country(text: str, rules: _Rules, c: CountryMention) -> bool:
    """True for a country named as what talks are about, right after the words that say so
    ("consultations on Afghanistan", "Konsultationen zu Afghanistan", "консультации по
    Афганистану", "le dialogue sur l'Afghanistan")."""
    return any(
        m.end() == c.start for m in rules.topic_re.finditer(text, max(0, c.start - 60), c.start)
    )


# How far before a place (characters) the line or route that ends there may start.
_ROUTE_REACH = 160


def _route_end(text: str, rules: _Rules, seg: Segment, start: int) -> bool:
    """True for a place that ends a line or route named before it: "the railway from Termez
    via Kabul to Peshawar", "die Bahn von Termes nach Peschawar", "la ligne reliant Termez à
    Peshawar" (set AL)."""
    lead = max(seg.start, start - _ROUTE_REACH)
    return any(m.end() == start for m in rules.route_re.finditer(text, lead, start))


def _country_runs(
    text: str, rules: _Rules, host: str, countries: list[CountryMention], start: int
) -> list[list[str]]:
    """Runs of countries joined by "," / "and" ("Russia, China, Iran and Pakistan")."""
    runs: list[list[str]] = []
    current: list[str] = []
    pos = -1
    for c in countries:
        if c.start < start or c.form in _PLACE_FORMS:
            continue
        if pos < 0 or not rules.joiner_re.match(text[pos : c.start]):
            if current:
                runs.append(current)
            current = []
        if c.code != host and c.code not in current:
            current.append(c.code)
        pos = c.end
    if current:
        runs.append(current)
    return runs


def _led_by_head(
    text: str, lang: str, rules: _Rules, m: re.Match[str], end: int, people: list[PersonMention]
) -> PersonMention | None:
    """The person right after "led by": a known one, or a bare capitalised name."""
    rest = text[m.end() : end]
    start = m.end() + len(rest) - len(rest.lstrip())
    group = _CAPGROUP_RE.match(rest.lstrip())
    # a mention may open on the "led by" words' last one ("unter Leitung von
    # Vizeaußenminister X" starts at "von"): it still counts when it ends after them
    head = next(
        (
            p
            for p in people
            if p.name and p.start >= m.start() and p.end > m.end() and p.start - m.end() <= 60
        ),
        None,
    )
    # "led by Joint Secretary Anand Prakash visited Kabul and met Muttaqi": a known person
    # after the capitalised words that follow "led by" is someone else
    if head is not None and (group is None or head.start < start + len(group.group(0))):
        return head
    # "an Afghan delegation led by Amir Khan Muttaqi": a name with no role before it
    if group is None or len(group.group(0).split()) < 2 or find_countries(group.group(0), lang):
        return head
    name = normalise_name(group.group(0), lang)
    return PersonMention(name, None, None, start, start + len(group.group(0))) if name else head


def _unplaced_visitor(
    seg: Segment,
    text: str,
    lang: str,
    rules: _Rules,
    trigger: re.Match[str],
    guests: list[PersonMention],
    other: str,
) -> PersonMention | None:
    """Who leads the document's other side when the sentence names no country for them:
    the head after "led by", else the named official who is the subject, before the visit
    word ("Federal Minister Jam Kamal Khan will lead a delegation to Kabul")."""
    for m in rules.led_by_re.finditer(text, seg.start, seg.end):
        head = _led_by_head(text, lang, rules, m, seg.end, guests)
        if head is not None and head.country in (None, other):
            return head
    return next(
        (
            p
            for p in guests
            if p.name
            and p.role
            and p.country in (None, other)
            and p.end <= trigger.start()
            and not _met(text, rules, seg, p)
        ),
        None,
    )


# How far before a person a meet word makes them the one met ("to meet Uzbekistan's
# Deputy Prime Minister X"): a counterpart, never the visitor.
_MET_REACH = 60


def _met(text: str, rules: _Rules, seg: Segment, person: PersonMention) -> bool:
    """The person stands right after a meet word: the one met."""
    return (
        rules.meet_re.search(text, max(seg.start, person.start - _MET_REACH), person.start)
        is not None
    )


# How far after a receive word the official received may stand ("empfing das
# Staatsoberhaupt im Palast der Nation den iranischen Außenminister X").
_RECEIVED_REACH = 90
# How far back a head of state named by title alone was named ("the Head of State"):
# an agency's report names its own leader once, in the lead.
_HEAD_TITLE_REACH = 2000
# The roles a head-of-state title stands for.
_HEAD_ROLES = ("President",)
# Officials posted in the host country: receiving one is no visit (set Z's convention).
_RESIDENT_ROLE_WORDS = ("ambassador", "chargé", "charge d", "consul")


def _receives_official(
    text: str, rules: _Rules, m: re.Match[str], people: list[PersonMention]
) -> bool:
    """A receive word with a named official of another country as its object: "received
    Iranian Foreign Minister X", "принял министра иностранных дел Ирана X" (set AC); not
    "received a letter from X" nor "received the credentials of"."""
    if len({p.country for p in people if p.country}) < 2:
        return False
    before = {p.country for p in people if p.end <= m.start()}
    return any(
        p.name
        and p.role
        and p.country
        and p.country not in before
        and not any(word in p.role.casefold() for word in _RESIDENT_ROLE_WORDS)
        and 0 <= p.start - m.end() <= _RECEIVED_REACH
        and rules.received_not_re.search(text, m.end(), p.start) is None
        for p in people
    )


def _head_by_title(
    seg: Segment,
    text: str,
    rules: _Rules,
    people: list[PersonMention],
    all_people: list[PersonMention],
) -> list[PersonMention]:
    """The sentence's people, with a head of state named by title alone ("the Head of
    State", "das Staatsoberhaupt", "Глава государства", "le chef de l'État") taken as the
    president named last before, as agency reports name their leader once (set AC)."""
    title = search(rules.head_title_re, text, seg.start, seg.end)
    if title is None:
        return people
    # "Глава государства Касым-Жомарт Токаев": the title of a name right after it (not of
    # "den türkischen Verteidigungsminister X", a minister received)
    if any(
        p.name and p.start <= title.end() + 2 and p.end > title.start() and p.role in _HEAD_ROLES
        for p in people
    ):
        return people
    prior = next(
        (
            p
            for p in reversed(all_people)
            if p.end <= seg.start
            and p.name
            and p.country
            and p.role in _HEAD_ROLES
            and seg.start - p.end <= _HEAD_TITLE_REACH
        ),
        None,
    )
    if prior is None:
        return people
    kept = [p for p in people if p.end <= title.start() or p.start >= title.end()]
    return sorted(
        [*kept, replace(prior, start=title.start(), end=title.end())], key=lambda p: p.start
    )


def _receivers(
    seg: Segment, text: str, lang: str, rules: _Rules, people: list[PersonMention]
) -> list[PersonMention]:
    """The host side of "X received a delegation led by Y" / "Die Delegation wurde von X empfangen".

    The receiver names the host's country and is never the visitor. Only a
    sentence that names a visiting side (a delegation, a team) counts: "принял
    участие" (took part) is no reception.
    """
    # PERF: only a named person receives: cheap checks before the pattern scans
    if not any(p.name for p in people):
        return []
    # "At the invitation of the Minister X, Y paid a visit": the inviter hosts, with
    # or without a word for the visiting side
    invited_by = list(rules.invited_by_re.finditer(text, seg.start, seg.end))
    receive = list(rules.receive_re.finditer(text, seg.start, seg.end))
    received_by = list(rules.received_by_re.finditer(text, seg.start, seg.end))
    if not invited_by and not rules.visiting_re.search(text, seg.start, seg.end):
        # "received Iranian Foreign Minister X": an active receive word whose object is
        # another country's official ("was welcomed by" is the passive one) (set AC)
        receive = [
            m for m in receive if not any(b.start() <= m.start() < b.end() for b in received_by)
        ]
        if not any(_receives_official(text, rules, m, people) for m in [*receive, *received_by]):
            return []
    if not (receive or received_by or invited_by):
        return []
    heads = {
        (h.start, h.end)
        for m in rules.led_by_re.finditer(text, seg.start, seg.end)
        if (h := _led_by_head(text, lang, rules, m, seg.end, people)) is not None
    }
    found: list[PersonMention] = []
    for m in receive:
        found += [
            p
            for p in people
            if p.name and p.end <= m.start() and (p.start, p.end) not in heads and p not in found
        ]
    for m in received_by:
        after = next((p for p in people if p.name and 0 <= p.start - m.end() <= 60), None)
        if after is not None and (after.start, after.end) not in heads and after not in found:
            found.append(after)
    for m in invited_by:
        # the inviter's mention may take in the preposition ("of the Minister ...")
        after = next(
            (
                p
                for p in people
                if p.name and p.end > m.end() and p.start - m.end() <= INVITER_WINDOW
            ),
            None,
        )
        if after is not None and (after.start, after.end) not in heads and after not in found:
            found.append(after)
    return found


def _side_between(countries: list[CountryMention], lo: int, hi: int, host: str) -> str | None:
    """The first country named in text[lo:hi] that is neither a place nor the host."""
    return next(
        (
            c.code
            for c in countries
            if lo <= c.start < hi and c.code != host and c.form not in _PLACE_FORMS
        ),
        None,
    )


def _sides_of_unplaced(
    seg: Segment,
    host: str,
    countries: list[CountryMention],
    people: list[PersonMention],
    found: list[tuple[str, PersonMention | None]],
) -> list[tuple[str, PersonMention | None]]:
    """In a participants' sentence whose other officials carry their countries, a named
    official of no country stands for the country named since the official before
    ("Kazakhstan was represented by Foreign Minister X, Kyrgyzstan by Y": X is Kazakh;
    held-out set AJ)."""
    sides = dict(found)
    added: list[tuple[str, PersonMention | None]] = []
    last_end = seg.start
    for person in people:
        if not person.name or not seg.start <= person.start < seg.end:
            continue
        if person.country is None:
            side = _side_between(countries, last_end, person.start, host)
            if side is not None and side not in sides:
                sides[side] = person
                added.append((side, person))
        last_end = person.end
    return added


def _visitors(
    seg: Segment,
    text: str,
    lang: str,
    rules: _Rules,
    host: str,
    countries: list[CountryMention],
    people: list[PersonMention],
) -> list[tuple[str, PersonMention | None]]:
    """The visiting countries of a sentence, with the leading visitor when named."""
    # "China's Foreign Minister Wang Yi and Pakistan's Foreign Minister Ishaq Dar flew
    # into Kabul": every named official of another country is a visitor
    found: list[tuple[str, PersonMention | None]] = []
    # "received a delegation led by Y": Y heads the visiting side
    for m in rules.led_by_re.finditer(text, seg.start, seg.end):
        head = _led_by_head(text, lang, rules, m, seg.end, people)
        if head is None:
            continue
        country = head.country if head.country and head.country != host else None
        if country is None:
            # the delegation's adjective: "an Afghan delegation led by ..."
            before = [
                c
                for c in countries
                if c.end <= m.start() and c.code != host and c.form not in _PLACE_FORMS
            ]
            country = before[-1].code if before else None
        if country:
            return [(country, head)]
    for named in (True, False):
        for person in people:
            if bool(person.name) != named or not person.country or person.country == host:
                continue
            if person.country not in [code for code, _ in found]:
                found.append((person.country, person))
        if found and not named:
            # "Die Außenminister Pakistans und Afghanistans trafen sich": an unnamed role
            # of a list of countries is each country's
            for run in _country_runs(text, rules, host, countries, seg.start):
                if len(run) >= 2 and run[0] in [code for code, _ in found]:
                    found += [(code, None) for code in run if code not in dict(found)]
        if found and named and rules.attendance_re.search(text, seg.start, seg.end):
            found += _sides_of_unplaced(seg, host, countries, people, found)
        if found:
            return found
    # "Le Turkménistan était représenté par son vice-ministre, X, et le Pakistan par son
    # représentant spécial pour l'Afghanistan, Y": each side is the first country named
    # since the last person (set Y)
    if rules.attendance_re.search(text, seg.start, seg.end):
        paired: list[tuple[str, PersonMention | None]] = []
        last_end = seg.start
        for person in people:
            if not person.name or person.country:
                continue
            side = _side_between(countries, last_end, person.start, host)
            if side is not None and side not in dict(paired):
                paired.append((side, person))
            last_end = person.end
        if len(paired) >= 2:
            return paired
    # "delegations from Uzbekistan, Turkmenistan and other countries"
    for m in rules.from_re.finditer(text, seg.start, seg.end):
        runs = _country_runs(text, rules, host, countries, m.end())
        if runs and runs[0]:
            return [(code, None) for code in runs[0]]
    # "envoys of Russia, China, Iran and Pakistan met in Almaty": each listed country
    for run in _country_runs(text, rules, host, countries, seg.start):
        if len(run) >= 2:
            return [(code, None) for code in run]
    for c in countries:
        if c.code != host and c.form not in _PLACE_FORMS:
            named = next((p for p in people if p.name and p.country == c.code), None)
            named = named or next(
                (
                    p
                    for p in people
                    if p.name and p.country is None and not _met(text, rules, seg, p)
                ),
                None,
            )
            return [(c.code, named)]
    return []


# A country this close to a mention of the host, joined to it by list words only
LISTED_GAP = 12


def _listed_with_host(
    text: str,
    rules: _Rules,
    host: str,
    countries: list[CountryMention],
    c: CountryMention,
    trigger: re.Match[str],
) -> bool:
    """True for a country named in one list with the host as the visit verb's object
    ("visits Uzbekistan and Tajikistan", "wird Usbekistan und Tadschikistan besuchen"):
    another destination, not the visitor (held-out set N); not a list of subjects
    ("Uzbekistan and Pakistan agreed ... during a visit to Tashkent")."""
    if rules.visit_verb_re.fullmatch(trigger.group(0)) is None:
        return False  # "delegations of A, B and C met": a list of sides, not destinations
    for h in countries:
        if h.code != host or h.form in _PLACE_FORMS:
            continue
        first, last = (h, c) if h.end <= c.start else (c, h)
        gap = text[first.end : last.start]
        if not (0 < len(gap) <= LISTED_GAP and gap.strip() and rules.joiner_re.match(gap)):
            continue
        if first.start >= trigger.end():
            # right after the verb, an article at most: "visits Uzbekistan and Tajikistan"
            between = text[trigger.end() : first.start].strip().lower()
            if not between or between in rules.object_articles:
                return True
        elif (
            rules.verb_final
            and last.end <= trigger.start()
            and trigger.start() - last.end <= rules.to_window
            and not any(p in text[last.end : trigger.start()] for p in ",;:")
        ):
            return True
    return False


# Host rules whose destination a list may continue: "a visit to A and B", "visits A and B".
_LISTABLE_RULES = frozenset({"visits.destination", "visits.visited_country"})
_POSSESSIVE = ("'s", "’s")


def _further_destinations(
    text: str,
    rules: _Rules,
    host: str,
    countries: list[CountryMention],
    trigger: re.Match[str],
) -> list[str]:
    """Countries named right after the destination, joined to it by list words and
    destination words only ("will visit Pakistan and Afghanistan", "reist nach Pakistan
    und Usbekistan", "посетит Пакистан и Афганистан", "se rendra au Pakistan et en
    Afghanistan"): further destinations of the same trip, in order. Not a possessive
    ("to Kabul and Pakistan's envoy said") nor a demonym ("and Afghan officials")."""
    last = next(
        (
            c
            for c in countries
            if c.code == host and c.start >= trigger.end() and c.form not in _PLACE_FORMS
        ),
        None,
    )
    if last is None and rules.verb_final:
        # "nach Kirgistan und Tadschikistan zu reisen": the verb comes last (set Y)
        last = next(
            (
                c
                for c in countries
                if c.code == host and c.end <= trigger.start() and c.form not in _PLACE_FORMS
            ),
            None,
        )
    found: list[str] = []
    if last is None:
        return found
    for c in countries:
        if c.start < last.end:
            continue
        gap = text[last.end : c.start]
        if not (0 < len(gap) <= LISTED_GAP and gap.strip()) or not _joins_places(gap, rules):
            break
        if c.form != "name" or text.startswith(_POSSESSIVE, c.end):
            break
        if c.code != host and c.code not in found:
            found.append(c.code)
        last = c
    return found


def _joins_places(gap: str, rules: _Rules) -> bool:
    """True for the gap between two listed destinations: list words, then at most a
    destination word ("und", ", ", " et en ", " and to ")."""
    if rules.joiner_re.match(gap):
        return True
    head, _, word = gap.rstrip().rpartition(" ")
    return (
        bool(head.strip())
        and bool(rules.to_re.fullmatch(word))
        and bool(rules.joiner_re.match(head + " "))
    )


def _counterparts(
    seg: Segment, text: str, lang: str, rules: _Rules, people: list[PersonMention], visitor: str
) -> list[str]:
    """Names or bodies met: host-side people, and the capitalised group after "met with"."""
    found: list[str] = []
    for person in people:
        if person.name and person.country and person.country != visitor:
            found.append(person.name)
    for m in rules.meet_re.finditer(text, seg.start, seg.end):
        rest = text[m.end() : seg.end].lstrip()
        group = _CAPGROUP_RE.match(rest)
        if not group:
            continue
        # "talks with Foreign Minister Amir Khan Muttaqi": a person found there is named
        # in full, without the role (the group stops after four words)
        at = seg.end - len(rest)
        person = next((p for p in people if p.name and p.start <= at < p.end), None)
        if person is not None and person.name:
            if person.name not in found:
                found.append(person.name)
            continue
        words = group.group(0).split()
        kept: list[str] = []
        for word in words:
            if rules.stop_re.fullmatch(word):
                break
            kept.append(word)
        name = " ".join(kept).strip()
        if not name or find_countries(name, lang):
            continue
        # "переговоры с Сергеем Лавровым": the name met, in base form and Latin script
        name = normalise_name(name, lang)
        if name not in found:
            found.append(name)
    return found


def _topics(paragraph: str, rules: _Rules) -> list[str]:
    return [topic for topic, pattern in rules.topics if search(pattern, paragraph)]


def _paragraph_topics(text: str, start: int, lang: str) -> list[str]:
    """The topics of the paragraph (line) holding offset `start`."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    # a fresh list: merging drafts extends their topic lists in place
    return list(_line_topics(text, line_start, line_end if line_end >= 0 else len(text), lang))


@lru_cache(maxsize=256)
def _line_topics(text: str, start: int, end: int, lang: str) -> tuple[str, ...]:
    # PERF: the sentences of a paragraph share its topics: each paragraph is searched
    # once per article (the text is part of the key), within the article's text instead
    # of a copy of the line (a copy's lowered form would be made again for every
    # search). The same as `_topics(text[start:end], ...)`: the line ends at a newline,
    # which the word patterns' look-arounds treat like the end of the text.
    return tuple(
        topic for topic, pattern in _compile(lang).topics if search(pattern, text, start, end)
    )


def _quote_bounds(seg: Segment, text: str, trigger: re.Match[str]) -> tuple[int, int]:
    """The sentence, or for a long one the comma-clause window around the visit word."""
    if seg.end - seg.start <= _MAX_QUOTE:
        return seg.start, seg.end
    start = max(seg.start, trigger.start() - _MAX_QUOTE // 2)
    comma = text.find(",", start, trigger.start())
    if comma >= 0:
        start = comma + 1
    end = min(seg.end, start + _MAX_QUOTE)
    return start, end


def _split_parts(
    seg: Segment, text: str, rules: _Rules, places: list[PlaceMention]
) -> list[tuple[Segment, bool]]:
    """One part per destination when a sentence lists several trips ("to Ankara ... and to
    Dubai"), or names several countries' cities in one list ("visit Islamabad and Kabul");
    each part with whether it is a leg of such a list (the legs share the sentence's dates)."""
    if len({p.name for p in places}) < 2:
        onward = search(rules.onward_re, text, seg.start, places[0].start) if places else None
        if onward is not None:
            # "concluded a visit to Pakistan on Thursday and flew on to Tashkent": the country
            # visited before the one city named is a trip of its own
            return [
                (Segment(seg.start, onward.start(), text[seg.start : onward.start()]), False),
                (Segment(onward.start(), seg.end, text[onward.start() : seg.end]), False),
            ]
        return [(seg, False)]
    parts: list[tuple[Segment, bool]] = []
    start, listed = seg.start, False
    for before, after in pairwise(places):
        cut = None
        for m in rules.clause_split_re.finditer(text, before.end, after.start):
            cut = m
        if cut is not None:
            parts.append((Segment(start, cut.start(), text[start : cut.start()]), listed))
            start, listed = cut.end(), False
        elif before.code != after.code and _list_gap(text, rules, before, after):
            parts.append((Segment(start, before.end, text[start : before.end]), True))
            start, listed = after.start, True
    parts.append((Segment(start, seg.end, text[start : seg.end]), listed))
    return parts


def _listed_destinations(
    text: str, rules: _Rules, places: list[PlaceMention], located: list[PlaceMention]
) -> list[PlaceMention]:
    """The destinations with the cities of other countries listed right after one ("will
    visit Islamabad and Kabul"): each is a destination too."""
    out = list(located)
    # forwards ("visit Islamabad and Kabul") and backwards, where the verb closes the
    # clause ("wird Islamabad und Kabul besuchen")
    for pairs in (list(pairwise(places)), [(b, a) for a, b in pairwise(places)][::-1]):
        for known, other in pairs:
            if (
                known in out
                and other not in out
                and other.code not in {p.code for p in out}
                and _list_gap(text, rules, *sorted((known, other), key=lambda p: p.start))
            ):
                out.append(other)
    out.sort(key=lambda p: p.start)
    return out


def _list_gap(text: str, rules: _Rules, before: PlaceMention, after: PlaceMention) -> bool:
    """Only list joiners stand between two places ("and", ", ", "et à", "und nach")."""
    gap = text[before.end : after.start]
    last = gap.split()[-1:] if gap.strip() else []
    if last and rules.to_re.fullmatch(last[0]):
        gap = gap[: gap.rstrip().rfind(last[0])]  # "et à": the destination word goes
    return bool(gap.strip()) and rules.joiner_re.match(gap) is not None


def _lone_event(
    seg: Segment,
    text: str,
    lang: str,
    rules: _Rules,
    triggers: list[re.Match[str]],
    people: list[PersonMention],
    other: str,
) -> bool:
    """An event alone ("In Aschgabat wurde eine Ausstellung eröffnet"): no official acts
    and the document's other side is not named in its paragraph, as in a digest of
    unrelated items, so that side travelled to it for all the text says (set AC)."""
    if any(p.role or p.name for p in people) or rules.official_re.search(seg.text):
        return False
    if not all(rules.event_re.fullmatch(t.group(0)) for t in triggers):
        return False
    start = text.rfind("\n\n", 0, seg.start) + 1
    end = text.find("\n\n", seg.end)
    paragraph = text[start : end if end >= 0 else len(text)]
    return not any(c.code == other for c in find_countries(paragraph, lang))


def _two_sides(host: str, counts: Counter[str]) -> list[str]:
    """The document's two most mentioned countries other than the host, when clear."""
    ranked = [(n, c) for c, n in counts.most_common() if c != host]
    if len(ranked) < 2 or (len(ranked) > 2 and ranked[1][0] < 2 * ranked[2][0]):
        return []
    return [ranked[0][1], ranked[1][1]]


def _attribution_start(text: str, rules: _Rules, seg: Segment, trigger: re.Match[str]) -> int:
    """Where a closing attribution (", the Qatari ministry said") starts after the visit
    word, or the sentence's end."""
    comma = text.rfind(",", trigger.end(), seg.end)
    if comma < 0 or not rules.speech_re.search(text, comma, seg.end):
        return seg.end
    return comma


def _other_country(host: str, counts: Counter[str]) -> str | None:
    """The document's clear other side: far more mentioned than any third country."""
    ranked = [(n, c) for c, n in counts.most_common() if c != host]
    if not ranked:
        return None
    if len(ranked) > 1 and ranked[0][0] < 2 * ranked[1][0]:
        return None
    return ranked[0][1]


def _status(seg: Segment, text: str, rules: _Rules, trigger: re.Match[str]) -> str:
    """Held or planned: the past or future marker nearest the visit word decides.

    "held talks ... on the planned railway" is held; "is expected to travel ...
    for a UN-hosted meeting" is planned. Markers beyond a dash, colon or
    semicolon after the visit word belong to another clause ("Delegation in Herat –
    crossing to open"); an intro before them still counts ("Two trips are planned: ...").
    """
    start, end = seg.start, seg.end
    for m in _HARD_BREAK_RE.finditer(text, trigger.end(), seg.end):
        end = m.start()
        break
    # "Speaking at a press conference in Kabul after talks, X said the line would be built":
    # the tense of what was said after the visit word is not the visit's
    said = rules.speech_re.search(text, trigger.end(), end)
    if said is not None:
        end = said.start()

    # "At the invitation of the German government, an Afghan delegation is visiting
    # Berlin": the phrase naming the host tells no tense
    hosts = [(m.start(), m.end()) for m in rules.invited_by_re.finditer(text, start, end)]

    def distance(pattern: re.Pattern[str]) -> int | None:
        best = None
        for m in pattern.finditer(text, start, end):
            if any(a <= m.start() < b for a, b in hosts):
                continue
            gap = max(0, m.start() - trigger.end(), trigger.start() - m.end())
            if best is None or gap < best:
                best = gap
            if m.start() >= trigger.end():
                # PERF: the markers after this one stand farther from the visit word
                break
        return best

    # PERF: no future marker means held, whatever the past markers
    planned = distance(rules.planned_re)
    if planned is None and _is_headline(text, seg):
        planned = distance(rules.headline_planned_re)
    if planned is None:
        return "held"
    held = distance(rules.held_re)
    if held is None or planned < held:
        return "planned"
    return "held"


def _is_headline(text: str, seg: Segment) -> bool:
    """The sentence is a line of its own with no sentence end: a headline."""
    return _headline_at(text, seg.start)


def _part_status(
    part: Segment,
    seg: Segment,
    text: str,
    rules: _Rules,
    triggers: list[re.Match[str]],
    status: str,
) -> str:
    """A trip's own tense when its part of the sentence has one ("X, who travelled to A,
    said that a team will travel to B"); else the sentence's."""
    if part == seg:
        return status
    own = [t for t in triggers if part.start <= t.start() < part.end]
    if not own or not (
        rules.held_re.search(text, part.start, part.end)
        or rules.planned_re.search(text, part.start, part.end)
    ):
        return status
    return _status(part, text, rules, own[0])


def _match_start(m: re.Match[str]) -> int:
    return m.start()


def _in_span(matches: list[re.Match[str]], start: int, end: int) -> list[re.Match[str]]:
    """The matches (sorted by start) that lie inside text[start:end]."""
    # a key instead of a list of starts: called for every sentence, no O(n) copy each time
    i = bisect_left(matches, start, key=_match_start)
    out: list[re.Match[str]] = []
    while i < len(matches) and matches[i].end() <= end:
        out.append(matches[i])
        i += 1
    return out


def _drafts_of(
    seg: Segment,
    text: str,
    lang: str,
    published: date | None,
    rules: _Rules,
    all_countries: list[CountryMention],
    all_people: list[PersonMention],
    all_dates: list[DateMention],
    counts: Counter[str],
    strong: list[re.Match[str]],
    weak: list[re.Match[str]],
    next_seg: Segment | None = None,
    meeting: _Meeting | None = None,
    publisher: str | None = None,
    interviewee: PersonMention | None = None,
    prev_seg: Segment | None = None,
    home: str | None = None,
    home_city: str | None = None,
) -> tuple[list[_Draft], _Meeting | None]:
    """The visits of one sentence, and the meeting place it sets for its paragraph.

    `strong` and `weak` are the sentence's visit words (at least one of them).
    """
    people = _within(all_people, seg.start, seg.end)
    triggers = sorted(strong + weak, key=lambda m: m.start())
    if not any(p.country for p in people):
        # "A delegation of his ministry will travel to Kabul": the earlier-named official's
        owner = _possessor(seg, text, rules, triggers, all_people)
        if owner is not None:
            people = sorted([*people, owner], key=lambda p: p.start)
    me = search(rules.first_person_re, text, seg.start, seg.end) if interviewee else None
    # "A: I was in Kabul last week": the interview's official speaks of himself, unless
    # an official of a known country is named before ("Minister X said I ..."); one
    # named after is the one hosted or met ("I hope to host the Pakistani minister")
    if (
        interviewee is not None
        and me is not None
        and not any(
            p.country and p.start < me.start() and not _speaker_label(text, p) for p in people
        )
    ):
        people = sorted(
            [*people, replace(interviewee, start=me.start(), end=me.end())],
            key=lambda p: p.start,
        )
    he = search(rules.pronoun_re, text, seg.start, seg.end)
    if he is not None and not any(p.country and p.start < he.start() for p in people):
        # "X has led the team since 2024. Last month he was in Islamabad, where he met Y":
        # the official last named with a country before, a few sentences back, is "he"
        prior = next(
            (
                p
                for p in reversed(all_people)
                if p.end <= seg.start and p.name and p.country and not _speaker_label(text, p)
            ),
            None,
        )
        if prior is None:
            # "Außenministerin X ist zurückgekehrt. In Taschkent war sie ...": an official
            # named with a title and no country; the visit's side is then the document's
            # other one, as for a titled visitor of no country (held-out set AI)
            prior = next(
                (
                    p
                    for p in reversed(all_people)
                    if p.end <= seg.start and p.name and p.role and not _speaker_label(text, p)
                ),
                None,
            )
        elif prior is not None:
            # "Lavrov spoke with Saidov last week. He is due to fly on to Dushanbe": "he" is
            # the subject of that sentence, its first official named (set Y)
            opening = max(
                text.rfind(c, max(0, seg.start - _PRONOUN_REACH), prior.start) for c in ".!?\n"
            )
            prior = next(
                (
                    p
                    for p in all_people
                    if opening < p.start <= prior.start
                    and p.name
                    and p.country
                    and not _speaker_label(text, p)
                ),
                prior,
            )
        if prior is not None and seg.start - prior.end <= _PRONOUN_REACH:
            people = sorted(
                [*people, replace(prior, start=he.start(), end=he.end())], key=lambda p: p.start
            )
    people = _head_by_title(seg, text, rules, people, all_people)
    named = _sentence_places(seg, text, lang)
    places = named + _capital_places(seg, text, rules, all_countries)
    places.sort(key=lambda p: p.start)
    if len(places) > 1 and (
        rules.format_after_re is not NEVER or rules.format_before_re is not NEVER
    ):
        # "talks in the Moscow format in Kazan", "le format de Moscou": a city naming a series
        # of talks comes after the city this round meets in (still the country's, when no
        # other city is told)
        places.sort(key=lambda p: _names_a_format(text, p, rules))
    # "la capitale turkmène a accueilli une réunion": the receiving city hosts
    # (PERF: a sentence naming no city has no destination to look at)
    receptions = list(rules.receive_re.finditer(text, seg.start, seg.end)) if places else []
    seg_dates = _within(all_dates, seg.start, seg.end) if places else []
    seg_countries = _within(all_countries, seg.start, seg.end) if places else []
    located = [
        p
        for p in places
        if _is_destination(text, p, rules, [*triggers, *receptions], seg_dates, seg_countries)
    ]
    # "Kabul receives Kazakh delegation as talks move to Tashkent": the receiving city
    # is the one destination
    receiving = [p for p in located if any(0 <= r.start() - p.end <= 6 for r in receptions)]
    located = receiving or located
    if (
        located
        and not receiving
        and (strong or rules.travel_re.search(text, seg.start, located[0].start))
        and not search(rules.alternating_re, seg.text)
    ):
        # (only after a strong visit word, and not "a forum held in turn in Tashkent and
        # Kabul": two venues, not two trips)
        located = _listed_destinations(text, rules, places, located)
    there = rules.there_inside_re.search(text, seg.start, seg.end) if located else None
    if there is not None and prev_seg is not None:
        # "Im Herbst soll der afghanische Außenminister dort an einem Treffen der
        # Nachbarstaaten Afghanistans teilnehmen, hieß es aus dem Ministerium in Kabul":
        # "dort" is the city of the sentence before, not the capital a country name
        # stands for nor the city of the closing attribution
        said = _attribution_start(text, rules, seg, there)
        if not any(p in named and p.start < said for p in located):
            located = _place_before(seg, prev_seg, text, lang, rules, all_countries) or located
    if not located and prev_seg is not None:
        # "On 3 May the delegation reached Termez. There, the deputy minister met ..."
        located = _place_before(seg, prev_seg, text, lang, rules, all_countries)
    if not located and home is not None and home_city is not None:
        here = rules.here_re.search(text, seg.start, seg.end)
        if here is None and seg.start < _DATELINE_MEETING_CHARS:
            # "ASTANA, Nov 12 (Reuters) - Pakistan's foreign minister arrived on an
            # official visit": an arrival in the lead that names no destination is in the
            # dateline's city, unless another country follows it ("... visit to Kazakhstan")
            here = rules.dateline_arrival_re.search(text, seg.start, seg.end)
            if here is not None and any(
                c.start >= here.start() and c.code != home
                for c in _within(all_countries, here.start(), seg.end)
            ):
                here = None
        if here is not None:
            # "ISLAMABAD: The Uzbek foreign minister arrived here on Monday": the city of the
            # dateline
            located = [PlaceMention(home_city, home, here.start(), here.end(), here.group(0))]
    seg_dates = _within(all_dates, seg.start, seg.end)
    found = None
    if (
        not located
        and meeting is None
        and home is not None
        and home_city is not None
        and seg.start < _DATELINE_MEETING_CHARS
        and rules.meeting_event_re.search(text, seg.start, seg.end)
    ):
        # "TERMEZ, 25 September - The conference ended on Thursday in the border city.":
        # a lead's meeting that names no city is held in the dateline's (held-out set Y)
        located = [PlaceMention(home_city, home, seg.start, seg.start, home_city)]
        line_end = text.find("\n", seg.end)
        found = _Meeting(
            located[0],
            [d for d in seg_dates if d.period.known],
            line_end if line_end >= 0 else len(text),
            seg.start,
            seg.end,
        )
        located = []
    elif located:
        line_end = text.find("\n", seg.end)
        found = _Meeting(
            located[0],
            [d for d in seg_dates if d.period.known],
            line_end if line_end >= 0 else len(text),
            seg.start,
            seg.end,
        )
    if (
        meeting is not None
        and seg.start > meeting.paragraph_end
        and not (
            seg.start - meeting.paragraph_end <= _ATTENDANCE_REACH
            and rules.attendance_re.search(text, seg.start, seg.end)
        )
    ):
        # "Ministers gathered in Tashkent on Wednesday. // The meeting was attended by
        # ...": a participants' sentence of a later paragraph still tells of the meeting
        meeting = None
    # "Talks were held in Ashgabat. The Afghan delegation was led by X."
    head = _next_head(next_seg, text, rules, all_countries, all_people)
    unnamed = None
    if head is not None and not head[0]:
        unnamed, head = head, None
    if not strong:
        # "arrived", "met", "travelled" make a visit only when officials act
        official = any(p.role or p.country for p in people) or rules.official_re.search(seg.text)
        if not official and head is None:
            # PERF: "video link" and the like are looked for (below, too) only when the
            # sentence has something to give: a sentence called off gives nothing
            if found is not None and _called_off(seg, text, rules, triggers):
                return [], _invited_to(seg, text, rules, found)
            return [], found
    moved = _new_date_next(seg, next_seg, text, lang, rules, all_dates)
    if not moved and _called_off(seg, text, rules, triggers):
        return [], _invited_to(seg, text, rules, found)
    status = _status(seg, text, rules, triggers[0])
    if moved:
        # "The visit, planned for Wednesday, has been postponed. It will now take place on
        # 9 December." (set X): the trip is planned for the new date, not the old one
        seg_dates, status = moved, "planned"
    counted = _later_date(seg, text, lang, rules, all_dates, published)
    if (
        counted is None
        and meeting is None
        and published is not None
        and prev_seg is not None
        and not any(d.period.known for d in seg_dates)
    ):
        # "The commission opened on 3 May. Deputy Minister X met ... in Tashkent." (a
        # meeting of the paragraph gives its own date and tense, see _Meeting)
        seg_dates = seg_dates + _date_before(
            seg, prev_seg, text, lang, all_dates, status, published
        )
    if published is None and not any(d.period.known for d in seg_dates):
        # no publication date to fall back on: "The commission met on 3 October.
        # Delegations of A and B ..." — the date of the paragraph's neighbouring sentence
        seg_dates = _paragraph_date(seg, text, all_dates)
    # a part's mentions are picked from the sentence's, not the article's
    countries = _within(all_countries, seg.start, seg.end)
    drafts: list[_Draft] = []
    before: list[DateMention] = []
    before_status = status
    for part, listed in _split_parts(seg, text, rules, located):
        part_status = _part_status(part, seg, text, rules, triggers, status)
        onward = part.start > seg.start and rules.onward_re.match(text, part.start) is not None
        # "reist ... nach Taschkent und am 28. Januar weiter nach Almaty": a later leg
        # without its own traveller keeps the one named before it; "... and flew on to
        # Tashkent for talks with X": an onward leg keeps him beside the one it meets
        part_people = (
            _within(people, seg.start, part.end)
            if onward
            else _within(people, part.start, part.end)
        ) or _within(people, seg.start, part.start)
        # a leg of a listed trip ("visit Islamabad and Kabul in December") shares the
        # sentence's dates; "left Pakistan on Thursday and flew on to Tashkent, where he is
        # due to hold talks on Friday": the onward leg arrived the day the last one ended
        own = _within(seg_dates, part.start, part.end)
        part_dates = (seg_dates if listed else (before if onward and before else own)) or [
            d for d in seg_dates if not seg.start <= d.start < seg.end
        ]
        inherited = onward and bool(before)
        if inherited:
            part_status = before_status  # it flew on when the leg before ended
        before = [d for d in own if d.period.known]
        before_status = part_status
        if part_dates and part_status == "held" and not inherited and rules.ended_re is not NEVER:
            # "concluded a three-day visit on Thursday": the stay began on Tuesday (set Z)
            part_dates = _stay_starts(seg, text, rules, part_dates, located)
        drafts.extend(
            _part_drafts(
                part,
                text,
                lang,
                published,
                rules,
                part_status,
                triggers,
                _within(countries, part.start, part.end),
                part_people,
                part_dates,
                _within(located, part.start, part.end),
                counts,
                bool(strong),
                meeting,
                publisher,
                counted,
                home,
                home_city,
            )
        )
    if not drafts and not strong and head is not None and located:
        # the sentence names where; the next one who led the visiting side
        drafts = _part_drafts(
            seg,
            text,
            lang,
            published,
            rules,
            status,
            triggers,
            [c for c in countries if c.code == head[0]]
            + [replace(c, start=seg.start, end=seg.start) for c in head[2]],
            [head[1]] if head[1] else [],
            seg_dates,
            _within(located, seg.start, seg.end),
            counts,
            False,
        )
    if unnamed is not None and unnamed[1] is not None:
        # "Die Delegation wurde von X geleitet": no country, so only a sentence with one
        # visiting side takes X
        sides = {d.visitor_country for d in drafts}
        head = (next(iter(sides)), unnamed[1], []) if len(sides) == 1 else None
    for d in drafts:
        if head is not None and d.visitor is None and d.visitor_country == head[0] and head[1]:
            d.visitor, d.visitor_role = head[1].name, head[1].role
    return drafts, found


# How far (characters) after its paragraph a meeting's participants may be listed.
_ATTENDANCE_REACH = 700
# How far into the text a meeting that names no city stands in the dateline's city.
_DATELINE_MEETING_CHARS = 600


# How far before a date (characters) a word of ending may stand ("concluded a three-day
# state visit to Pakistan on Thursday"), and how far after it ("в пятницу завершил").
_ENDED_BEFORE = 60
_ENDED_AFTER = 15


def _stay_starts(
    seg: Segment,
    text: str,
    rules: _Rules,
    dates: list[DateMention],
    located: list[PlaceMention],
) -> list[DateMention]:
    """A date the stay ended on dates the trip by its first day: "concluded a three-day visit
    on Thursday" began on Tuesday; a tour of several cities that "ended on Saturday" lay in
    that month, its legs dated by later sentences (set Z)."""
    ended = search(rules.ended_re, text, seg.start, seg.end)
    if ended is None:
        return dates
    legs = len({p.name for p in located})
    length = search(rules.stay_length_re, text, seg.start, seg.end)
    days = 0
    if length is not None:
        n = length.group("n").lower()
        days = int(n) if n.isdigit() else rules.stay_numbers.get(n, 0)
    out: list[DateMention] = []
    for d in dates:
        p = d.period
        if (
            p.start is not None
            and p.precision == "day"
            and rules.ended_re.search(
                text, max(seg.start, d.start - _ENDED_BEFORE), min(seg.end, d.end + _ENDED_AFTER)
            )
        ):
            if 1 < days <= 31 and legs <= 1:
                # the whole stay, so that a later sentence's day inside it ("On Thursday he
                # travelled to Lahore") tells of the same visit; reported by its first day
                d = replace(d, period=Period(p.start - timedelta(days=days - 1), p.start, "day"))
            elif legs > 1:
                d = replace(d, period=Period.month(p.start.year, p.start.month))
        out.append(d)
    return out


# How far back (characters) the owner of "his ministry" may be named.
_OWNER_REACH = 400


def _possessor(
    seg: Segment,
    text: str,
    rules: _Rules,
    triggers: list[re.Match[str]],
    all_people: list[PersonMention],
) -> PersonMention | None:
    """The visiting side of "A delegation of his ministry will travel to Kabul": the country
    of the last official named (with a country) before the sentence, standing at the
    possessive; None when the possessive is not the visiting side's."""
    m = search(rules.possessive_re, text, seg.start, seg.end)
    if m is None:
        return None
    # the possessive names the visiting side: next to a visit word, or before them all
    if not (
        m.end() <= triggers[0].start()
        or any(
            max(0, m.start() - t.end(), t.start() - m.end()) <= _STRONG_REACH
            and rules.trigger_re.fullmatch(t.group(0))
            for t in triggers
        )
    ):
        return None
    owner = None
    for p in all_people:
        if p.end > seg.start:
            break
        if p.name and p.country and seg.start - p.end <= _OWNER_REACH:
            owner = p
    if owner is None:
        return None
    return PersonMention(None, None, owner.country, m.start(), m.end())


def _same_paragraph(text: str, prev_seg: Segment, seg: Segment) -> bool:
    return text.find("\n", prev_seg.start, seg.start) < 0


def _place_before(
    seg: Segment,
    prev_seg: Segment,
    text: str,
    lang: str,
    rules: _Rules,
    all_countries: list[CountryMention],
) -> list[PlaceMention]:
    """The last city of the sentence before, in the same paragraph, for a sentence that
    opens with "There," / "Dort" / "Там" / "Là" and names none, or holds a word that
    points back wherever it stands ("soll dort teilnehmen", "devrait s'y rendre");
    placed at its start."""
    m = rules.there_re.match(text, seg.start + len(seg.text) - len(seg.text.lstrip()))
    if m is None:
        m = rules.there_inside_re.search(text, seg.start, seg.end)
    if m is None or not _same_paragraph(text, prev_seg, seg):
        return []
    places = _sentence_places(prev_seg, text, lang) + _capital_places(
        prev_seg, text, rules, all_countries
    )
    if not places:
        return []
    last = max(places, key=lambda p: p.start)
    return [replace(last, start=seg.start, end=seg.start)]


def _date_before(
    seg: Segment,
    prev_seg: Segment,
    text: str,
    lang: str,
    all_dates: list[DateMention],
    status: str,
    published: date,
) -> list[DateMention]:
    """The one date written out in the sentence before, in the same paragraph, for a
    sentence with none: "The commission opened on 3 May. Deputy Minister X met ...";
    nothing when that sentence has several, or its date contradicts the tense."""
    if not _same_paragraph(text, prev_seg, seg):
        return []
    written = [
        d
        for d in _within(all_dates, prev_seg.start, prev_seg.end)
        if d.period.known and _explicit_date(text, lang, d)
    ]
    # "Астана, 20 апреля 2026 года.": a dateline dates the report, not the visit
    if (
        len(written) != 1
        or written[0].period == Period.day(published)
        or _counted_period(written[0].period, status, published) is None
    ):
        return []
    return written


def _is_dateline_date(text: str, lang: str, start: int) -> bool:
    """The date at `start` follows a dateline's place at the start of its line: it dates
    the report, not what the report tells."""
    line_start = text.rfind("\n", 0, start) + 1
    if _DATELINE_LEAD.fullmatch(text, line_start, start):
        return True
    lead = _TITLE_DATELINE_LEAD.fullmatch(text, line_start, start)
    if lead is None:
        return False
    name = lead.group("place")
    return any(p.start == 0 and p.end == len(name) for p in find_places(name, lang))


def _invited_to(seg: Segment, text: str, rules: _Rules, found: _Meeting | None) -> _Meeting | None:
    """An invitation is no visit, but its city is where the next sentence's trip goes
    ("X passed on an invitation to visit Tashkent. The Afghan minister's visit is planned
    for April.")."""
    if found is None or not rules.invitation_re.search(text, seg.start, seg.end):
        return None
    return found


# How far before an invitation word its acceptance may end ("принял приглашение").
_ACCEPTED_REACH = 40


def _accepted_next(text: str, rules: _Rules, seg: Segment) -> bool:
    """The sentence after `seg` (in its paragraph) says the invitation was accepted."""
    return _in_next_sentence(text, rules.accepted_re, seg)


def _new_date_next(
    seg: Segment,
    next_seg: Segment | None,
    text: str,
    lang: str,
    rules: _Rules,
    all_dates: list[DateMention],
) -> list[DateMention]:
    """The dates written out in the sentence after a trip put off, when that sentence gives
    it a new date ("... has been postponed. It will now take place on 9 December."; set X);
    wire copy often sets that sentence in a paragraph of its own. A new date in the trip's
    own sentence ("was postponed to 20 April", "auf den 20. April verschoben") is its first
    date after the words that lead to it."""
    if not rules.postponed_re.search(text, seg.start, seg.end) or rules.denied_re.search(
        text, seg.start, seg.end
    ):
        return []
    to = rules.postponed_to_re.search(text, seg.start, seg.end)
    if to is not None:
        new = [
            d
            for d in _within(all_dates, to.end(), seg.end)
            if d.period.known and _explicit_date(text, lang, d)
        ]
        return new[:1]
    if next_seg is None or not rules.rescheduled_re.search(text, next_seg.start, next_seg.end):
        return []
    return [
        d
        for d in _within(all_dates, next_seg.start, next_seg.end)
        if d.period.known and _explicit_date(text, lang, d)
    ]


def _in_next_sentence(text: str, pattern: re.Pattern[str], seg: Segment) -> bool:
    """`pattern` occurs in the sentence after `seg`, within its paragraph."""
    end = text.find("\n", seg.end)
    end = min(len(text) if end < 0 else end, seg.end + _NEXT_SENTENCE_REACH)
    stop = _SENTENCE_STOP_RE.search(text, seg.end + 1, end)
    return pattern.search(text, seg.end, stop.end() if stop else end) is not None


# How far the sentence after an invitation may run; where it ends.
_NEXT_SENTENCE_REACH = 300
_SENTENCE_STOP_RE = patterns.compile(r"[.!?](?=\s)")


def _names_a_body(text: str, trigger: re.Match[str], rules: _Rules) -> bool:
    """Whether a capitalised event word ends a body's name ("analysts at the Islamabad Policy
    Forum"): a think tank's, which holds no event anyone travels to (set AF)."""
    return trigger.group(0)[:1].isupper() and (
        rules.institution_re.search(text, max(0, trigger.start() - _NAME_REACH), trigger.start())
        is not None
    )


def _called_off(seg: Segment, text: str, rules: _Rules, triggers: list[re.Match[str]]) -> bool:
    """A "video link" or "no plans" near a visit word, or a question: nobody travels.

    Only near one: "is expected in Kabul in May, his spokesman said after a video
    conference" is still a visit.
    """
    if text[seg.start : seg.end].rstrip().endswith("?"):
        # "Вопрос: Будут ли новые визиты в Кабул?": a question tells of no visit
        return True
    if (
        rules.denied_re.search(text, seg.start, seg.end)
        or rules.postponed_re.search(text, seg.start, seg.end)
        or _in_next_sentence(text, rules.denied_next_re, seg)
    ):
        # "denied reports that the minister would travel to Kabul", "Die Reise wurde
        # verschoben"; "Outlets wrote that he would visit Kabul. His office said no such
        # trip is planned." (set X): a trip denied or put off is none
        return True
    last = max(t.end() for t in triggers) + _NOT_VISIT_REACH
    # "Muttaqi, who earlier held a video call with Chinese officials, arrived in
    # Islamabad": a visit word far from every such word still tells a trip
    covered: set[int] = set()
    for nv in rules.not_visit_re.finditer(text, seg.start, seg.end):
        if nv.start() > last:
            break  # PERF: this word and the later ones stand too far from every visit word
        if any(
            a.start() <= nv.end() and nv.start() - a.end() <= _ACCEPTED_REACH
            for a in rules.accepted_re.finditer(text, max(seg.start, nv.start() - 80), nv.end())
        ):
            continue  # "accepted the invitation to visit": the invitation stands
        if rules.invitation_words_re.fullmatch(nv.group(0)) and _accepted_next(text, rules, seg):
            continue  # "X invited Y to Tashkent. Y accepted the invitation": Y will travel
        covered.update(
            k
            for k, t in enumerate(triggers)
            if max(0, nv.start() - t.end(), t.start() - nv.end()) <= _NOT_VISIT_REACH
            and not _other_clause(text, rules, nv, t)
        )
        if len(covered) == len(triggers):
            return True
    return False


def _apart_from_called_off(seg: Segment, text: str, rules: _Rules) -> Segment:
    """The one clause of a sentence split by a contrast that puts no trip off, when the
    others do: "The Kazakh minister's trip was postponed, but the Uzbek minister arrived in
    Kabul on Monday" tells of the second trip. Otherwise the sentence itself."""
    cuts = list(rules.contrast_re.finditer(text, seg.start, seg.end))
    if not cuts or rules.postponed_to_re.search(text, seg.start, seg.end):
        return seg  # (a trip moved to a new date is read by the whole sentence)

    def off(a: int, b: int) -> bool:
        return bool(rules.denied_re.search(text, a, b) or rules.postponed_re.search(text, a, b))

    if not off(seg.start, seg.end):
        return seg
    bounds = [(seg.start, cuts[0].start())]
    bounds += [(c.end(), n.start()) for c, n in pairwise(cuts)]
    bounds.append((cuts[-1].end(), seg.end))
    kept = [(a, b) for a, b in bounds if not off(a, b)]
    if len(kept) != 1:
        return seg
    a, b = kept[0]
    while a < b and text[a].isspace():
        a += 1
    return Segment(a, b, text[a:b])


# how far before a stay's words the official staying may be named ("Minister X has been")
_STAYER_REACH = 60
_STAYER_GAP_RE = patterns.compile(r"[,;:.!?\n]|\s[-–—]\s")


def _is_stay(rules: _Rules, text: str, trigger: re.Match[str]) -> bool:
    # (a match, not a fullmatch: the stay's look-ahead reads past the trigger's end)
    m = rules.stay_re.match(text, trigger.start())
    return m is not None and m.end() == trigger.end()


def _stayer_before(text: str, trigger: re.Match[str], people: list[PersonMention]) -> bool:
    """An official is named before a stay's words, in their clause: "Minister X has been in
    Dushanbe since Tuesday", not "The council's seat is in Dushanbe, Minister X said"."""
    start = trigger.start()
    return any(
        start - _STAYER_REACH <= p.end <= start
        and (p.role or p.name)
        and not _STAYER_GAP_RE.search(text, p.end, start)
        for p in people
    )


# how far before a city the words naming a series of talks after it may start
_FORMAT_REACH = 24


def _names_a_format(text: str, p: PlaceMention, rules: _Rules) -> bool:
    """The city names a series of talks ("the Moscow format", "Moskauer Format",
    "московского формата", "le format de Moscou", "the Istanbul Process")."""
    return (
        rules.format_after_re.match(text, p.end) is not None
        or rules.format_before_re.search(text, max(0, p.start - _FORMAT_REACH), p.start) is not None
    )


# how far before a country its "the situation in" may start
_SITUATION_REACH = 32


def _situation_of(text: str, c: CountryMention, rules: _Rules) -> bool:
    """The country is named as a place things happen in ("the situation in Afghanistan",
    "die Lage in Afghanistan", "ситуация в Афганистане", "la situation en Afghanistan")."""
    return rules.situation_re.search(text, max(0, c.start - _SITUATION_REACH), c.start) is not None


def _only_press_events(
    seg: Segment, text: str, rules: _Rules, triggers: Sequence[re.Match[str]]
) -> bool:
    """Every visit word of the sentence names a press conference ("told a news conference
    in Tashkent"): a place something was said at, which tells no one's trip by itself."""
    events = [m.span() for m in rules.press_event_re.finditer(text, seg.start, seg.end)]
    return bool(events) and all(
        any(a <= t.start() and t.end() <= b for a, b in events)
        for t in triggers
        if seg.start <= t.start() < seg.end
    )


def _apart_from_reported(
    seg: Segment, text: str, rules: _Rules, weak: list[re.Match[str]]
) -> Segment:
    """A sentence whose only visit words name the press conference something was said at
    ("Saidov told a press conference in Tashkent that Uzbekistan would expand its links
    with Afghanistan"), up to where what was said starts: the words said tell neither the
    speaker's country nor the tense of his being there. Otherwise the sentence itself."""
    if not _only_press_events(seg, text, rules, weak):
        return seg
    last = max(t.end() for t in weak)
    cut = None
    for verb in rules.speech_re.finditer(text, seg.start, seg.end):
        if verb.start() >= last:
            cut = verb.start()  # "на пресс-конференции в Ташкенте заявил, что ..."
            break
        opener = rules.reported_re.search(text, max(verb.end(), last), seg.end)
        if opener is not None:
            cut = opener.start()  # "said at a press conference in Kabul that ..."
            break
    if cut is None:
        return seg
    while cut > seg.start and text[cut - 1] in " ,\t":
        cut -= 1
    return Segment(seg.start, cut, text[seg.start : cut])


_CLAUSE_BREAK_RE = patterns.compile(r"[,;]")


def _called_parties(
    seg: Segment, text: str, rules: _Rules, triggers: list[re.Match[str]]
) -> list[tuple[int, int]]:
    """The clauses (between commas) that tell of a call ("who spoke by phone with X", "der
    mit X telefonierte", "по телефону") and hold no word of travel: who is named there
    was called."""
    out: list[tuple[int, int]] = []
    for nv in rules.not_visit_re.finditer(text, seg.start, seg.end):
        if not any(w in nv.group(0).lower() for w in rules.remote_words):
            continue
        lo = max(text.rfind(",", seg.start, nv.start()), text.rfind(";", seg.start, nv.start()))
        brk = _CLAUSE_BREAK_RE.search(text, nv.end(), seg.end)
        if lo < 0 or brk is None:
            continue  # the call is the sentence's own clause: _called_off decides
        hi = brk.start()
        if not any(
            lo <= t.start() < hi
            and (
                rules.trigger_re.fullmatch(t.group(0))
                or rules.travel_re.fullmatch(t.group(0))
                or rules.arrival_re.fullmatch(t.group(0))
            )
            for t in triggers
        ):
            out.append((lo, hi))
    return out


def _other_clause(text: str, rules: _Rules, nv: re.Match[str], t: re.Match[str]) -> bool:
    """A strong visit word ("arrived", "visited") in another clause than the video call
    or phone word ("..., who held a video call with ..., arrived in Islamabad"): the call
    does not call the trip off."""
    word = t.group(0)
    if not any(w in nv.group(0).lower() for w in rules.remote_words):
        return False  # an invitation or a speculation covers the whole sentence
    if not (
        rules.trigger_re.fullmatch(word)
        or rules.travel_re.fullmatch(word)
        or rules.arrival_re.fullmatch(word)
    ):
        return False
    lo, hi = (nv.end(), t.start()) if nv.end() <= t.start() else (t.end(), nv.start())
    return _CLAUSE_BREAK_RE.search(text, lo, hi) is not None


def _near_strong(
    text: str,
    rules: _Rules,
    code: str,
    countries: list[CountryMention],
    triggers: list[re.Match[str]],
) -> bool:
    """A mention of the country stands next to a strong visit word ("the Afghan delegation")."""
    return any(
        c.code == code
        and rules.trigger_re.fullmatch(t.group(0))
        and max(0, t.start() - c.end, c.start - t.end()) <= _STRONG_REACH
        for c in countries
        for t in triggers
    )


def _paragraph_date(seg: Segment, text: str, all_dates: list[DateMention]) -> list[DateMention]:
    """The known date nearest the sentence in its paragraph (the sentence has none)."""
    line_start = text.rfind("\n", 0, seg.start) + 1
    line_end = text.find("\n", seg.end)
    near = [
        d
        for d in _within(all_dates, line_start, line_end if line_end >= 0 else len(text))
        if d.period.known and not seg.start <= d.start < seg.end
    ]
    if not near:
        return []
    return [min(near, key=lambda d: min(abs(d.start - seg.start), abs(d.start - seg.end)))]


def _next_head(
    next_seg: Segment | None,
    text: str,
    rules: _Rules,
    countries: list[CountryMention],
    people: list[PersonMention],
) -> tuple[str, PersonMention | None, list[CountryMention]] | None:
    """The visiting side named in the next sentence: "The Afghan delegation was led by X"."""
    if next_seg is None:
        return None
    m = rules.head_next_re.search(text, next_seg.start, next_seg.end)
    if m is None:
        return None
    before = [c for c in _within(countries, next_seg.start, m.end()) if c.form not in _PLACE_FORMS]
    person = next(
        (p for p in people if p.name and p.end > m.end() and p.start - m.end() <= 60), None
    )
    code = (person.country if person and person.country else None) or (
        before[-1].code if before else None
    )
    if code is None:
        # the head's country is not told: "" stands for "the sentence's one visiting side"
        return ("", person, []) if person is not None else None
    return code, person, before[-1:]


def _speaker_label(text: str, person: PersonMention) -> bool:
    """The person opens the line as an interview's speaker label ("Name: ...")."""
    return text.startswith(":", person.end) and not text[
        text.rfind("\n", 0, person.start) + 1 : person.start
    ].strip(" \t*_")


def _part_drafts(
    seg: Segment,
    text: str,
    lang: str,
    published: date | None,
    rules: _Rules,
    status: str,
    triggers: list[re.Match[str]],
    countries: list[CountryMention],
    people: list[PersonMention],
    dates: list[DateMention],
    located: list[PlaceMention],
    counts: Counter[str],
    strong: bool,
    meeting: _Meeting | None = None,
    publisher: str | None = None,
    counted: tuple[int, int, Period] | None = None,
    home: str | None = None,
    home_city: str | None = None,
) -> list[_Draft]:
    trigger = next((t for t in triggers if t.start() >= seg.start), triggers[0])
    receivers = _receivers(seg, text, lang, rules, people)
    later = tuple(t for t in triggers if trigger.end() <= t.start() < seg.end)
    # ", wie das Außenministerium in Taschkent bestätigte": a city in the closing
    # attribution is where the source sits, not where the visit goes
    said_at = _attribution_start(text, rules, seg, trigger)
    located = [p for p in located if p.start < said_at]
    host_found = _host(
        seg,
        text,
        rules,
        located,
        countries,
        trigger,
        receivers,
        later,
        dates,
        (home, home_city) if home is not None else None,
        people,
    )
    if host_found is None and meeting is not None:
        # a later sentence of the meeting's paragraph: "Delegations of A and B attended"
        host_found = meeting.place.code, meeting.place.name, "visits.meeting"
        located = [replace(meeting.place, start=seg.start, end=seg.start)]
        if not any(d.period.known for d in dates):
            dates = meeting.dates
            if (
                status == "held"
                and not rules.held_re.search(text, seg.start, seg.end)
                and rules.planned_re.search(text, meeting.start, meeting.end)
            ):
                # "The next round will take place in Kazan in November. Afghanistan's
                # delegation is invited too": the meeting's tense, and its November ahead
                status = "planned"
    if host_found is None:
        return []
    host, location, rule = host_found
    # the receiver is the host side: a counterpart, never the visitor; nor is an
    # interview's speaker label ("Bekmuchanow: Unser Vizepremier X wird ... reisen")
    guests = [p for p in people if p not in receivers and not _speaker_label(text, p)]
    # "Sharif, who also spoke by phone with Afghan minister X, called the trip ...": the
    # other end of a call in a clause of its own travelled nowhere, nor did his country
    # (set Z)
    called = _called_parties(seg, text, rules, triggers) if "," in seg.text else []
    if called:
        guests = [p for p in guests if not any(a <= p.start < b for a, b in called)]
        countries = [c for c in countries if not any(a <= c.start < b for a, b in called)]
    # "The Minister paid a working visit": on a ministry's page, that ministry's minister
    guests = _published_by(guests, trigger, publisher)
    # "under the auspices of Turkey and Qatar": mediators attend but are not the sides;
    # ", a annoncé le ministère qatari": whoever announces it is no side either
    said = _attribution_start(text, rules, seg, trigger)
    # "consultations on Afghanistan", "консультации по Афганистану": a topic is no side
    sides = [
        c
        for c in countries
        if not _mediator(text, rules, c) and not _topic_country(text, rules, c) and c.start < said
    ]
    # "besucht Usbekistan und Tadschikistan": a country listed with the host as the visit
    # verb's object is another destination, no visitor
    listed = {c.code for c in sides if _listed_with_host(text, rules, host, sides, c, trigger)}
    # "will visit Pakistan and Afghanistan", "se rendra au Pakistan et en Afghanistan": one
    # trip to each country listed after the destination
    # ("wird Usbekistan und Tadschikistan besuchen": the list before the verb too)
    further = [c.code for c in sides if c.code in listed and c.code != host]
    if rule in _LISTABLE_RULES:
        further += _further_destinations(text, rules, host, sides, trigger)
    further = list(dict.fromkeys(further))
    if further:
        sides = [c for c in sides if c.code not in further]
    visitors = _visitors(seg, text, lang, rules, host, sides, guests)
    if not visitors and rules.both_sides_re.search(text, seg.start, seg.end):
        # "the two delegations will meet in Istanbul": the document's two sides; "the
        # parties agreed to hold the next meeting in Kabul": when the host's country is
        # one of them, the other side travels
        main = [code for code, _ in counts.most_common(2)]
        other = _other_country(host, counts) if host in main else None
        sides_met = [other] if other else _two_sides(host, counts)
        visitors = [(code, None) for code in sides_met]
    if rule == "visits.meeting" and any(p is not None and p.name for _, p in visitors):
        # "Y ont participé les ministres du Kazakhstan, du Tadjikistan et du Turkménistan,
        # ainsi que le Français X": the listed countries attend beside the named people
        for run in _country_runs(text, rules, host, countries, seg.start):
            if len(run) >= 2:
                visitors += [(code, None) for code in run if code not in dict(visitors)]
    if rule == "visits.meeting" and len(visitors) < 2:
        # only a named official of another country ("le Français X" too), a list of
        # countries or a delegation attends; "über den iranischen Hafen" names no participant
        visitors = [
            (code, person)
            for code, person in visitors
            if (
                person is not None
                and (person.role or person.name)
                and person.country in (code, None)
            )
            or _near_strong(text, rules, code, countries, triggers)
        ]
    # the document's other side visits when a strong visit word or an official
    # with a role acts in the sentence ("The acting minister ... travelled to Tehran")
    if (
        not visitors
        and (location or rule == "visits.visited_country")
        and rule != "visits.meeting"
        and (strong or any(p.role for p in people))
        # "Foreign Minister X told a news conference in Tashkent": a speaker of no named
        # country at a press conference is no visitor from the country the article is about
        and not _only_press_events(seg, text, rules, triggers)
    ):
        # "an event with the Afghan side in Kabul": the document's other side; on a
        # ministry's page ("a delegation of the Ministry of Commerce held talks in Kabul"),
        # the publisher's side, not the country the page names most
        other = (
            publisher
            if publisher is not None and publisher != host
            else _other_country(host, counts)
        )
        if other in listed:
            other = None  # "besucht Usbekistan und Tadschikistan": a destination too
        if other and _lone_event(seg, text, lang, rules, triggers, people, other):
            other = None
        if other:
            visitors = [(other, _unplaced_visitor(seg, text, lang, rules, trigger, guests, other))]
        elif home is not None and home != host and home not in listed:
            # "Kanzler X reiste nach Taschkent" under a Berlin dateline, the article naming no
            # other side: a titled official of no country is of the dateline's country
            titled = [p for p in guests if p.role and not p.country and p.start < trigger.start()]
            if titled:
                visitors = [(home, replace(titled[0], country=home))]
    elif (
        not visitors
        and rule == "visits.destination"
        and home is not None
        and home != host
        and home not in listed
    ):
        # "PARIS - Le ministre délégué X se rendra en Ouzbékistan": a named, titled official
        # of no country travelling to a country is of the dateline's country (set Z)
        titled = [
            p for p in guests if p.name and p.role and not p.country and p.start < trigger.start()
        ]
        if titled:
            visitors = [(home, replace(titled[0], country=home))]
    if all(code == host for code, _ in visitors):
        # PERF: no visit to date: the date and topics below would go unused
        return []
    # "amid ongoing deportations" is no date of a visit, nor "since 2021", nor the day a
    # statement was made ("officials said Tuesday after two days of talks")
    known = [
        d
        for d in dates
        if d.period.known
        and not _since_elsewhere(text, rules, d.start, trigger.start())
        and not rules.said_re.search(text, max(0, d.start - SAID_REACH), d.start)
        and not rules.said_after_re.match(text, d.end)
        and not _is_dateline_date(text, lang, d.start)
        and not _after_money(text, lang, d.start)
    ]
    period, dated = Period.unknown(), False
    counted_period = None
    # whether the date is the first day of a stay of several ("from 9 to 12 November")
    stay = False
    if counted is not None:
        # "Two months later": no other date of the sentence, or one inside the phrase
        outside = [d for d in known if d.end <= counted[0] or d.start >= counted[1]]
        if outside:
            known = outside
        else:
            # counted from the text's last date; left out when it cannot be counted
            counted_period = _counted_period(counted[2], status, published)
    if counted_period is not None:
        period, dated = counted_period, counted_period.known
    elif known:
        # the date nearest the place or visit word, not a dateline at the start
        anchor = next((p.start for p in located if p.name == location), trigger.start())
        best = min(known, key=lambda d: abs(d.start - anchor))
        # "spent Nov. 30 and Dec. 1 in Kabul", "30 ноября – 1 декабря": a stay of
        # several days is dated by its first
        stay = _DAY_SPAN_RE.search(text, best.start, best.end) is not None
        while True:
            first = next(
                (
                    d
                    for d in known
                    if d.end <= best.start and _SPAN_JOIN_RE.fullmatch(text, d.end, best.start)
                ),
                None,
            )
            if first is None:
                break
            best, stay = first, True
        period, dated = best.period, True
        if (
            status == "held"
            and published is not None
            and best.period.start is not None
            and best.period.start > published
        ):
            surface = text[best.start : best.end]
            behind = _backward(period, surface, published)
            if (
                behind is period
                and period.precision == "day"
                and not re.search(r"\d", surface)
                and period.start is not None
                and (period.start - published).days <= 7
            ):
                # "с понедельника находится в Ташкенте": a weekday read ahead of publication
                # in a sentence of a visit under way or over is the one before it
                behind = Period.day(period.start - timedelta(days=7))
            if behind is not period and _past_marker(seg, text, rules):
                # "visited Kabul on 26 January", read in October: the January before
                period = behind
            else:
                # "reist am 26. Januar nach Taschkent": a written date still ahead
                status = "planned"
        if status == "planned" and published is not None:
            period = _forward(period, text[best.start : best.end], published)
    elif published is not None:
        month = _bare_month(seg, text, lang, published, rules)
        if month is not None:
            # "scheduled for December", "für März": a month the date patterns skip
            period, dated = month, True
            if status == "planned":
                period = _forward(period, "", published)
        else:
            # a visit reported with no date happens around publication
            period = Period.month(published.year, published.month)
    topics = _paragraph_topics(text, seg.start, lang)
    q_start, q_end = _quote_bounds(seg, text, trigger)
    # "a mission to Kazakhstan and Kyrgyzstan from 9 to 12 November": the first day is the
    # first country's; the later countries' days are not told, only the month (set Z)
    later_legs = period
    if further and stay and period.precision == "day":
        assert period.start is not None
        later_legs = Period.month(period.start.year, period.start.month)
    drafts: list[_Draft] = []
    for (visitor_country, person), (to, city) in itertools.product(
        visitors, [(host, location), *((code, None) for code in further)]
    ):
        if visitor_country == to:
            continue
        drafts.append(
            _Draft(
                visitor_country=visitor_country,
                host_country=to,
                status=status,
                start=q_start,
                end=q_end,
                rule=rule,
                date=period if to == host else later_legs,
                dated=dated,
                location=city,
                visitor=person.name if person else None,
                visitor_role=person.role if person else None,
                # the visitor is never his own counterpart ("X met Afghan Deputy Prime
                # Minister Y" where Y came to X)
                counterparts=[
                    c
                    for c in (
                        *(r.name for r in receivers if r.name and not r.country),
                        *_counterparts(seg, text, lang, rules, people, visitor_country),
                    )
                    if person is None or c != person.name
                ],
                topics=topics,
            )
        )
    return drafts


def _table_drafts(
    text: str, lang: str, published: date | None, rules: _Rules, counts: Counter[str]
) -> list[_Draft]:
    """Visits listed in a table ("| Date | Delegation | Destination |"), one per row."""
    from tracker.extract.engine import parse_period

    drafts: list[_Draft] = []
    for table in find_tables(text):
        roles: dict[str, int] = {}
        for index, cell in enumerate(table[0].cells if table else ()):
            for role, pattern in rules.columns:
                if role not in roles and pattern.search(cell):
                    roles[role] = index
                    break
        if "destination" not in roles or not ({"visitor", "date"} & roles.keys()):
            continue
        for row in table[1:]:

            def cell(role: str, row: Any = row, roles: dict[str, int] = roles) -> str:
                index = roles.get(role)
                return row.cells[index] if index is not None and index < len(row.cells) else ""

            destination = cell("destination")
            places = find_places(destination, lang)
            dest_countries = [
                c for c in find_countries(destination, lang) if c.form not in _PLACE_FORMS
            ]
            host = (
                places[0].code if places else (dest_countries[0].code if dest_countries else None)
            )
            if host is None:
                continue
            # "| Datum | Termin | Ort |": without a visitor column the row's other cells
            # tell who goes, and a row naming no one there ("Wahlen", "Expertenrunde") is none
            described = "visitor" not in roles
            who = (
                " ".join(c for i, c in enumerate(row.cells) if i not in roles.values())
                if described
                else cell("visitor")
            )
            people = [p for p in find_people(who, lang) if p.name or p.role]
            person = next((p for p in people if p.name), people[0] if people else None)
            visitor_countries = [
                c.code for c in find_countries(who, lang) if c.form not in _PLACE_FORMS
            ]
            visitor = (person.country if person else None) or next(iter(visitor_countries), None)
            if described and person is None and not rules.official_re.search(who):
                continue  # a row naming neither an official nor a delegation is no trip
            visitor = visitor or _other_country(host, counts)
            if visitor is None or visitor == host:
                continue
            period = parse_period(cell("date"), lang, published) or Period.unknown()
            status = "held"
            if published is not None and period.start is not None and period.start > published:
                status = "planned"
            drafts.append(
                _Draft(
                    visitor_country=visitor,
                    host_country=host,
                    status=status,
                    start=row.start,
                    end=row.end,
                    rule="visits.table",
                    date=period,
                    dated=period.known,
                    location=places[0].name if places else None,
                    visitor=person.name if person else None,
                    visitor_role=person.role if person else None,
                    topics=_topics(cell("purpose") or (who if described else ""), rules),
                )
            )
    return drafts


@lru_cache(maxsize=16)
def _month_words(lang: str) -> frozenset[str]:
    """Full month names of a language, from the engine's generated CLDR data."""
    try:
        months = load_rules("common/generated", lang).get("months") or {}
    except Exception:  # no calendar data: no month fallback
        LOGGER.debug("no month names for %r", lang, exc_info=True)
        return frozenset()
    return frozenset(
        str(form).lower()
        for forms in months.values()
        for form in as_list(forms)
        if len(str(form)) > 2
    )


def _since_elsewhere(text: str, rules: _Rules, date_start: int, trigger_start: int) -> bool:
    """True when a "since" phrase dates something else ("the first since 2021"); "since the
    visit of X to Berlin in May 2024" names this very visit, whose date it is."""
    lo = max(0, date_start - 80)
    m = rules.since_re.search(text, lo, date_start)
    return m is not None and not (m.start() < trigger_start < date_start)


def _bare_month(
    seg: Segment, text: str, lang: str, published: date, rules: _Rules
) -> Period | None:
    """A month named without the preposition the date patterns expect ("for December")."""
    from tracker.extract.engine import parse_period

    words = _month_words(lang)
    for m in _WORD_RE.finditer(text, seg.start, seg.end):
        word = m.group(0)
        if word.lower() not in words or (rules.month_capitalised and not word[:1].isupper()):
            continue
        period = parse_period(f"{rules.month_preposition} {word}", lang, published)
        if period is not None and period.known:
            return period
    return None


# A day or month without a year that a past-tense verb dates lies behind publication
# when it would lie more than this far ahead (nearer, the publication date is suspect).
_BACKWARD_MIN_DAYS = 31


def _backward(period: Period, surface: str, published: date) -> Period:
    """A held visit "on 26 January" written without a year, which the nearest-date rule
    put ahead of publication, lies behind it: the same day a year earlier. The same
    period when a year is written or it lies less than a month ahead."""
    if (
        period.start is None
        or period.end is None
        or period.precision not in ("day", "month")
        or re.search(r"\d{4}", surface)
        or not re.search(r"\d", surface)
        and period.precision == "day"  # a weekday
        or (period.start - published).days <= _BACKWARD_MIN_DAYS
    ):
        return period
    try:
        start = period.start.replace(year=period.start.year - 1)
        end = period.end.replace(year=period.end.year - 1)
    except ValueError:  # 29 February
        return period
    return Period(start, end, period.precision)


def _words_key(words: str) -> str:
    """Words compared whatever their case and spacing ("Arrives  in" is "arrives in")."""
    return " ".join(words.lower().split())


def _past_marker(seg: Segment, text: str, rules: _Rules) -> bool:
    """A held marker in the past tense stands in the sentence ("visited", not "arrives in")."""
    return any(
        _words_key(m.group(0)) not in rules.present_held
        for m in rules.held_re.finditer(text, seg.start, seg.end)
    )


def _forward(period: Period, surface: str, published: date) -> Period:
    """A planned visit "in October" or "on Wednesday" written without a year lies ahead."""
    if period.end is None or period.end >= published or re.search(r"\d{4}", surface):
        return period
    assert period.start is not None
    if period.precision == "day" and not re.search(r"\d", surface):
        # a weekday: the next one after publication, not the same day next year
        ahead = period.start
        while ahead < published:
            ahead += timedelta(days=7)
        return Period.day(ahead)
    try:
        start = period.start.replace(year=period.start.year + 1)
        end = period.end.replace(year=period.end.year + 1)
    except ValueError:  # 29 February
        return period
    return Period(start, end, period.precision)


# A count of these units after a date gives a date at this precision ("two weeks later":
# which day is not told, the month is).
_UNIT_PRECISION = {"day": "day", "week": "month", "month": "month", "year": "year"}
_PRECISION_RANK = {"day": 0, "month": 1, "quarter": 2, "half": 3, "year": 4}


def _add(d: date, unit: str, n: int) -> date:
    """`d` moved `n` units on; a month's day past the target month's end is its last."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    months = n * (12 if unit == "year" else 1)
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(d.day, last))


def _period_at(d: date, precision: str) -> Period:
    if precision == "day":
        return Period.day(d)
    if precision == "month":
        return Period.month(d.year, d.month)
    if precision == "quarter":
        return Period.quarter(d.year, (d.month - 1) // 3 + 1)
    if precision == "half":
        return Period.half(d.year, 1 if d.month <= 6 else 2)
    return Period.year(d.year)


def _explicit_date(text: str, lang: str, d: DateMention) -> bool:
    """A date written out ("12 January 2025", "in March"), not a weekday or "last week"."""
    surface = text[d.start : d.end]
    return bool(_DIGIT_RE.search(surface)) or any(
        w.lower() in _month_words(lang) for w in _WORD_RE.findall(surface)
    )


def _later_date(
    seg: Segment,
    text: str,
    lang: str,
    rules: _Rules,
    all_dates: list[DateMention],
    published: date | None,
) -> tuple[int, int, Period] | None:
    """(start, end, period) of "Two months later" / "Zwei Wochen später" / "Через месяц" /
    "Trois semaines plus tard" in the sentence, counted from the last date written out
    before it (not the publication date); the period is unknown when there is none."""
    m = search(rules.later_re, text, seg.start, seg.end)
    if m is None:
        return None
    # one group of each kind takes part in the match; the data may number them ("n2")
    groups = m.groupdict()
    said = next((v for k, v in groups.items() if k.startswith("unit") and v), "")
    count = next((v for k, v in groups.items() if k.rstrip("0123456789") == "n" and v), None)
    unit = next((u for u, pattern in rules.later_units if pattern.fullmatch(said)), None)
    n = 1 if count is None else parse_number(count, lang)
    before = [
        d
        for d in all_dates
        if d.end <= m.start()
        and d.period.known
        and d.period.precision in _PRECISION_RANK
        and _explicit_date(text, lang, d)
        and not (published is not None and d.period == Period.day(published))
    ]
    if unit is None or n is None or n != int(n) or not before:
        return m.start(), m.end(), Period.unknown()
    base = max(before, key=lambda d: d.end).period
    assert base.start is not None and base.end is not None
    precision = max(base.precision, _UNIT_PRECISION[unit], key=lambda p: _PRECISION_RANK[p])
    try:
        first = _period_at(_add(base.start, unit, int(n)), precision)
        last = _period_at(_add(base.end, unit, int(n)), precision)
    except (ValueError, OverflowError):  # "10,000 years later": beyond the calendar
        return m.start(), m.end(), Period.unknown()
    # "two weeks after March": late March or April, no one month
    return m.start(), m.end(), first if first == last else Period.unknown()


def _counted_period(period: Period, status: str, published: date | None) -> Period | None:
    """The counted date, or None when it contradicts the tense (a held visit ahead of
    publication, a planned one behind it): "Через месяц министр посетит Кабул" counts from
    publication, not from the last date written."""
    if published is None or not period.known:
        return period
    assert period.start is not None and period.end is not None
    if (status == "held" and period.start > published) or (
        status == "planned" and period.end < published
    ):
        return None
    return period


def _compatible(a: _Draft, b: _Draft) -> bool:
    """Dates written in the text must overlap; a date taken from publication fits any,
    unless the two name different cities and the written date lies outside it ("arrived in
    Mazar-i-Sharif ... Earlier, in October, he was in Kabul": two trips)."""
    if a.dated and b.dated:
        return _overlap(a.date, b.date) or _days_of_one_stay(a, b)
    if a.dated != b.dated and a.location and b.location and a.location != b.location:
        return _overlap(a.date, b.date)
    return True


# How many days apart two dated mentions of one visitor in one city may be and still tell
# one stay ("arrived in Kabul on Monday ... On Tuesday the minister held talks").
_STAY_DAYS = 3


def _days_of_one_stay(a: _Draft, b: _Draft) -> bool:
    """Days a few apart of the same visitor in the same city: days of one stay."""
    if not (a.location and a.location == b.location and a.status == b.status == "held"):
        return False
    if a.visitor and b.visitor and a.visitor != b.visitor:
        return False
    if a.date.precision != "day" or b.date.precision != "day":
        return False
    assert a.date.start and b.date.start
    return abs((a.date.start - b.date.start).days) <= _STAY_DAYS


def _overlap(a: Period, b: Period) -> bool:
    if not a.known or not b.known:
        return True
    assert a.start and a.end and b.start and b.end
    return not (a.end < b.start or b.end < a.start)


def _richness(d: _Draft) -> int:
    return 4 * bool(d.visitor) + 2 * bool(d.visitor_role) + bool(d.location) + d.dated


def _is_headline_quote(text: str, d: _Draft) -> bool:
    """The draft's quote is a line of its own with no sentence end: a headline."""
    return _headline_at(text, d.start)


def _headline_at(text: str, pos: int) -> bool:
    """The line holding `pos` is short and has no sentence end: a headline."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    return 0 < len(line) <= HEADLINE_MAX_CHARS and not line.endswith((".", "!", "?", "…"))


def _fold_headlines(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """An undated headline visit told once more, dated, in the body is that visit.

    Headlines drop the verb's tense ("Minister to lead mission to Kabul" reads as held),
    so the body's one visit of the same sides decides status and date.
    """
    out: list[_Draft] = []
    for d in drafts:
        if not d.dated and _is_headline_quote(text, d):
            # (a headline's visitor, if it names one, is the body's: "Что известно о поездке
            # Жумангарина в Кабул")
            same = [
                o
                for o in drafts
                if o is not d
                # (or the lead's undated visit of the visitor the headline names: "Dar to
                # visit Kazakhstan" / "ASTANA, Nov 12 - ... Dar arrived on an official visit")
                and (
                    o.dated
                    or (
                        d.visitor is not None
                        and o.start < _DATELINE_MEETING_CHARS
                        and not _is_headline_quote(text, o)
                    )
                )
                and (o.visitor_country, o.host_country) == (d.visitor_country, d.host_country)
                and (not d.visitor or _same_surname(d.visitor, o.visitor))
            ]
            if len(same) == 1 and same[0].status != d.status:
                body = same[0]
                body.location = body.location or d.location
                body.topics += [t for t in d.topics if t not in body.topics]
                continue
        out.append(d)
    return out


def _same_surname(name: str, other: str | None) -> bool:
    return other is not None and name.split()[-1] == other.split()[-1]


# How far back (characters) the named visitor of "the minister" may stand.
_BACK_REFERENCE_REACH = 600
# ... and, for a next stop, the visit it continues (the article's trip, told at its start)
_ONWARD_REACH = 1500


def _name_back_references(text: str, rules: _Rules, drafts: list[_Draft]) -> None:
    """A visit told of "the minister", "he", "der Gast", "le chef de la diplomatie" takes
    the visitor named in an earlier visit of the same side a few sentences before ("X
    arrived in Kabul on Monday. The minister will travel to Mazar-i-Sharif on Wednesday").
    """
    for k, d in enumerate(drafts):
        if d.visitor is not None:
            continue
        referred = search(rules.back_reference_re, text, d.start, d.end) is not None
        # ("Затем министр отправится в Бишкек": a next stop refers back by itself)
        onward_leg = search(rules.onward_leg_re, text, d.start, d.end) is not None
        if not referred and not onward_leg:
            continue
        earlier = None
        if referred:
            earlier = next(
                (
                    e
                    for e in reversed(drafts[:k])
                    if e.visitor
                    and e.visitor_country == d.visitor_country
                    and e.end <= d.start
                    and d.start - e.end <= _BACK_REFERENCE_REACH
                ),
                None,
            )
        onward = earlier is None and onward_leg
        if onward:
            # "X held talks in Dushanbe on Tuesday. ... The minister is due to travel on to
            # Bishkek": a next stop is the last named visitor's, who leaves the host he was
            # in; that host is no visitor of his own (set AL)
            earlier = next(
                (
                    e
                    for e in reversed(drafts[:k])
                    if e.visitor
                    and e.host_country == d.visitor_country
                    and e.visitor_country != d.host_country
                    and e.end <= d.start
                    and d.start - e.end <= _ONWARD_REACH
                ),
                None,
            )
            if earlier is not None:
                d.visitor_country = earlier.visitor_country
        if earlier is not None and (
            d.visitor_role in (None, earlier.visitor_role)
            # ("The minister" of the "Energy Minister" who travels on)
            or (
                onward
                and d.visitor_role is not None
                and d.visitor_role.lower() in (earlier.visitor_role or "").lower()
            )
        ):
            d.visitor, d.visitor_role = earlier.visitor, earlier.visitor_role


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """One visit per visitor/host/status and compatible date; the richest mention leads."""
    merged: list[_Draft] = []
    for d in drafts:
        same = next(
            (
                m
                for m in merged
                if (m.visitor_country, m.host_country, m.status)
                == (d.visitor_country, d.host_country, d.status)
                and _compatible(m, d)
            ),
            None,
        )
        if same is None:
            merged.append(d)
            continue
        lead, other = (d, same) if _richness(d) > _richness(same) else (same, d)
        if not lead.dated and other.dated:
            lead.date, lead.dated = other.date, True
        elif (
            lead.dated
            and other.dated
            and other.date.precision == "day"
            and (
                lead.date.precision != "day"
                # (days of one stay: the first day dates it)
                or (other.date.start and lead.date.start and other.date.start < lead.date.start)
            )
        ):
            lead.date = other.date
        lead.location = lead.location or other.location
        lead.visitor = lead.visitor or other.visitor
        lead.visitor_role = lead.visitor_role or other.visitor_role
        lead.counterparts += [c for c in other.counterparts if c not in lead.counterparts]
        lead.topics += [t for t in other.topics if t not in lead.topics]
        if lead is d:
            merged[merged.index(same)] = d
    return merged


def _is_history(d: _Draft, published: date | None) -> bool:
    """A held visit dated (in the text) well before publication: background, not news."""
    if d.status != "held" or not d.dated or published is None or d.date.end is None:
        return False
    return d.date.end < published - timedelta(days=_HISTORY_DAYS)


# A publisher's header stands among the first lines of the page, and is short.
_PUBLISHER_LINES = 4
_PUBLISHER_MAX_CHARS = 140
_HEADER_MARKS = " \t#*_>|-–—"


def _header_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, text less markup) of the first _PUBLISHER_LINES non-blank lines."""
    pos, seen = 0, 0
    while seen < _PUBLISHER_LINES and pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end].strip(_HEADER_MARKS)
        start, pos = pos, end + 1
        if line:
            seen += 1
            yield start, end, line


# A dateline opens with a place, then a comma, an agency in brackets or a dash; a place in
# capitals may end with a colon ("ISLAMABAD: Prime Minister ...", as Pakistani papers write;
# "Kabul: Taliban say ..." is a headline's topic); a full stop before a day ("Астана. 12
# ноября.", as Kazakh and Uzbek agencies write).
_DATELINE_HOME_RE = patterns.compile(
    r"[^\w\n]*(?P<place>[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]+(?:[ -][A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]+)?)"
    r"(?:\s*(?:,|\(|[–—-]\s)|(?<=[A-ZÀ-ÖØ-ÞА-ЯЁ]):\s|(?P<stop>\.)\s+(?=\d{1,2}\.?\s+[^\W\d_]))"
)


def dateline_country(
    text: str, lang: str, countries: list[CountryMention], dates: list[DateMention]
) -> str | None:
    """The country of the place an article's dateline opens with, or None."""
    return _dateline_home(text, lang, countries, dates)


def _dateline_home(
    text: str, lang: str, countries: list[CountryMention], dates: list[DateMention]
) -> str | None:
    """The country of the place a dateline opens with ("Berlin, 10. November 2026",
    "ISLAMABAD (Reuters) –", "Кабул, 10 ноября"), among the first lines: a dateline line
    holds a date too. None when there is none."""
    place = _dateline_place(text, lang, countries, dates)
    return place[0] if place is not None else None


def _dateline_place(
    text: str, lang: str, countries: list[CountryMention], dates: list[DateMention]
) -> tuple[str, str | None] | None:
    """(country, city) of the place a dateline opens with (see `_dateline_home`); the city
    is None when the dateline's place is not one the gazetteer names."""
    for start, end, line in _header_lines(text):
        m = _DATELINE_HOME_RE.match(text, start, end)
        if m is None and ("|" in line or "·" in line):
            # "By staff reporter | Ankara, 12 November 2026": a byline cell, then the
            # dateline's (set AA)
            cut = max(line.rfind("|"), line.rfind("·"))
            m = _DATELINE_HOME_RE.match(text, start + cut + 1, end)
        if m is None or not any(start <= d.start < end for d in dates):
            continue
        if m.group("stop") and not any(d.start == m.end() for d in dates):
            # "Астана. 12 ноября.": the day right after the full stop ("Kabul. 12 people
            # were killed on Monday" is no dateline)
            continue
        a, b = m.span("place")
        for c in countries:
            if c.start == a and c.end == b and c.form in _PLACE_FORMS:
                return c.code, _compile(lang).capitals.get(c.code)
        for place in find_places(text, lang):
            if place.start == a and place.end == b and place.code:
                return place.code, place.name
        return None
    return None


def _publisher(text: str, lang: str, rules: _Rules, countries: list[CountryMention]) -> str | None:
    """The country of the ministry whose page this is, from a header line among the first
    ones ("Ministry of Foreign Affairs of the Republic of Uzbekistan", "Пресс-релиз МИД
    Казахстана"); None when no such line, or it names no single country."""
    for start, end, line in _header_lines(text):
        # a headline that tells of a visit is news, not the publisher's name
        if (
            len(line) > _PUBLISHER_MAX_CHARS
            or line.endswith((".", "!", "?"))
            or not rules.publisher_re.fullmatch(line)
            or rules.trigger_re.search(line)
            or rules.weak_re.search(line)
            or rules.speech_re.search(line)
        ):
            continue
        codes = {c.code for c in _within(countries, start, end) if c.form not in _PLACE_FORMS}
        if len(codes) == 1:
            return codes.pop()
    return None


def _interviewee(text: str, rules: _Rules, people: list[PersonMention]) -> PersonMention | None:
    """The official an interview is with, named with a country in a header line among the
    first ones ("Interview with Kazakh Deputy Foreign Minister X", "Интервью с ...")."""
    for start, end, line in _header_lines(text):
        if len(line) > _PUBLISHER_MAX_CHARS or not rules.interview_re.match(line):
            continue
        return next((p for p in _within(people, start, end) if p.name and p.country), None)
    return None


# How far (characters) back "he" finds the official it stands for.
_PRONOUN_REACH = 600

# A byline and the author's note under it stand among the first lines of an op-ed.
_BYLINE_LINES = 8
# "By Dilshod Rakhimov": the capitalised words a byline names its author by.
_BYLINE_NAME_RE = patterns.compile(r"[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){1,3}")


def _author(
    text: str, rules: _Rules, people: list[PersonMention], countries: list[CountryMention]
) -> PersonMention | None:
    """The official an op-ed is by: a byline among the first lines ("By X", "TRIBUNE. Par
    X, ministre des Affaires étrangères du Kazakhstan") naming a person with a country, or
    whose next line tells the author's office and country ("X is Deputy Minister of ...
    of Uzbekistan"). A byline of no office (a journalist's) names no one."""
    lines = list(itertools.islice(_all_lines(text), _BYLINE_LINES))
    for i, (start, end, line) in enumerate(lines):
        by = rules.byline_re.search(text, start, end)
        if by is None:
            continue
        # (a mention may run on past the line: its country is read beyond it)
        named = [p for p in people if by.end() <= p.start < end and p.role]
        official = next((p for p in named if p.name and p.country), None)
        if official is not None:
            return official
        nm = _BYLINE_NAME_RE.match(text, by.end(), end)
        if nm is None:
            return None
        name = nm.group(0).rstrip(".")
        # "Par X, vice-ministre ouzbek du Commerce": the office in the byline itself, or
        # "X is Deputy Minister ... of Uzbekistan" in a line under it
        notes = [(by.end(), end)] + [
            (s, e) for s, e, _line in lines[i + 1 : i + 3] if text.startswith(name, s)
        ]
        for n_start, n_end in notes:
            roles = [p for p in people if n_start <= p.start < n_end and p.role]
            codes = {
                c.code for c in _within(countries, n_start, n_end) if c.form not in _PLACE_FORMS
            }
            if roles and len(codes) == 1:
                return PersonMention(name, roles[0].role, codes.pop(), n_start, n_start + len(name))
        return None
    return None


def _all_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, text less markup) of the non-blank lines of `text`."""
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end].strip(_HEADER_MARKS)
        start, pos = pos, end + 1
        if line:
            yield start, end, line


# "Beisekov: ...", "**Q:** ...", "Le ministre : ...": a transcript's or interview's speaker
# label opens its line, a few words before a colon.
_LABEL_RE = patterns.compile(r"(?m)^[ \t*_>]*(?P<label>[^\W\d_][^\n:]{0,48}?)[ \t*_]*:[ \t*_]")


def _speakers(
    text: str,
    rules: _Rules,
    people: list[PersonMention],
    home: str | None,
    fallback: PersonMention | None,
) -> list[tuple[int, PersonMention | None]]:
    """(line start, who speaks from there on) at each speaker label of a transcript or an
    interview. A label naming an official of a known country ("Beisekov:", after "Minister
    Nurlan Beisekov of Kazakhstan") makes him the speaker, a label of a role alone ("Le
    ministre :", "SPOKESPERSON:") the publisher's or dateline's official; an asker's label
    ("Q:", "Question (AFP) :", "MODERATOR:") makes no official the speaker, and any other
    ("A:", "Ответ:") leaves the interview's or op-ed's official (`fallback`)."""
    out: list[tuple[int, PersonMention | None]] = []
    for m in _LABEL_RE.finditer(text):
        inside = _within(people, m.start("label"), m.end("label"))
        who = next((p for p in inside if p.name and p.country), None)
        if who is None:
            role = next((p for p in inside if p.role and not p.name), None)
            if role is not None and (role.country or home):
                who = replace(role, country=role.country or home)
        if who is None and not rules.asker_re.match(m.group("label")):
            # "A:", "Ответ:": the interview's or op-ed's official; a speaker's name in
            # capitals ("ЗАХАРОВА:") one of the publisher's (a ministry's transcript) or of
            # the dateline's country, but not "Photo:", "Correction:" and the like
            named = m.group("label").isupper() and len(m.group("label")) > 1
            who = fallback or (
                PersonMention(None, None, home, m.start(), m.start()) if home and named else None
            )
        out.append((m.start(), who))
    return out


def _speaker_at(
    speakers: list[tuple[int, PersonMention | None]], pos: int, fallback: PersonMention | None
) -> PersonMention | None:
    """Who speaks at `pos`: the last speaker label's official, or `fallback` (an
    interview's or op-ed's) before any label."""
    k = bisect_right(speakers, pos, key=lambda s: s[0]) - 1
    return speakers[k][1] if k >= 0 else fallback


@dataclass(frozen=True)
class Voices:
    """Who speaks where in a text: its speaker labels, each with the official (if any)
    who speaks from there on, and the official of the text as a whole (an interview's,
    an op-ed's author) before any label."""

    labels: tuple[tuple[int, PersonMention | None], ...]
    asked: tuple[tuple[int, int], ...]  # the lines an asker's label opens (start, end)
    fallback: PersonMention | None

    def speaker_at(self, pos: int) -> PersonMention | None:
        """The official who says "I" or "we" at text[pos], or None."""
        return _speaker_at(list(self.labels), pos, self.fallback)

    def country_at(self, pos: int) -> str | None:
        """The country of the official who says "I" or "we" at text[pos], or None."""
        who = self.speaker_at(pos)
        return who.country if who is not None else None

    def question_before(self, pos: int) -> tuple[int, int] | None:
        """The asker's line just before the answer text[pos] stands in ("Q: A follow-up on
        Uzbekistan ..." before "SPOKESPERSON: The two countries have set a target of
        ..."), when only that answer's lines lie between them."""
        k = bisect_right(self.labels, pos, key=lambda s: s[0]) - 1
        if k < 1:
            return None
        asked = next((a for a in self.asked if a[0] == self.labels[k - 1][0]), None)
        return asked


@lru_cache(maxsize=16)
def find_voices(text: str, lang: str) -> Voices:
    """The speakers of a transcript, an interview or an op-ed (see `_speakers`)."""
    rules = _compile(lang)
    countries = find_countries(text, lang)
    people = find_people(text, lang)
    dates = find_dates(text, lang, None)
    publisher = _publisher(text, lang, rules, countries)
    home = _dateline_home(text, lang, countries, dates)
    fallback = _interviewee(text, rules, people) or _author(text, rules, people, countries)
    labels = _speakers(text, rules, people, publisher or home, fallback)
    asked = []
    for m in _LABEL_RE.finditer(text):
        if rules.asker_re.match(m.group("label")):
            end = text.find("\n", m.start())
            asked.append((m.start(), len(text) if end < 0 else end))
    return Voices(tuple(labels), tuple(asked), fallback)


def _published_by(
    people: list[PersonMention], trigger: re.Match[str], publisher: str | None
) -> list[PersonMention]:
    """The sentence's people, its first one of no country told given the publisher's
    when it has a role and stands before the visit word ("The Minister paid a working
    visit to Kabul", on a ministry's page)."""
    if publisher is None or not people:
        return people
    first = people[0]
    if first.country or not first.role or first.end > trigger.start():
        return people
    return [replace(first, country=publisher), *people[1:]]


def _remote_sides(
    text: str, rules: _Rules, segments: list[Segment], countries: list[CountryMention]
) -> set[str]:
    """The countries that took part from afar: the one country of a sentence that tells of
    taking part (data 'attendance') with a remote word of not_visit ("took part by video
    link", "участвовала по видеосвязи") and no arrival (set Y)."""
    out: set[str] = set()
    starts = [seg.start for seg in segments]
    # PERF: not_visit has no leading words to scan for; only sentences that tell of
    # taking part are asked
    attending = {bisect_right(starts, m.start()) - 1 for m in find_all(rules.attendance_re, text)}
    for k in sorted(attending):
        if k < 0:
            continue
        seg = segments[k]
        remote = any(
            any(w in m.group(0).lower() for w in rules.remote_words)
            for m in rules.not_visit_re.finditer(text, seg.start, seg.end)
        )
        if not remote or rules.arrival_re.search(text, seg.start, seg.end):
            continue  # a call beside a trip, not a side taking part from afar
        codes = {
            c.code for c in _within(countries, seg.start, seg.end) if c.form not in _PLACE_FORMS
        }
        if len(codes) == 1:
            out |= codes
    return out


# The canonical role of an ambassador (people data).
_AMBASSADOR = "ambassador"
# How far after the word before his posting the host's country or city may begin.
_POSTING_GAP = 4


def _posted_to_host(
    d: _Draft, text: str, rules: _Rules, countries: list[CountryMention], lang: str
) -> bool:
    """The draft's ambassador is posted to its host ("the Kazakh ambassador in Paris",
    "l'ambassadeur du Kazakhstan en France"): a resident, not a visitor."""
    if d.visitor_role != _AMBASSADOR:
        return False
    for m in rules.posted_re.finditer(text, d.start, d.end):
        at = m.end()
        if any(
            c.code == d.host_country and at <= c.start <= at + _POSTING_GAP for c in countries
        ) or any(
            p.code == d.host_country and at <= p.start <= at + _POSTING_GAP
            for p in _article_places(text, lang)
        ):
            return True
    return False


def extract_visits(text: str, lang: str, published: date | None) -> list[Visit]:
    """Visits of one cleaned text: one per visitor, host and status, in text order."""
    if not text or not text.strip():
        return []
    rules = _compile(lang)
    # "US-Dollar" names a currency, not a country
    # every offset inside an amount of money: one set look-up per country mention
    money: set[int] = set()
    for m in find_money(text, lang):
        money.update(range(m.start, m.end))
    countries = [c for c in find_countries(text, lang) if c.start not in money]
    # shared (cached) with the other extractors of this article; markdown emphasis
    # around a name ("Minister of Water Resources **Name**") is blanked, offsets kept
    # PERF: most texts have no emphasis; the text itself then hits the people cache
    # (a fresh copy would be hashed and compared in full to find it)
    if "*" in text or "__" in text:
        people = find_people(_EMPHASIS_RE.sub(_blank, text), lang)
    else:
        people = find_people(text, lang)
    dates = find_dates(text, lang, published)
    # what the article is about: its headline and lead weigh more than the body
    counts: Counter[str] = Counter()
    for c in countries:
        if (
            c.form not in _PLACE_FORMS
            and not _situation_of(text, c, rules)
            and not _topic_country(text, rules, c)
        ):
            counts[c.code] += _LEAD_WEIGHT if c.start < _LEAD_CHARS else 1
    drafts: list[_Draft] = []
    # visit words found once over the text (PERF.md: few regex passes per article)
    all_strong = [t for t in find_all(rules.trigger_re, text) if not _names_a_body(text, t, rules)]
    all_weak = [
        t
        for t in find_all(rules.weak_re, text)
        if not _is_stay(rules, text, t) or _stayer_before(text, t, people)
    ]
    segments = split_segments(text)
    publisher = _publisher(text, lang, rules, countries)
    dateline = _dateline_place(text, lang, countries, dates)
    home = dateline[0] if dateline is not None else None
    interviewee = _interviewee(text, rules, people) or _author(text, rules, people, countries)
    # who says "I" from each speaker label on (a transcript's, an interview's)
    speakers = _speakers(text, rules, people, publisher or home, interviewee)
    # the last meeting place of the current paragraph (see _Meeting)
    meeting: _Meeting | None = None
    # a roadmap's rows are measures ("| Провести бизнес-форум в Кабуле | палата | 2027 |")
    measures = measure_rows(text, lang) if "|" in text else []
    for i, seg in enumerate(segments):
        strong = _in_span(all_strong, seg.start, seg.end)
        weak = _in_span(all_weak, seg.start, seg.end)
        if not (strong or weak):
            continue
        if measures and any(a <= seg.start < b for a, b in measures):
            continue
        part = _apart_from_called_off(seg, text, rules)
        if part is not seg:
            seg = part
            strong = _in_span(all_strong, seg.start, seg.end)
            weak = _in_span(all_weak, seg.start, seg.end)
            if not (strong or weak):
                continue
        if weak and not strong:
            part = _apart_from_reported(seg, text, rules, weak)
            if part is not seg:
                seg = part
                weak = _in_span(all_weak, seg.start, seg.end)
        found, place = _drafts_of(
            seg,
            text,
            lang,
            published,
            rules,
            countries,
            people,
            dates,
            counts,
            strong,
            weak,
            segments[i + 1] if i + 1 < len(segments) else None,
            meeting,
            publisher,
            _speaker_at(speakers, seg.start, interviewee),
            segments[i - 1] if i > 0 else None,
            home,
            dateline[1] if dateline is not None else None,
        )
        drafts.extend(found)
        if place is not None:
            meeting = place
    drafts.extend(_table_drafts(text, lang, published, rules, counts))
    remote = _remote_sides(text, rules, segments, countries)
    if remote:
        # "в составе Узбекистана, Казахстана, Туркменистана ... Туркменская сторона
        # участвовала по видеосвязи": a listed side that took part from afar came nowhere
        drafts = [d for d in drafts if d.visitor is not None or d.visitor_country not in remote]
    if any(d.visitor_role == _AMBASSADOR for d in drafts):
        # "Der tadschikische Botschafter in Berlin traf ...": an ambassador posted to the
        # host meets its officials at home; nobody travelled (set Z)
        drafts = [d for d in drafts if not _posted_to_host(d, text, rules, countries, lang)]
    visits: list[Visit] = []
    _name_back_references(text, rules, drafts)
    for d in _merge(_fold_headlines(text, drafts)):
        if _is_history(d, published):
            continue
        visits.append(
            Visit(
                visitor_country=d.visitor_country,
                host_country=d.host_country,
                evidence=make_evidence(text, d.start, d.end, d.rule),
                # a stay of several days (_stay_starts) is dated by its first
                date=(
                    Period.day(d.date.start)
                    if d.date.precision == "day" and d.date.start != d.date.end and d.date.start
                    else d.date
                ),
                location=d.location,
                visitor=d.visitor,
                visitor_role=d.visitor_role,
                counterparts=tuple(d.counterparts),
                status=d.status,
                topics=tuple(d.topics),
            )
        )
    return visits
