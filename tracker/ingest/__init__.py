"""The ingest room: read files, clean text and HTML, detect language and publication date."""

from tracker.ingest.clean import clean_text, find_title
from tracker.ingest.language import SUPPORTED_LANGUAGES, detect_language
from tracker.ingest.published import find_published
from tracker.ingest.read import DEFAULT_MAX_BYTES, SUPPORTED_SUFFIXES, iter_input_files, read_text

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_LANGUAGES",
    "SUPPORTED_SUFFIXES",
    "clean_text",
    "detect_language",
    "find_published",
    "find_title",
    "iter_input_files",
    "read_text",
]
