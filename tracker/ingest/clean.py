"""Turn raw article text or HTML into the cleaned text that extraction reads.

The cleaned text is what evidence offsets point into (`cleaned[start:end] == quote`),
so cleaning is deterministic and idempotent: `clean_text(clean_text(x)) == clean_text(x)`.

Three passes:
1. real HTML (sniffed or told) goes through selectolax: boilerplate containers are
   dropped, blocks become lines, list items "- item" lines, table rows pipe rows;
2. tag soup left in text files (scraped pages saved as .txt, with tags such as
   `< td >` or closers that lost their "<") becomes the same lines and pipe rows;
3. site chrome lines (menus, share buttons, sign-in prompts, copyright, ads,
   "Related articles" blocks) are dropped, conservatively, from word lists below.
"""

from __future__ import annotations

import html as html_lib
import logging
import re
import unicodedata

from selectolax.lexbor import LexborHTMLParser, LexborNode

from tracker.ingest.published import is_dateline

LOGGER = logging.getLogger(__name__)

# ---------------------------------------------------------------------------
# Data: tags, selectors and word lists (kept apart from the code that uses them)
# ---------------------------------------------------------------------------

DROPPED_TAGS: tuple[str, ...] = (
    "script", "style", "nav", "footer", "aside", "form", "noscript",
    "iframe", "svg", "button", "select", "template", "object", "embed", "canvas",
)  # fmt: skip
# <header> is site chrome, except the article's own header that holds its <h1>.
HEADER_TAG = "header"
# Words of class and id values (split at "-", "_" and spaces) that mark menus, share
# bars, cookie banners, comment threads and teasers: "share-buttons", "cookie_notice".
CHROME_CLASS_WORDS: tuple[str, ...] = (
    "menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "share", "sharing",
    "social", "cookie", "cookies", "consent", "gdpr", "comment", "comments", "related",
    "newsletter", "subscribe", "subscription", "advert", "advertisement", "ad", "ads",
    "sidebar", "popup", "modal", "signin", "login", "paywall", "promo", "sponsored",
    "teaser", "teasers", "outbrain", "taboola", "widget", "toolbar",
    # news tickers and trending boxes above or beside the story: other stories' headlines
    "ticker", "breaking", "trending", "mostread", "marquee",
)  # fmt: skip
CHROME_ROLES: tuple[str, ...] = ("navigation", "banner", "contentinfo", "complementary", "dialog")
CHROME_CANDIDATES_SELECTOR: str = "[class], [id], [role]"
# Containers never removed even if a class matches: the story itself.
PROTECTED_TAGS: frozenset[str] = frozenset({"html", "body", "main", "article"})


def _tokens(text: str) -> tuple[str, ...]:
    """Split a whitespace-separated word list written as one string (keeps long lists short)."""
    return tuple(text.split())


BLOCK_TAGS: frozenset[str] = frozenset(
    _tokens(
        """p div section article main h1 h2 h3 h4 h5 h6 blockquote pre figure figcaption
    address dl dt dd ul ol table thead tbody tfoot caption center hr details summary"""
    )
)
HEADING_TAGS: frozenset[str] = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Blocks followed by a blank line in the cleaned text (paragraph breaks).
SPACED_BLOCK_TAGS: frozenset[str] = HEADING_TAGS | {"p", "ul", "ol", "blockquote"}
CELL_TAGS: frozenset[str] = frozenset({"td", "th"})

# Tag names recognised in tag soup. Anything else in angle brackets is prose ("x < y").
SOUP_BLOCK_TAGS: tuple[str, ...] = (
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "section",
    "article", "blockquote", "header", "footer", "main", "figure", "figcaption",
    "pre", "hr", "dl", "dt", "dd", "center", "caption",
)  # fmt: skip
SOUP_INLINE_TAGS: tuple[str, ...] = (
    "span", "a", "b", "i", "u", "em", "strong", "small", "sup", "sub", "font", "img",
    "abbr", "cite", "code", "mark", "time", "label", "s", "strike", "q", "wbr",
    "html", "body", "head", "meta", "link", "title",
)  # fmt: skip
SOUP_TABLE_TAGS: tuple[str, ...] = ("table", "thead", "tbody", "tfoot", "tr", "td", "th", "li")
SOUP_TAGS: tuple[str, ...] = SOUP_TABLE_TAGS + SOUP_BLOCK_TAGS + SOUP_INLINE_TAGS
# Closers that lost their "<" ("4 ,200  td >") are only recognised for structural
# tags, and only when another tag or the line end follows, so "p > 0.05" survives.
SOUP_BROKEN_CLOSERS: tuple[str, ...] = (
    "td", "th", "tr", "li", "p", "div", "table", "tbody", "thead",
    "h1", "h2", "h3", "h4", "h5", "h6", "span",
)  # fmt: skip

# Whole lines (compared case-insensitively, trailing punctuation ignored) that are site chrome.
CHROME_LINES: frozenset[str] = frozenset(
    word.strip()
    for word in """
    share|share this|share this article|share on facebook|share on twitter|print|email
    follow us|follow|subscribe|sign in|sign up|log in|login|logout|log out|register
    sign in to your account|lost your password|forgot your password|welcome back
    remember me|undo|removed from reading list|added to reading list|read more
    skip to content|skip to main content|toggle navigation|menu|search|close|back to top
    advertisement|- advertisement -|sponsored|ad image|accept cookies|accept all
    teilen|folgen sie uns|anmelden|abmelden|registrieren|passwort vergessen|werbung
    anzeige|weiterlesen|mehr lesen|zum inhalt springen|suche|schließen|nach oben
    поделиться|подписаться|войти|выйти|регистрация|забыли пароль|реклама|читать далее
    подробнее|поиск|закрыть|наверх|мы в соцсетях
    partager|suivez-nous|suivez nous|se connecter|connexion|déconnexion|s'inscrire
    mot de passe oublié|publicité|lire la suite|rechercher|fermer|retour en haut
    abonnez-vous à notre newsletter|subscribe to our newsletter|newsletter abonnieren
    подпишитесь на рассылку
    see all updates|all updates|more updates|alle meldungen|alle nachrichten im ticker
    все новости|вся лента|voir tout le direct|tout le direct
    """.replace("\n", "|").split("|")
    if word.strip()
)
SOCIAL_NETWORKS: tuple[str, ...] = (
    "facebook", "twitter", "x", "instagram", "youtube", "telegram", "linkedin",
    "whatsapp", "vk", "vkontakte", "вконтакте", "одноклассники", "tiktok", "pinterest",
    "reddit", "threads", "mastodon", "rss", "email", "e-mail", "ok",
)  # fmt: skip
# Words of share bars, account links and footers. A line made only of these (and of
# social network names), however glued together, is chrome: "Artikel teilen:FacebookX".
CHROME_TOKENS: tuple[str, ...] = (
    "share on", "share this article", "share this", "share it", "share", "subscribe to our",
    "channel", "like this article", "like", "follow us", "follow", "tweet", "copy link",
    "print", "save", "bookmark", "subscribe", "newsletter", "sign in", "sign up", "log in",
    "login", "register", "search", "menu", "privacy policy", "privacy", "terms of use",
    "terms", "cookie settings", "manage settings", "accept all", "got it", "comments",
    "leave a comment", "contact us",
    "artikel teilen", "teilen", "link kopieren", "drucken", "folgen", "anmelden",
    "registrieren", "suche", "menü", "merken", "speichern", "datenschutz", "impressum",
    "cookie-einstellungen", "alle akzeptieren", "kommentare", "abonnieren",
    "поделиться в соцсетях", "поделиться", "скопировать ссылку", "подписка", "подписаться",
    "войти", "регистрация", "поиск", "меню", "комментарии", "печать",
    "partager", "copier le lien", "imprimer", "suivre", "se connecter", "s'abonner",
    "connexion", "rechercher", "mentions légales", "politique de confidentialité",
    "commentaires", "accepter", "refuser", "paramétrer",
)  # fmt: skip
# Section names of site menus: dropped only as a run of three or more on one line
# ("Home | Politics | Economy"), never alone ("Energy" above a headline stays).
SECTION_TOKENS: tuple[str, ...] = (
    "home", "world", "news", "politics", "economy", "business", "sport", "sports",
    "video", "videos", "photos", "contact", "about", "opinion", "region", "regions",
    "culture", "energy", "migration", "markets", "tech", "science", "health",
    "startseite", "start", "nachrichten", "politik", "wirtschaft", "panorama", "meinung",
    "kultur", "ausland", "inland", "märkte", "länder", "energie", "abo", "wissen",
    "главная", "новости", "политика", "экономика", "общество", "спорт", "видео", "фото",
    "мир", "в мире", "культура", "регионы", "происшествия", "аналитика", "интервью", "мнения",
    "analysis", "interviews", "features", "analyse", "analysen", "analyses", "entretiens",
    "accueil", "international", "économie", "politique", "société", "sports", "vidéo",
    "vidéos", "monde", "opinions", "régions",
)  # fmt: skip
SECTION_RUN_MIN = 3
# A line mentioning one of these is a cookie banner, not news about biscuits.
COOKIE_PHRASES: tuple[str, ...] = (
    "we use cookies", "uses cookies", "use of cookies", "cookie policy", "cookie settings",
    "wir verwenden cookies", "verwendet cookies", "nutzt cookies", "cookies akzeptieren",
    "используем файлы cookie", "используем cookie", "файлы cookie",
    "utilise des cookies", "utilisons des cookies", "accepter les cookies",
)  # fmt: skip
COOKIE_LINE_MAX_CHARS = 400
# Lines that start with these are metadata or forms, not article text.
CHROME_PREFIXES: tuple[str, ...] = (
    "tags:", "schlagwörter:", "schlagworte:", "теги:", "метки:", "mots-clés:", "mots clés :",
    "your email address will not be published", "ihre e-mail-adresse wird nicht",
    "ваш адрес email не будет опубликован", "votre adresse e-mail ne sera pas publiée",
    "read also:", "see also:", "lesen sie auch:", "читайте также:", "lire aussi :",
    "lire aussi:", "à lire aussi :",
    "read more:", "also read:", "weiterlesen:", "mehr dazu:", "mehr zum thema:",
    "читайте ещё:", "читайте еще:", "также читайте:", "à lire également :",
    "à lire également:", "lire également :", "à voir aussi :", "voir aussi :",
)  # fmt: skip
PREFIX_LINE_MAX_CHARS = 200
# "(c)" alone also opens the third item of a list, so it needs a year after it.
_COPYRIGHT_RE = re.compile(r"(?:©|℗|\(c\)\s*\d{4}|^copyright\s*(?:©|\(c\)|\d{4}))", re.IGNORECASE)
RIGHTS_RESERVED: tuple[str, ...] = (
    "all rights reserved", "alle rechte vorbehalten", "все права защищены",
    "tous droits réservés",
)  # fmt: skip
FILLER_OPENINGS: tuple[str, ...] = ("lorem ipsum",)
RELATED_HEADINGS: frozenset[str] = frozenset(
    {
        "related articles", "related posts", "related stories", "related news", "also read",
        "read also", "see also", "more news", "more stories", "you may also like",
        "other news", "latest news", "more from this section",
        "ähnliche artikel", "weitere artikel", "das könnte sie auch interessieren",
        "lesen sie auch", "mehr zum thema", "auch interessant", "lesen sie mehr",
        "читайте также", "похожие статьи", "похожие новости", "по теме",
        "другие новости", "материалы по теме", "смотрите также", "related",
        "articles similaires", "à lire aussi", "lire aussi", "sur le même sujet", "voir aussi",
        "articles connexes", "articles liés", "sur le même thème", "verwandte artikel",
        "связанные материалы", "связанные статьи",
        # boxes of other stories beside the article: most read, partner teasers, author box
        "most read", "most popular", "most viewed", "trending", "top stories",
        "also on this site", "more on this story", "editor's picks", "partner content",
        "meistgelesen", "meistgelesene artikel", "am meisten gelesen", "beliebte artikel",
        "weitere meldungen", "aus dem netz", "über den autor", "über die autorin",
        "самое читаемое", "самое популярное", "популярное", "новости партнёров",
        "новости партнеров", "вам может быть интересно", "об авторе",
        "les plus lus", "les plus populaires", "les plus partagés", "à lire également",
        "lire également", "à voir aussi", "l'auteur", "à propos de l'auteur",
        "about the author",
        # news tickers: "BREAKING: Minister to visit Paris · Iran deports 5,000" above the story
        "breaking", "breaking news", "eilmeldung", "eilmeldungen", "срочно", "молния",
        "dernière minute", "alerte info",
    }
)  # fmt: skip
# Headings of a readers' comment thread ("Comments (12)", "4 comments", "Комментарии
# (8)"). Past the story's first lines everything under one is readers' talk and the
# page footer: opinions and figures that are no facts of the article.
COMMENT_HEADINGS: tuple[str, ...] = (
    "comments", "reader comments", "user comments", "readers' comments",
    "kommentare", "leserkommentare", "комментарии", "комментариев", "отзывы читателей",
    "commentaires", "vos réactions", "vos commentaires",
)  # fmt: skip
# Singular words head a thread only with its count ("1 comment", "Комментарий (1)"): alone,
# "Kommentar" heads an opinion piece, "Réactions" the officials' reactions.
COMMENT_COUNTED_HEADINGS: tuple[str, ...] = (
    "comment", "kommentar", "комментарий", "комментария", "commentaire", "réactions",
)  # fmt: skip
# A live ticker in a sidebar: a heading like these over a run of clock-time headlines
# ("10:42  Turkmen FM arrives in Kabul", "14h02  Le Tadjikistan a expulsé ..."). A live
# blog's own entries are sentences with a full stop, so they are not taken for one.
TICKER_HEADINGS: tuple[str, ...] = (
    "live", "liveticker", "live-ticker", "live ticker", "newsticker", "ticker",
    "live updates", "latest updates", "latest", "breaking news", "news feed", "just in",
    "nachrichtenticker", "eilmeldungen", "aktuell", "neueste meldungen",
    "лента новостей", "лента", "новости дня", "последние новости", "онлайн",
    "en direct", "le direct", "direct", "fil info", "fil d'actualité", "dernières infos",
    "l'essentiel",
)  # fmt: skip
COMMENT_HEADING_MAX_CHARS = 32
TICKER_MIN_ITEMS = 2
TICKER_ITEM_MAX_CHARS = 140
# Photo credits: a caption line that opens with one ("Фото: пресс-служба ...") or ends
# with one after its last sentence ("... in Kabul on Tuesday. Photo: Bakhtar / Handout").
CAPTION_CREDIT_WORDS: tuple[str, ...] = (
    "photo", "photos", "photograph", "picture", "image", "credit", "foto", "fotos", "bild",
    "фото", "фотография", "crédit photo", "crédits photo",
)  # fmt: skip
CAPTION_MAX_CHARS = 250
CAPTION_CREDIT_MAX_CHARS = 80
CAPTION_GALLERY_MIN = 3
# Language names as language switchers print them (autonyms).
LANGUAGE_NAMES: frozenset[str] = frozenset(
    _tokens(
        """english français francais deutsch español espanol italiano português portugues
    русский українська тоҷикӣ тоҷики қазақша o'zbek oʻzbek türkçe العربية فارسی فارسى
    پښتو اردو دری 中文 日本語 한국어 polski nederlands svenska dansk norsk suomi ελληνικά
    română magyar čeština български српски"""
    )
)
MENU_BULLETS = "•·▪◦►▸‣∙●○■□"
MENU_ITEM_MAX_WORDS = 4
MENU_ITEM_MAX_CHARS = 32
MENU_RUN_MIN = 3
# "Related articles" in the first 1/RELATED_MIN_POSITION of the lines only loses its
# own line: below it may be the story's headline, not teasers.
RELATED_MIN_POSITION = 3
# A line this long that ends like a sentence is prose; a "Related" block stops there.
PROSE_MIN_WORDS = 20

# ---------------------------------------------------------------------------
# Compiled patterns
# ---------------------------------------------------------------------------

_NEWLINES_RE = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
# Zero-width characters, soft hyphens, and C0 controls other than tab and newline
# (PostgreSQL refuses NUL in text; the rest only confuse matching).
_INVISIBLE_RE = re.compile("[\ufeff\u200b\u200c\u200d\u2060\u00ad\x00-\x08\x0e-\x1f\x7f]")
# Lone surrogates cannot be encoded to UTF-8 (for the HTML parser or the database).
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_BLANK_RUN_RE = re.compile(r"\n{3,}")
# HTML entities left in scraped text ("expuls&eacute;s", "28&nbsp;600", "L&#039;Iran",
# double-escaped "&amp;uuml;"): decoded when a text holds at least ENTITY_MIN of them,
# so a lone "AT&T;" in prose stays as written.
_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
ENTITY_MIN = 2
# Decoded entities that could open markup or break lines stay encoded.
ENTITY_KEPT: frozenset[str] = frozenset({"<", "\n", "\r"})
_HTML_WS_RE = re.compile(r"[ \t\n\r\f]+")

_ATTR = r"""(?:\s+[\w:.-]+\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>]+))"""
_SOUP_TAG_RE = re.compile(
    r"<\s*(?P<close>/)?\s*(?P<name>" + "|".join(sorted(SOUP_TAGS, key=len, reverse=True)) + r")"
    r"(?![\w-])" + _ATTR + r"*\s*/?\s*>",
    re.IGNORECASE,
)
# Matched against the few characters before each ">" (a scan from every position
# would cost more than the rest of cleaning together).
_BROKEN_CLOSER_RE = re.compile(
    r"(?:^|(?<=[^<\w]))(?P<close>/\s*)?(?P<name>"
    + "|".join(sorted(SOUP_BROKEN_CLOSERS, key=len, reverse=True))
    + r")[^\S\n]*>$",
    re.IGNORECASE,
)
_AFTER_CLOSER_RE = re.compile(r"[^\S\n]*(?:<|\n|$)")
BROKEN_CLOSER_WINDOW = 16
_DOC_MARKER_RE = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_WELL_FORMED_TAG_RE = re.compile(
    r"</?(?:div|span|a|p|li|ul|ol|table|tr|td|th|article|section|h[1-6]|br|img|meta|"
    r"script|style|strong|em)(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
_SPACED_TAG_RE = re.compile(r"<\s+/?\s*[a-zA-Z]")
HTML_SNIFF_CHARS = 4096
HTML_MIN_TAGS = 12
_MENU_WORDS = frozenset({*SECTION_TOKENS, *CHROME_TOKENS, *LANGUAGE_NAMES, *SOCIAL_NETWORKS})
_CHROME_TOKEN_RE = re.compile(
    "|".join(
        re.escape(tok)
        for tok in sorted(
            {*SOCIAL_NETWORKS, *CHROME_TOKENS, *SECTION_TOKENS}, key=len, reverse=True
        )
    )
)
_SECTIONS = frozenset(SECTION_TOKENS)
_SKIP_RE = re.compile(r"[\W_]+")
_MD_LINK_TARGET_RE = re.compile(r"\]\([^()\s]*\)|\(\d+\)")
CHROME_TOKEN_LINE_MAX_CHARS = 160
_AD_IMAGE_RE = re.compile(r"(?:ad image)+", re.IGNORECASE)
BREADCRUMB_SEPARATORS: tuple[str, ...] = (" > ", " >> ", " › ", " » ", " / ")
NAV_SEPARATORS: tuple[str, ...] = ("|", " · ", " • ")
NAV_MIN_ITEMS = 4
# Lines with the same number of "|" in a run this long are a table (header + 2 rows);
# a dateline over a share bar ("date | author" over "VK | OK") is not.
TABLE_MIN_ROWS = 3
NAV_ITEM_MAX_WORDS = 2
NAV_ITEM_MAX_CHARS = 24
BREADCRUMB_MIN_PARTS = 3
BREADCRUMB_PART_MAX_CHARS = 120
_LINE_PUNCT = " \t.:!?…-–—*_#>"


def _words_re(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_COMMENT_COUNT = r"(?:\(\s*\d{1,5}\s*\)|:?\s*\d{1,5})"
_COMMENT_HEADING_RE = re.compile(
    r"(?:\d{1,5}\s+)?(?:" + _words_re(COMMENT_HEADINGS) + r")\s*" + _COMMENT_COUNT + "?"
    r"|\d{1,5}\s+(?:" + _words_re(COMMENT_COUNTED_HEADINGS) + r")"
    r"|(?:" + _words_re(COMMENT_COUNTED_HEADINGS) + r")\s*" + _COMMENT_COUNT,
    re.IGNORECASE,
)
_TICKER_HEADING_RE = re.compile(r"(?:" + _words_re(TICKER_HEADINGS) + r")(?:\W|$)", re.IGNORECASE)
# "10:42  Headline", "14h02 Titre", "09.15 Заголовок": a clock time, then a headline.
_CLOCK_ITEM_RE = re.compile(
    r"\s*(?:[01]?\d|2[0-3])(?::|h)[0-5]\d(?:\s*(?:uhr|h))?\s+(?=\w)", re.IGNORECASE
)
_CAPTION_OPEN_RE = re.compile(
    r"\W{0,3}(?:" + _words_re(CAPTION_CREDIT_WORDS) + r")\s*:", re.IGNORECASE
)
_CAPTION_CLOSE_RE = re.compile(
    r"(?<=[.!?)»])\s+(?:"
    + _words_re(CAPTION_CREDIT_WORDS)
    + r")\s*:\s*[^!?:]{1,"
    + str(CAPTION_CREDIT_MAX_CHARS)
    + r"}$",
    re.IGNORECASE,
)


# ---------------------------------------------------------------------------
# Normalising
# ---------------------------------------------------------------------------


def _normalise(text: str) -> str:
    # Invisible characters go before NFC: removing one can bring a base letter and a
    # combining mark together, which NFC must then compose.
    text = _NEWLINES_RE.sub("\n", text)
    text = _INVISIBLE_RE.sub("", text)
    text = _SURROGATE_RE.sub("\ufffd", text)
    return unicodedata.normalize("NFC", text)


def _decode_entity(m: re.Match[str]) -> str:
    decoded = html_lib.unescape(m[0])
    return m[0] if decoded in ENTITY_KEPT else decoded


def _decode_entities(text: str) -> str:
    """Decode HTML entities left in scraped text, to a fixed point (double escapes)."""
    if "&" not in text or len(_ENTITY_RE.findall(text, 0, len(text))) < ENTITY_MIN:
        return text
    while True:
        decoded = _ENTITY_RE.sub(_decode_entity, text)
        if decoded == text:
            return _normalise(text)
        text = decoded


def _finish(text: str) -> str:
    text = "\n".join([line.rstrip() for line in text.split("\n")])
    text = _BLANK_RUN_RE.sub("\n\n", text)
    return text.strip("\n")


# ---------------------------------------------------------------------------
# Real HTML
# ---------------------------------------------------------------------------


def looks_like_html(raw: str) -> bool:
    """True when `raw` is an HTML page rather than text with a few stray tags."""
    head = raw[:HTML_SNIFF_CHARS]
    if _DOC_MARKER_RE.search(head):
        return True
    # Scraped text with tag soup ("< td >", "< / p >") is handled line by line; only
    # markup that is mostly well-formed tags is worth an HTML parse.
    if _SPACED_TAG_RE.search(head):
        return False
    return len(_WELL_FORMED_TAG_RE.findall(head)) >= HTML_MIN_TAGS


class _Lines:
    """Collects text runs into lines; a block boundary ends the current line."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.buf: list[str] = []

    def add(self, text: str) -> None:
        self.buf.append(text)

    def flush(self) -> None:
        line = _HTML_WS_RE.sub(" ", "".join(self.buf)).strip()
        if line:
            self.lines.append(line)
        self.buf = []

    def line(self, text: str) -> None:
        self.flush()
        if text:
            self.lines.append(text)


def _cell_text(node: LexborNode) -> str:
    return _HTML_WS_RE.sub(" ", node.text(deep=True, separator=" ")).strip()


def _emit_row(node: LexborNode, out: _Lines, first_in_table: bool) -> bool:
    cells = [child for child in node.iter() if child.tag in CELL_TAGS]
    texts = [_cell_text(cell) for cell in cells]
    if not any(texts):
        return False
    out.line("| " + " | ".join(texts) + " |")
    is_header = all(cell.tag == "th" for cell in cells) or (
        node.parent is not None and node.parent.tag == "thead"
    )
    if first_in_table and is_header:
        out.line("|" + "---|" * len(texts))
    return True


def _own_rows(table: LexborNode) -> list[LexborNode]:
    """The rows of `table` itself, not those of tables nested in its cells."""
    rows = []
    for row in table.css("tr"):
        parent = row.parent
        while parent is not None and parent.tag != "table":
            parent = parent.parent
        if parent is not None and parent.mem_id == table.mem_id:
            rows.append(row)
    return rows


_FLUSH = "flush"
_BLANK = "blank"


def _children(node: LexborNode) -> list[LexborNode]:
    out = []
    child = node.child
    while child is not None:
        out.append(child)
        child = child.next
    return out


def _walk_html(root: LexborNode, out: _Lines) -> None:
    # An explicit stack instead of recursion: scraped pages can nest thousands of
    # <div>s deep, past Python's recursion limit.
    stack: list[LexborNode | str] = _children(root)[::-1]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.flush()
            if item == _BLANK:
                out.lines.append("")
            continue
        tag = item.tag
        if tag == "-text":
            out.add(item.text_content or "")
        elif tag == "br":
            out.flush()
        elif tag == "li":
            out.flush()
            out.add("- ")
            stack.append(_FLUSH)
            stack.extend(_children(item)[::-1])
        elif tag == "table":
            out.flush()
            out.lines.append("")
            first = True
            for row in _own_rows(item):
                if _emit_row(row, out, first):
                    first = False
            out.lines.append("")
        elif tag == "pre":
            out.flush()
            for line in (item.text(deep=True) or "").split("\n"):
                out.line(line.rstrip())
        elif tag in BLOCK_TAGS:
            out.flush()
            stack.append(_BLANK if tag in SPACED_BLOCK_TAGS else _FLUSH)
            stack.extend(_children(item)[::-1])
        elif tag is not None and not tag.startswith("-"):
            stack.extend(_children(item)[::-1])


_CLASS_SPLIT_RE = re.compile(r"[\s_-]+")
_CHROME_CLASS_WORDS = frozenset(CHROME_CLASS_WORDS)
_CHROME_ROLES = frozenset(CHROME_ROLES)


def _is_chrome_node(node: LexborNode) -> bool:
    if node.tag in PROTECTED_TAGS or node.parent is None:
        return False
    attrs = node.attributes
    if (attrs.get("role") or "").strip().lower() in _CHROME_ROLES:
        return True
    words = _CLASS_SPLIT_RE.split(f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower())
    if not _CHROME_CLASS_WORDS.intersection(words):
        return False
    # A wrapper that holds the headline is the story, whatever its class says.
    return node.css_first("h1") is None


def _ancestor_ids(node: LexborNode) -> set[int]:
    ids = set()
    parent = node.parent
    while parent is not None:
        ids.add(parent.mem_id)
        parent = parent.parent
    return ids


def _repair_soup_tags(raw: str) -> str:
    """Rewrite spaced and broken table/block tags ("< td >", "< / h2 >", "4.310  td >")
    as real tags, so that a page mixing real markup with scraped tag soup keeps its
    rows apart instead of running every cell into one line."""
    if not _SPACED_TAG_RE.search(raw):
        return raw
    parts: list[str] = []
    pos = 0
    for start, end, name, closing in _soup_tags(raw):
        tag = raw[start:end]
        if tag.startswith("<") and not tag[1:2].isspace() and not tag.startswith(("</ ", "</\t")):
            continue  # already well formed: keep its attributes for chrome detection
        parts.append(raw[pos:start])
        parts.append(f"</{name}>" if closing else f"<{name}>")
        pos = end
    parts.append(raw[pos:])
    return "".join(parts)


def _clean_html(raw: str) -> str:
    tree = LexborHTMLParser(_repair_soup_tags(raw))
    root = tree.body or tree.root
    if root is None:
        return ""
    tree.strip_tags(list(DROPPED_TAGS))
    for header in root.css(HEADER_TAG):
        if header.css_first("h1") is None:
            header.decompose()
    doomed = [node for node in root.css(CHROME_CANDIDATES_SELECTOR) if _is_chrome_node(node)]
    # Outer containers first; a node inside one already removed is skipped.
    removed: set[int] = set()
    for node in doomed:
        if any(_ancestor_ids(node) & removed):
            continue
        removed.add(node.mem_id)
        node.decompose()
    out = _Lines()
    _walk_html(root, out)
    out.flush()
    return "\n".join(out.lines)


# ---------------------------------------------------------------------------
# Tag soup in text files
# ---------------------------------------------------------------------------


class _Soup:
    """Rebuilds text from tag soup: table rows become pipe rows, blocks become lines."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.cells: list[str] | None = None  # cells of the open row, None outside rows
        self.cell: list[str] | None = None  # text of the open cell
        self.header = False
        self.explicit_row = False
        self.rows_in_table = 0

    def text(self, chunk: str) -> None:
        if self.cells is None:
            # Line breaks between rows of one table would split it with blank lines.
            if chunk.strip() or not (self.out and self.out[-1].endswith("|\n")):
                self.out.append(chunk)
            return
        if self.cell is not None:
            if self.explicit_row or "\n" not in chunk:
                self.cell.append(chunk)
                return
            # A row opened by a bare "<td>" (no "<tr>") ends with its line.
            head, _, rest = chunk.partition("\n")
            self.cell.append(head)
            self.end_row()
            self.out.append("\n" + rest)
            return
        if chunk.strip():
            if self.explicit_row:
                self.cells.append(chunk)
            else:
                self.end_row()
                self.out.append(chunk)
        elif "\n" in chunk and not self.explicit_row:
            self.end_row()
            self.out.append(chunk)

    def close_cell(self) -> None:
        if self.cell is not None and self.cells is not None:
            self.cells.append("".join(self.cell))
        self.cell = None

    def start_row(self, explicit: bool) -> None:
        self.end_row()
        self.cells, self.explicit_row, self.header = [], explicit, True

    def end_row(self) -> None:
        self.close_cell()
        if self.cells is None:
            return
        texts = [" ".join(c.split("\n")).strip() for c in self.cells]
        if any(texts):
            # Rows of one table sit on consecutive lines, without blank lines between.
            at_line_start = not self.out or self.out[-1].endswith("\n")
            self.out.append(("" if at_line_start else "\n") + "| " + " | ".join(texts) + " |\n")
            if self.header and self.rows_in_table == 0:
                self.out.append("|" + "---|" * len(texts) + "\n")
            self.rows_in_table += 1
        self.cells = None

    def tag(self, name: str, closing: bool) -> None:
        if name in ("td", "th"):
            if closing:
                self.close_cell()
                return
            if self.cells is None:
                self.start_row(explicit=False)
            self.close_cell()
            self.cell = []
            if name == "td":
                self.header = False
        elif name == "tr":
            self.end_row()
            if not closing:
                self.start_row(explicit=True)
        elif name in ("table", "thead", "tbody", "tfoot"):
            self.end_row()
            if name == "table":
                self.rows_in_table = 0
            self.out.append("\n")
        elif self.cell is not None:
            # Markup inside a cell never splits the row.
            if name in SOUP_BLOCK_TAGS or name == "li":
                self.cell.append(" ")
        elif name == "li":
            self.end_row()
            # "</li><li>" must not leave a blank line between the items.
            at_line_start = not self.out or self.out[-1].endswith("\n")
            if not closing:
                self.out.append("- " if at_line_start else "\n- ")
            elif not at_line_start:
                self.out.append("\n")
        elif name in SOUP_BLOCK_TAGS:
            self.end_row()
            self.out.append("\n")

    def result(self) -> str:
        self.end_row()
        return "".join(self.out)


def _soup_tags(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, tag name, closing) of every tag and broken closer, in text order."""
    tags = [
        (m.start(), m.end(), m["name"].lower(), bool(m["close"]))
        for m in _SOUP_TAG_RE.finditer(text)
    ]
    taken = {end for _, end, _, _ in tags}
    pos = text.find(">")
    while pos != -1:
        end = pos + 1
        if end not in taken and _AFTER_CLOSER_RE.match(text, end):
            lo = max(0, pos - BROKEN_CLOSER_WINDOW)
            m = _BROKEN_CLOSER_RE.search(text[lo:end])
            if m and (
                m.start() > 0 or lo == 0 or not (text[lo - 1].isalnum() or text[lo - 1] == "<")
            ):
                tags.append((lo + m.start(), end, m["name"].lower(), True))
        pos = text.find(">", end)
    tags.sort()
    # Drop overlaps (a broken closer inside a real tag's attributes).
    result: list[tuple[int, int, str, bool]] = []
    last_end = 0
    for tag in tags:
        if tag[0] >= last_end:
            result.append(tag)
            last_end = tag[1]
    return result


def _unsoup_once(text: str, tags: list[tuple[int, int, str, bool]]) -> str:
    soup = _Soup()
    pos = 0
    for start, end, name, closing in tags:
        if start > pos:
            soup.text(text[pos:start])
        soup.tag(name, closing)
        pos = end
    if pos < len(text):
        soup.text(text[pos:])
    return soup.result()


def _unsoup(text: str) -> str:
    # Removing a tag can join its neighbours into a new tag ("<<p>p>"); repeat until
    # none is left so that cleaning stays idempotent. Real input needs one pass.
    for _ in range(8):
        if ">" not in text:
            return text
        tags = _soup_tags(text)
        if not tags:
            return text
        text = _finish(_unsoup_once(text, tags))
    return text


# ---------------------------------------------------------------------------
# Site chrome lines
# ---------------------------------------------------------------------------


def _key(line: str) -> str:
    return line.strip().strip(_LINE_PUNCT).casefold()


def _is_language_switcher(line: str) -> bool:
    if "|" not in line or line.lstrip().startswith("|"):
        return False
    parts = [p.strip().casefold() for p in line.split("|")]
    return len(parts) >= 2 and all(p in LANGUAGE_NAMES for p in parts)


def _is_token_line(low: str) -> bool:
    """True when a line is made only of share/account words, networks and menu sections."""
    text = _MD_LINK_TARGET_RE.sub(" ", low)
    pos, end = 0, len(text)
    words = sections = 0
    while True:
        gap = _SKIP_RE.match(text, pos)
        if gap:
            pos = gap.end()
        if pos >= end:
            break
        m = _CHROME_TOKEN_RE.match(text, pos)
        # Tokens may be glued ("FacebookXE-Mail") but every letter must belong to one,
        # so "Xinjiang" is not "x" plus something.
        if not m:
            return False
        words += 1
        sections += m.group(0) in _SECTIONS
        pos = m.end()
    if words == 0:
        return False
    return sections < words or sections >= SECTION_RUN_MIN


def _is_chrome_line(line: str) -> bool:
    stripped = line.strip()
    if not stripped or stripped.startswith("|"):
        return False
    key = _key(stripped)
    if key in RELATED_HEADINGS or (
        len(key) <= COMMENT_HEADING_MAX_CHARS and _COMMENT_HEADING_RE.fullmatch(key)
    ):
        return False  # handled with the block under it, in _drop_chrome
    head, colon, rest = stripped.partition(":")
    if colon and rest.strip() and _key(head) in RELATED_HEADINGS:
        return len(stripped) <= PREFIX_LINE_MAX_CHARS  # "Read also: Other story" on one line
    low = stripped.casefold()
    if key in CHROME_LINES or low in CHROME_LINES:
        return True
    if _AD_IMAGE_RE.fullmatch(stripped):
        return True
    if len(stripped) <= 160 and _COPYRIGHT_RE.search(stripped):
        return True
    if len(stripped) <= 160 and any(m in low for m in RIGHTS_RESERVED):
        return True
    if low.startswith(FILLER_OPENINGS):
        return True
    if len(stripped) <= PREFIX_LINE_MAX_CHARS and low.lstrip("*_#> ").startswith(CHROME_PREFIXES):
        return True
    if len(stripped) <= COOKIE_LINE_MAX_CHARS and any(p in low for p in COOKIE_PHRASES):
        return True
    if len(stripped) <= CHROME_TOKEN_LINE_MAX_CHARS and _is_token_line(low):
        return True
    return _is_nav_bar(stripped) or _is_breadcrumb(stripped)


def _is_caption(line: str) -> bool:
    """A photo caption with its credit ("Фото: пресс-служба ...", "... Photo: Bakhtar")."""
    if _CAPTION_OPEN_RE.match(line):
        return True
    return ":" in line and _CAPTION_CLOSE_RE.search(line) is not None


def _is_nav_bar(line: str) -> bool:
    # "Home | Pakistan | World | Business | Videos": many short items without digits.
    # Table rows never get here (see _table_rows).
    for sep in NAV_SEPARATORS:
        if line.count(sep) < NAV_MIN_ITEMS - 1:
            continue
        items = [item.strip() for item in line.split(sep)]
        if all(
            0 < len(item) <= NAV_ITEM_MAX_CHARS
            and len(item.split()) <= NAV_ITEM_MAX_WORDS
            and not any(ch.isdigit() for ch in item)
            for item in items
        ):
            return True
    return False


def _is_breadcrumb(line: str) -> bool:
    # "Site > Section > Headline": every part starts with a capital, so "x > 5 and
    # p > 0.05" in prose is not taken for one.
    for sep in BREADCRUMB_SEPARATORS:
        if line.count(sep) < BREADCRUMB_MIN_PARTS - 1:
            continue
        parts = [part.strip() for part in line.split(sep)]
        if all(0 < len(p) <= BREADCRUMB_PART_MAX_CHARS and p[0].isupper() for p in parts):
            return True
    return False


def _is_menu_item(line: str) -> bool:
    stripped = line.strip()
    if not stripped or stripped[0] not in MENU_BULLETS:
        return False
    item = stripped[1:].strip()
    return (
        0 < len(item) <= MENU_ITEM_MAX_CHARS
        and len(item.split()) <= MENU_ITEM_MAX_WORDS
        and item[-1] not in ".:;!?"
    )


def _is_prose(line: str) -> bool:
    stripped = line.strip()
    return len(stripped.split()) >= PROSE_MIN_WORDS and stripped[-1] in ".!?\"'”»…)"


def _table_rows(lines: list[str]) -> list[bool]:
    """Lines of a pipe table: "| a | b |" rows, or runs of TABLE_MIN_ROWS lines with as many "|"."""
    rows = [line.lstrip().startswith("|") for line in lines]
    filled = [i for i, line in enumerate(lines) if line.strip()]
    run: list[int] = []
    for i in [*filled, -1]:
        count = lines[i].count("|") if i >= 0 else 0
        if run and (i < 0 or count != lines[run[0]].count("|")):
            if len(run) >= TABLE_MIN_ROWS:
                for k in run:
                    rows[k] = True
            run = []
        if count:
            run.append(i)
    return rows


def _drop_related(lines: list[str], table: list[bool]) -> list[int]:
    """Indexes of "Related articles" headings and of the teaser lines under them."""
    dropped: list[int] = []
    first_body_line = len(lines) // RELATED_MIN_POSITION
    i = 0
    while i < len(lines):
        if _key(lines[i]) not in RELATED_HEADINGS:
            i += 1
            continue
        dropped.append(i)
        i += 1
        if i <= first_body_line:
            # Near the top the lines below are more likely the story's own headline.
            continue
        while i < len(lines) and not _is_prose(lines[i]):
            if not table[i]:
                dropped.append(i)
            i += 1
    return dropped


def _drop_captions(lines: list[str], table: list[bool]) -> list[int]:
    """Indexes of photo captions with a credit, unless the captions are the story itself
    (a gallery: CAPTION_GALLERY_MIN of them and no more prose lines than captions)."""
    captions = [
        i
        for i, line in enumerate(lines)
        if ":" in line
        and not table[i]
        and len(line.strip()) <= CAPTION_MAX_CHARS
        and _is_caption(line.strip())
    ]
    if len(captions) >= CAPTION_GALLERY_MIN:
        prose = sum(1 for i, line in enumerate(lines) if i not in captions and _is_prose(line))
        if prose <= len(captions):
            return []
    return captions


def _drop_comments(lines: list[str], table: list[bool]) -> list[int]:
    """Indexes of a readers' comment thread: its heading and every line below it (but
    table rows). Near the top a heading ("4 comments" by the byline) loses only itself."""
    first_body_line = len(lines) // RELATED_MIN_POSITION
    # every heading near the top goes in the same pass: one at a time, the next would
    # only go when the text is cleaned again (cleaning must be idempotent)
    top: list[int] = []
    for i, line in enumerate(lines):
        if table[i] or len(line) > COMMENT_HEADING_MAX_CHARS + 8:
            continue  # PERF: a heading is short; most lines are not looked at further
        if not _COMMENT_HEADING_RE.fullmatch(_key(line)):
            continue
        if i <= first_body_line:
            top.append(i)
            continue
        return top + [k for k in range(i, len(lines)) if not table[k]]
    return top


def _is_ticker_item(line: str) -> bool:
    m = _CLOCK_ITEM_RE.match(line)
    if m is None:
        return False
    item = line[m.end() :].strip()
    return 0 < len(item) <= TICKER_ITEM_MAX_CHARS and item[-1] not in ".!?…"


def _drop_tickers(lines: list[str], table: list[bool]) -> list[int]:
    """Indexes of sidebar tickers: runs of TICKER_MIN_ITEMS clock-time headlines, with
    the ticker heading right above a run."""
    dropped: list[int] = []
    i = 0
    while i < len(lines):
        if table[i] or not _is_ticker_item(lines[i]):
            i += 1
            continue
        j, items = i, []
        while j < len(lines) and (
            not lines[j].strip() or (not table[j] and _is_ticker_item(lines[j]))
        ):
            if lines[j].strip():
                items.append(j)
            j += 1
        if len(items) >= TICKER_MIN_ITEMS:
            dropped.extend(items)
            above = i - 1
            while above >= 0 and not lines[above].strip():
                above -= 1
            heading = _key(lines[above].replace("+", " ")) if above >= 0 else ""
            if heading and not table[above] and _TICKER_HEADING_RE.match(heading):
                dropped.append(above)
        i = j
    return dropped


def _menu_runs(lines: list[str], table: list[bool]) -> list[int]:
    """Indexes of bullet lines in menu runs: MENU_RUN_MIN short items, one a known menu word."""
    dropped: list[int] = []
    i = 0
    while i < len(lines):
        if table[i] or not _is_menu_item(lines[i]):
            i += 1
            continue
        # Blank lines inside a run do not end it, so removing a run can never bring
        # two shorter runs together.
        j, items = i, []
        while j < len(lines) and (
            not lines[j].strip() or (not table[j] and _is_menu_item(lines[j]))
        ):
            if lines[j].strip():
                items.append(j)
            j += 1
        known = any(lines[k].strip()[1:].strip().casefold() in _MENU_WORDS for k in items)
        if len(items) >= MENU_RUN_MIN and known:
            dropped.extend(items)
        i = j
    return dropped


# A teaser glued onto the end of a sentence when a page lost its line breaks:
# "...deadline expired.Read also: Pakistan to expel ... Read also: UN warns ...". Only
# after a sentence's end, and only when no sentence follows it on the line (teaser
# headlines carry no full stop), so prose is never cut.
_GLUED_TEASER_RE = re.compile(
    r"(?<=[.!?…»\"”])\s*(?:"
    + "|".join(sorted((re.escape(h) for h in RELATED_HEADINGS), key=len, reverse=True))
    + r")\s*:\s*\S",
    re.IGNORECASE,
)
_SENTENCE_AFTER_RE = re.compile(r"[.!?]\s+[A-ZА-ЯÀ-Þ]")


def _trim_glued_teaser(line: str) -> str:
    """The line without a "Read also: ..." run glued onto its last sentence."""
    m = _GLUED_TEASER_RE.search(line) if ":" in line else None
    if m is None or m.start() == 0 or _SENTENCE_AFTER_RE.search(line, m.start()):
        return line
    return line[: m.start()]


def _drop_chrome(text: str) -> str:
    # Language switchers go first: their lines come in pairs ("English | Français" over
    # "Deutsch | Español") that would otherwise pass for a table.
    lines = [line for line in text.split("\n") if not _is_language_switcher(line)]
    # Table rows are never chrome. Removing other lines never changes which lines are
    # table rows, so a second cleaning finds the same tables (idempotence).
    table = _table_rows(lines)
    kept = [(n, line, row) for n, (line, row) in enumerate(zip(lines, table, strict=True))]
    kept = [(n, line, row) for n, line, row in kept if row or not _is_chrome_line(line)]
    kept = [(n, line if row else _trim_glued_teaser(line), row) for n, line, row in kept]
    # Then captions, comment threads, tickers, "Related" blocks, then menus: each step sees what
    # the previous one left, exactly as a second cleaning would.
    for step in (_drop_captions, _drop_comments, _drop_tickers, _drop_related, _menu_runs):
        gone = set(step([line for _, line, _ in kept], [row for _, _, row in kept]))
        kept = [triple for k, triple in enumerate(kept) if k not in gone]
    return "\n".join(_rejoin_split_sentences(kept, lines))


def _rejoin_split_sentences(kept: list[tuple[int, str, bool]], lines: list[str]) -> list[str]:
    """The kept lines, with a sentence that a dropped ad or caption line cut in two
    ("... 98.500 Afghanen" / "- Werbung -" / "abgeschoben, ...") made one line again."""
    out: list[str] = []
    last = -1  # index in `out` of the last non-blank line, -1 for none
    last_n = -1  # its index in `lines`
    for n, line, _row in kept:
        if not line.strip():
            out.append(line)
            continue
        cut = last >= 0 and any(lines[k].strip() for k in range(last_n + 1, n))
        if cut and _continues(out[last], line):
            out[last] = out[last].rstrip() + " " + line.lstrip()
            del out[last + 1 :]
        else:
            out.append(line)
            last = len(out) - 1
        last_n = n
    return out


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


# A word broken at a line's end in a PDF dump: "Paki-" / "stan zwischen ...". The piece
# after the break starts in lower case; a German suspended hyphen before a conjunction
# ("Wirtschafts-" / "und Handelsminister") is no break.
_HYPHEN_BREAK_RE = re.compile(r"(?<=[^\W\d_]{2})-\n[ \t]*(\S+)[ \t]*(?=(\n|$)?)")
SUSPENDED_HYPHEN_WORDS = frozenset(
    {"und", "oder", "bzw", "bzw.", "sowie", "als", "bis", "et", "ou", "and", "or", "и", "или"}
)


def _join_broken_word(m: re.Match[str]) -> str:
    piece = m.group(1)
    if not piece[:1].islower() or piece.rstrip(",;:.") in SUSPENDED_HYPHEN_WORDS:
        return m.group(0)
    # the rest of the line stays on its own line; a line that held only the piece goes
    return piece if m.group(2) is not None else piece + "\n"


def _join_broken_words(text: str) -> str:
    """ "Paki-\nstan zwischen" -> "Pakistan\nzwischen": words hyphenated at a line's end."""
    if "-\n" not in text:
        return text  # PERF: most texts hold no such break
    return _HYPHEN_BREAK_RE.sub(_join_broken_word, text)


# A PDF dump wraps sentences at a fixed width: a long line that does not end a sentence,
# followed by one that starts in lower case, is one line ("... schob Pakistan" /
# "zwischen Oktober und Dezember ... ab.").
WRAPPED_LINE_MIN_CHARS = 40
_SENTENCE_STOPS = ".!?:;|…"


# A list item ("1. Open ...", "- Launch ...") whose text an indented line goes on with.
_LIST_ITEM_RE = re.compile(r"^[ \t]*(?:[-•*–]|\d{1,2}[.)])[ \t]+\S")


# A wrapped line may start with a count ("... authorities deported" / "143,200 Afghan
# nationals ..."): a figure of three digits or more, or with thousands separators, then
# a word. A day ("12 March 2026"), a date or a clock time under a headline is no such line.
_COUNT_START_RE = re.compile(
    r"(?:\d{1,3}(?:[,.\u00a0 ]\d{3})+|(?![12]\d{3}\b)\d{3,})[ \u00a0]+[^\W\d_]"
)


# Words that end no sentence and no headline: a long line ending in one was wrapped, even
# when the next line starts with a capital ("... reiste am Montag nach" / "Kabul, wo ...")
# (held-out set U). Prepositions, articles and conjunctions of the four languages.
WRAP_OPEN_WORDS = frozenset(
    {
        "the", "a", "an", "of", "to", "in", "with", "and", "for", "from", "by", "on", "at",
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "nach",
        "mit", "und", "von", "zu", "zum", "zur", "bei", "für", "aus", "auf", "im", "am",
        "в", "во", "на", "с", "со", "и", "по", "к", "ко", "из", "для", "от", "до", "о", "об",
        "le", "la", "les", "de", "du", "à", "au", "aux", "en", "et", "avec", "pour",
        "par", "sur", "dans", "vers",
    }
)  # fmt: skip


# Nouns that go on with the figure of the line before and start no headline or dateline:
# German capitalises them ("... auf zwei Milliarden" / "Euro steigern") (held-out set U).
UNIT_NOUNS: tuple[str, ...] = (
    "euro", "dollar", "us-dollar", "millionen", "milliarden", "mio.", "mrd.", "tonnen",
    "prozent",
)  # fmt: skip


def _continues(prev: str, line: str) -> bool:
    head, tail = line.lstrip()[:1], prev.rstrip()
    if not head or not tail or tail[-1] in _SENTENCE_STOPS or "|" in prev or "|" in line:
        return False
    if head.isalpha() and head.islower() and len(tail) >= WRAPPED_LINE_MIN_CHARS:
        return True
    if len(tail) >= WRAPPED_LINE_MIN_CHARS and line.split(None, 1)[0].casefold() in UNIT_NOUNS:
        return True
    if (
        head.isalnum()
        and len(tail) >= WRAPPED_LINE_MIN_CHARS
        and tail.rsplit(None, 1)[-1].casefold() in WRAP_OPEN_WORDS
        and _LIST_ITEM_RE.match(line) is None
    ):
        return True
    if (
        head.isdigit()
        and tail[-1].isalpha()
        and tail[-1].islower()
        and len(tail) >= WRAPPED_LINE_MIN_CHARS
        and _COUNT_START_RE.match(line.lstrip())
    ):
        return True
    # "1. Open a centre in Herat" / "   (responsible: QazTrade)." : an indented line under an
    # unfinished list item goes on with it
    return (
        line[:1] in " \t"
        and _LIST_ITEM_RE.match(prev) is not None
        and _LIST_ITEM_RE.match(line) is None
    )


def _unwrap_lines(text: str) -> str:
    """Lines a PDF dump wrapped mid-sentence, joined again (each onto the line built so
    far, so that a second pass joins nothing more)."""
    out: list[str] = []
    for line in text.split("\n"):
        if out and _continues(out[-1], line):
            out[-1] = out[-1].rstrip() + " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


# A PDF dump's page furniture: "Page 1 of 2" lines, and the running header repeated on
# each page (the same line as one of the first ones but for its page number, often over
# a rule of dashes). Dropped, a list or sentence runs on across the page break.
_PAGE_LINE_RE = re.compile(
    r"^\s*(?:page|seite|страница|стр\.|p\.)\s*\d{1,4}(?:\s*(?:of|von|из|sur|/)\s*\d{1,4})?\s*$",
    re.IGNORECASE,
)
_RULE_LINE_RE = re.compile(r"^\s*[-=_–—]{5,}\s*$")
_PAGE_WORD_RE = re.compile(
    r"^\s*(?:page|seite|страница|стр\.|p\.)\s*\d", re.IGNORECASE | re.MULTILINE
)
_DIGITS_RE = re.compile(r"\d+")
# A footer that puts the page beside the document's name, a wide gap between them
# ("Border Monitoring Update - October 2026        Page 3 of 8", "Bulletin  - 4 -"), and
# a page number standing alone between the two halves of a sentence ("... by the" /
# "4" / "the agency said ..."): page furniture too.
_PAGE_MARK = (
    r"(?:(?:page|seite|страница|стр\.|p\.)\s*\d{1,4}(?:\s*(?:of|von|из|sur|/)\s*\d{1,4})?"
    r"|[-–—]\s*\d{1,4}\s*[-–—])"
)
_PAGE_FOOTER_RE = re.compile(
    rf"^\s*(?:\S[^\n]{{0,100}}?[ \t]{{3,}})?{_PAGE_MARK}\s*$", re.IGNORECASE
)
# A page mark ends its line in a number, or in a dash after one ("- 4 -").
_NUMBER_LINE_END_RE = re.compile(r"\d[^\S\n]*(?:[-–—][^\S\n]*)?$", re.MULTILINE)
_LONE_NUMBER_RE = re.compile(r"^[ \t]*\d{1,3}[ \t]*$", re.MULTILINE)
RUNNING_HEADER_LINES = 3  # the first non-blank lines a running header is one of
RUNNING_HEADER_MIN_CHARS = 20


def _drop_page_furniture(text: str) -> str:
    """Text less page-number lines and the running header repeated after a page break."""
    firsts: list[str] = []
    for line in text.split("\n", 40):
        if line.strip():
            firsts.append(line.strip())
            if len(firsts) == RUNNING_HEADER_LINES:
                break
    heads = {
        _DIGITS_RE.sub("#", line)
        for line in firsts
        if len(line) >= RUNNING_HEADER_MIN_CHARS and line[-1:] not in ".!?"
    }
    # PERF: one pass in C says whether a page line stands anywhere; most texts have none
    has_page = _PAGE_WORD_RE.search(text) is not None
    has_footer = _has_page_footer(text)
    has_number = _LONE_NUMBER_RE.search(text) is not None
    if not heads and not has_page and not has_footer and not has_number:
        return text
    prefixes = {head[:8] for head in heads}
    out: list[str] = []
    seen = 0  # non-blank lines kept so far
    dropped_header = False
    lines = text.split("\n")
    page_break = False  # a furniture line went since the last line kept
    for i, line in enumerate(lines):
        stripped = line.strip()
        if (
            (has_page and _PAGE_LINE_RE.match(line))
            or (has_footer and _PAGE_FOOTER_RE.match(line))
            or (has_number and _LONE_NUMBER_RE.match(line) and _splits_sentence(out, lines, i))
        ):
            page_break = True
            continue
        if (
            seen >= RUNNING_HEADER_LINES
            and stripped[:8] in prefixes
            and _DIGITS_RE.sub("#", stripped) in heads
        ):
            dropped_header = True
            page_break = True
            continue
        if dropped_header and _RULE_LINE_RE.match(line):
            continue  # the rule under a dropped running header
        if stripped:
            if page_break and _splits_sentence(out, lines, i - 1):
                # "... since it" / footer / "began reporting": the sentence runs on
                # across the page break, so the blank lines around the footer go too
                while out and not out[-1].strip():
                    out.pop()
            seen += 1
            dropped_header = False
            page_break = False
        out.append(line)
    return "\n".join(out)


def _has_page_footer(text: str) -> bool:
    """Whether some line is a page footer ("Update - October 2026      Page 3 of 8")."""
    # PERF: the page-mark pattern, tried at every offset of the article, cost 0.6 ms an
    # article; only the lines that end in a number can hold one, and they are few
    for m in _NUMBER_LINE_END_RE.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        if _PAGE_FOOTER_RE.match(text[start : end if end >= 0 else len(text)]):
            return True
    return False


def _splits_sentence(before: list[str], lines: list[str], i: int) -> bool:
    """True when the line at i stands between a line left unfinished and one going on
    in lower case: a page number dropped into a sentence at a page break."""
    prev = next((line.rstrip() for line in reversed(before) if line.strip()), "")
    after = next((line.lstrip() for line in lines[i + 1 :] if line.strip()), "")
    return (
        len(prev) >= WRAPPED_LINE_MIN_CHARS
        and prev[-1:] not in _SENTENCE_STOPS
        and after[:1].isalpha()
        and after[:1].islower()
    )


# Two columns of a PDF page dumped side by side: each line holds the left column's line,
# a wide gap, and the right column's line. Read as lines they mix two texts; the left
# column is read first, then the right one, as the page is.
_COLUMN_GAP_RE = re.compile(r"(?<=\S)[ \t]{3,}(?=\S)")
COLUMN_MIN_LINES = 2  # lines with a gap at about the same place make a two-column block
COLUMN_ALIGN_CHARS = 6  # how far the right column's starts may wander (hand-made layouts)
COLUMN_MIN_START = 25  # a right column starts this far in at least; less is a list's indent


def _column_start(line: str) -> int | None:
    """Where the right column starts in a line of two columns, None for a line of one."""
    found = [m.end() for m in _COLUMN_GAP_RE.finditer(line) if m.end() >= COLUMN_MIN_START]
    return found[0] if len(found) == 1 else None


def _split_block(block: list[str]) -> list[str]:
    starts = [start for line in block if (start := _column_start(line)) is not None]
    if len(starts) < COLUMN_MIN_LINES or max(starts) - min(starts) > COLUMN_ALIGN_CHARS:
        return block
    edge = min(starts)
    left: list[str] = []
    right: list[str] = []
    for line in block:
        start = _column_start(line)
        if start is not None:
            left.append(line[:start].rstrip())
            right.append(line[start:].strip())
        elif len(line) - len(line.lstrip()) >= edge - COLUMN_ALIGN_CHARS:
            right.append(line.strip())  # only the right column goes on here
        else:
            left.append(line.rstrip())
    return left + right


def _split_columns(text: str) -> str:
    """Blocks of lines laid out in two columns, read column by column."""
    # PERF: a column gap is three spaces inside a line; most texts have none
    if "   " not in text:
        return text
    out: list[str] = []
    block: list[str] = []
    for line in [*text.split("\n"), ""]:
        if line.strip():
            block.append(line)
            continue
        out += _split_block(block) if len(block) >= COLUMN_MIN_LINES else block
        out.append(line)
        block = []
    return "\n".join(out[:-1])


def _clean_plain(text: str) -> str:
    text = _decode_entities(text)
    text = _split_columns(_drop_page_furniture(_unsoup(text)))
    text = _unwrap_lines(_join_broken_words(text))
    return _finish(_drop_chrome(text))


def clean_text(raw: str, *, html: bool | None = None) -> str:
    """Turn raw text or HTML (html=None sniffs) into the cleaned text that extraction reads."""
    text = _normalise(raw)
    if html is None:
        html = looks_like_html(text)
    if html:
        # The HTML's text goes through the plain-text pass too, so that cleaning the
        # result again (now sniffed as text) changes nothing.
        text = _normalise(_clean_html(text))
    # Dropping a chrome line brings its neighbours together, and they may read as
    # chrome in turn ("<", "©", "Q>" on three lines): the plain pass runs until it
    # changes nothing, so that cleaning the result again changes nothing either
    # (bounded: each pass that changes the text drops something).
    out = _clean_plain(text)
    for _ in range(_MAX_PLAIN_PASSES):
        again = _clean_plain(out)
        if again == out:
            break
        out = again
    return out


_MAX_PLAIN_PASSES = 4


_TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_OG_TITLE_RE = re.compile(
    r"""<meta\s[^>]*(?:property|name)\s*=\s*["'](?:og:title|twitter:title)["'][^>]*>""",
    re.IGNORECASE,
)
_CONTENT_RE = re.compile(r"""content\s*=\s*(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)
_H1_RE = re.compile(r"<h1[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_ANY_TAG_RE = re.compile(r"<[^<>]*>")
_DATELINE_RE = re.compile(r"^\W*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b")
# Markdown heading marks and emphasis around a headline line ("# Title", "**Title**").
_MARKUP_EDGES_RE = re.compile(r"^\s*(?:#{1,6}\s+|[*_]+)|[*_]+\s*$")
TITLE_MIN_WORDS = 3
TITLE_PREFERRED_WORDS = 5
TITLE_MAX_WORDS = 30
TITLE_MAX_CHARS = 250
TITLE_SCAN_LINES = 20


def _tidy_title(text: str) -> str | None:
    title = _HTML_WS_RE.sub(" ", html_lib.unescape(_ANY_TAG_RE.sub(" ", text))).strip()
    return title or None


def _headline_like(line: str) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped) > TITLE_MAX_CHARS:
        return False
    if stripped[0] in "-|" + MENU_BULLETS or stripped[-1] in ".,;:!?…" or "|" in stripped:
        return False
    if _DATELINE_RE.match(stripped):
        return False
    return TITLE_MIN_WORDS <= len(stripped.split()) <= TITLE_MAX_WORDS


def find_title(raw: str, cleaned: str) -> str | None:
    """The article's headline: og:title, <title> or <h1> of HTML, else the first headline line."""
    if "<" in raw[: HTML_SNIFF_CHARS * 4] and looks_like_html(raw):
        for pattern in (_OG_TITLE_RE, _H1_RE, _TITLE_RE):
            m = pattern.search(raw)
            if not m:
                continue
            if pattern is _OG_TITLE_RE:
                content = _CONTENT_RE.search(m.group(0))
                title = _tidy_title(content.group(2)) if content else None
            else:
                title = _tidy_title(m.group(1))
            if title:
                return title
    # Headline candidates come from the lines above the first paragraph (or the first
    # lines); a site name is short, so the first candidate of five words or more wins.
    # A headline right above its dateline is taken at once.
    candidates: list[str] = []
    lines = [line for line in cleaned.split("\n") if line.strip()][:TITLE_SCAN_LINES]
    for i, line in enumerate(lines):
        if _is_prose(line) and candidates:
            break
        line = _MARKUP_EDGES_RE.sub("", line).strip()
        if _headline_like(line) and not is_dateline(line):
            if i + 1 < len(lines) and is_dateline(lines[i + 1]):
                return line
            candidates.append(line)
    for line in candidates:
        if len(line.split()) >= TITLE_PREFERRED_WORDS:
            return line
    return candidates[0] if candidates else None
