"""Text stage: normalization, tokens with offsets, sentences and sections.

Every function here keeps positions in the ORIGINAL text: normalization is length-preserving (one
character in, one character out), so an offset into the normalized text is an offset into the original.

    >>> normalize("Субдуральная гематOма — 2,5х1,8 см")
    'субдуральная гематома - 2,5х1,8 см'
    >>> [t.text for t in tokenize("САК, ВЖК.")]
    ['САК', ',', 'ВЖК', '.']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "Section",
    "Token",
    "cyrillize",
    "fold",
    "normalize",
    "sections",
    "sentence_at",
    "sentences",
    "tokenize",
]

# Latin letters that look like Cyrillic ones (after lowercasing): "гематOма", "CАК", "кровоизлияниe".
LOOKALIKES = {
    "a": "а",
    "c": "с",
    "e": "е",
    "o": "о",
    "p": "р",
    "x": "х",
    "k": "к",
    "m": "м",
    "h": "н",
    "t": "т",
    "b": "в",
    "y": "у",
}
_LOOKALIKE_TABLE = str.maketrans(LOOKALIKES)
_SIMPLE_REPLACEMENTS = (
    ("ё", "е"),
    ("\u2010", "-"),
    ("\u2011", "-"),
    ("\u2012", "-"),
    ("\u2013", "-"),
    ("\u2014", "-"),
    ("\u2015", "-"),
    ("\u2212", "-"),
    ("«", '"'),
    ("»", '"'),
    ("\u201c", '"'),
    ("\u201d", '"'),
    ("\u201e", '"'),
    ("\u2033", '"'),
    ("\u2018", "'"),
    ("\u2019", "'"),
    ("`", "'"),
    ("\xa0", " "),
    ("\u2009", " "),
    ("\u202f", " "),
    ("\u2007", " "),
)
# A word that mixes Latin look-alikes with Cyrillic letters (anchored at a word start and possessive:
# linear time, no backtracking over long words); a quick test for one first.
_LATIN_NEXT_TO_CYRILLIC = re.compile("[a-z][а-я]|[а-я][a-z]")
_MIXED_WORD = re.compile(r"(?<![^\W\d_])(?=[^\W\d_]*?(?:[a-z][а-я]|[а-я][a-z]))[^\W\d_]++")
# A whole word of Latin look-alikes ("CAK", "cm") inside a mostly Cyrillic text.
_LOOKALIKE_WORD = re.compile(r"(?<![^\W\d_])[aceopxkmhtby]+(?![^\W\d_])")
# A word: letters/digits joined by inner hyphens ("по-видимому", "КТ-признаки", a word broken across
# lines "субдураль-\nная"); or one other symbol.
_TOKEN = re.compile(r"[^\W_]+(?:-(?:[^\S\n]*\n[^\S\n]*)?[^\W_]+)*|[^\w\s]|_")
_LINE_BREAK_HYPHEN = re.compile(r"-[^\S\n]*\n[^\S\n]*")


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    # A few characters (e.g. "İ") lowercase to two code points: keep those as they are.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


_SPECIAL = re.compile("[" + "".join(re.escape(old) for old, _ in _SIMPLE_REPLACEMENTS) + "]")
_LATIN_LOOKALIKE = re.compile("[" + "".join(LOOKALIKES) + "]")


def fold(text: str) -> str:
    """Lowercase, ё→е, unified dashes, quotes and spaces (length-preserving; no look-alike mapping)."""
    text = _lower(text)
    if _SPECIAL.search(text) is None:
        return text
    for old, new in _SIMPLE_REPLACEMENTS:
        if old in text:
            text = text.replace(old, new)
    return text


def normalize(text: str) -> str:
    """Lowercase, ё→е, unified dashes/quotes/spaces, Latin look-alikes inside Cyrillic words → Cyrillic
    (and whole look-alike words such as "CAK" when the text is mostly Cyrillic).

    The result has exactly the length of the input, so offsets carry over unchanged.
    """
    text = fold(text)
    if not text.isascii() and _LATIN_LOOKALIKE.search(text) is not None:
        if _LATIN_NEXT_TO_CYRILLIC.search(text) is not None:
            text = _MIXED_WORD.sub(_to_cyrillic, text)
        if _LOOKALIKE_WORD.search(text) is not None and _mostly_cyrillic(text):
            text = _LOOKALIKE_WORD.sub(_to_cyrillic, text)
    return text


def _to_cyrillic(m: re.Match[str]) -> str:
    return m.group().translate(_LOOKALIKE_TABLE)


_CYRILLIC_RUN = re.compile("[а-я]+")
_LATIN_RUN = re.compile("[a-z]+")


def _mostly_cyrillic(text: str) -> bool:
    cyrillic = sum(map(len, _CYRILLIC_RUN.findall(text)))
    return cyrillic > 2 * sum(map(len, _LATIN_RUN.findall(text)))


def cyrillize(folded: str) -> str:
    """Map every Latin look-alike letter of a folded text to Cyrillic, regardless of context.

    A coarse pass for the keyword pre-scan of Cyrillic lexicons: it can only add candidate sentences (which
    are then read with :func:`normalize`), never hide one. Length-preserving.
    """
    if _LATIN_LOOKALIKE.search(folded) is None:
        return folded
    text = folded
    for lat, cyr in LOOKALIKES.items():  # str.replace is much faster than str.translate here
        if lat in text:
            text = text.replace(lat, cyr)
    return text


@dataclass(frozen=True, slots=True)
class Token:
    """A token: ``text == original[start:stop]``; ``norm`` is its normalized form."""

    start: int
    stop: int
    text: str
    norm: str

    @property
    def is_word(self) -> bool:
        return self.norm[0].isalnum()


def tokenize(text: str, *, start: int = 0, stop: int | None = None) -> list[Token]:
    """Tokens (words with inner hyphens, single punctuation marks) of ``text[start:stop]``.

    Offsets index ``text`` itself.
    """
    stop = len(text) if stop is None else stop
    spans, words = token_spans(text, start, stop)
    return [Token(a, b, text[a:b], w) for (a, b), w in zip(spans, words, strict=True)]


def token_spans(text: str, start: int, stop: int) -> tuple[list[tuple[int, int]], list[str]]:
    """Offsets and normalized forms of the tokens of ``text[start:stop]`` (the fast path of
    :func:`tokenize`, without building :class:`Token` objects)."""
    starts, stops, words = token_offsets(text[start:stop])
    return [(start + a, start + b) for a, b in zip(starts, stops, strict=True)], words


def token_offsets(text: str) -> tuple[list[int], list[int], list[str]]:
    """Start offsets, stop offsets and normalized forms of the tokens of ``text`` (the matcher's form)."""
    norm = normalize(text)
    words = _TOKEN.findall(norm)
    # Every character that is not white space is a token or part of one (a letter or digit, "_", or another
    # symbol), so each token starts at the first non-space character after the one before it: offsets come
    # from the token lengths, without a match object per token.
    starts: list[int] = []
    stops: list[int] = []
    pos = 0
    for w in words:
        while norm[pos].isspace():
            pos += 1
        starts.append(pos)
        pos += len(w)
        stops.append(pos)
    if "\n" in norm:  # a word broken across lines, "субдураль-\nная", is one word
        words = [_LINE_BREAK_HYPHEN.sub("", w) if "\n" in w else w for w in words]
    return starts, stops, words


# ---------------------------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------------------------

# Abbreviations after which a period does not end a sentence when a lowercase word follows
# ("2 см. в диаметре", "т.е. гематома").
_SOFT_ABBREVIATIONS = (
    "см мм мл л г гг т е д п др пр ср напр рис табл ед н кт мскт ок прибл акс сагит кор "
    "лев прав абс отн max min макс мин ca approx e g i vs dr fig "
    # truncated adjectives of reports ("Эпидур. гематома", "геморрагич. ушиб"; lexicon lemmas.txt expands them)
    "эпидур субдур субарахн геморрагич подапоневр внутримозг внутрижел внутричереп интракран гиперденс кровоизл "
    "лобн височн теменн затылочн диф выявл подозр"
).split()
# Abbreviations that never end a sentence, even before a capital letter ("55 ед.Н", "т.е. СДГ").
_HARD_ABBREVIATIONS = "ед т е напр ср vs dr".split()


def _not_after(words: list[str]) -> str:
    """Negative lookbehinds: the period just matched does not follow one of ``words`` (whole word, any case).
    One lookbehind per word length (a lookbehind must have a fixed width), its words as alternatives."""
    by_length: dict[int, list[str]] = {}
    for w in sorted(set(words)):
        by_length.setdefault(len(w), []).append(re.escape(w))
    return "".join(
        rf"(?<!(?<![^\W_])(?i:{'|'.join(ws)})\.)" for _, ws in sorted(by_length.items(), reverse=True)
    )


_UPPER, _LOWER, _PUNCT = "А-ЯЁA-Z", "а-яёa-z", "[.!?…]"
# One regex finds every sentence end, so splitting costs no Python per candidate break. It starts with a
# character class (a fast scan to the next "\n . ! ? …"); the branches then decide. A break is:
_SENTENCE_END = re.compile(
    rf"[\n.!?…](?:"
    # a line break before an empty line, a capital, a digit or a bullet;
    rf"(?<=\n)(?=[^\S\n]*\n|\s*(?:[{_UPPER}\d]|[-•*–—]))"
    # not a "?" opening a conclusion, a clause, a bracket or the text ("Заключение: ? СДГ", "- ? ушиб",
    # "? Кровь в роге", "(? blood)", ", ? SAH")
    rf"|(?<={_PUNCT})(?<!:\?)(?<!:[ ]\?)(?<![-–—][ ]\?)(?<!^\?)(?<!\n\?)(?<![.!…\n][ ]\?)"
    rf"(?<![(,]\?)(?<![(,][ ]\?)(?:"
    # sentence punctuation at the end of the text;
    rf"{_PUNCT}*(?=\s*\Z)"
    # ... before a capital, after a space, unless after an abbreviation like "ед." ("55 ед. Н");
    rf"|{_not_after(_HARD_ABBREVIATIONS)}{_PUNCT}*(?=\s+[{_UPPER}])"
    # ... directly before a capital ("смещены.Желудочки"), unless "ед.Н", an initial ("А.Б.Иванов") or a
    # question mark written onto the word it asks about ("fissure ?SAH");
    rf"|{_not_after(_HARD_ABBREVIATIONS)}(?<!(?<![^\W_])[{_UPPER}]\.)(?<!\s\?){_PUNCT}*(?=[{_UPPER}])"
    # ... before a spaced digit, unless a number ends with the period;
    rf"|(?<!\d\.){_PUNCT}*(?=\s+\d)"
    # ... before a spaced lowercase word, unless after an abbreviation ("2 см. в диаметре") or a number, or
    # the mark is a "?" the sentence goes on after ("hyperdensity in the sulci? early haemorrhage");
    rf"|{_not_after(_SOFT_ABBREVIATIONS)}(?<!\d{_PUNCT})(?<!\?){_PUNCT}*(?<!\?)(?=\s+[{_LOWER}])"
    # ... before a spaced symbol ("... . (см. выше)"). "(САК?)" and "2,5 см" never break.
    rf"|{_PUNCT}*(?=\s+[^\w\s])"
    rf"))"
)


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def sentences(text: str, *, start: int = 0, stop: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, stop)`` within ``text[start:stop]``, trimmed of surrounding whitespace.

    Survives radiology abbreviations and numbers: "2,5х1,8 см", "55 ед.Н", "т.е.", dates "12.03.2023",
    and splits where a period lacks its space ("смещены.Желудочки") or a line starts with a capital.
    """
    stop = len(text) if stop is None else stop
    seg = text if (start == 0 and stop == len(text)) else text[start:stop]
    spans: list[tuple[int, int]] = []
    begin = 0
    for m in _SENTENCE_END.finditer(seg):
        i = m.start()
        spans.append((begin, i if seg[i] == "\n" else m.end()))
        begin = m.end()
    spans.append((begin, len(seg)))
    out = []
    for a, b in spans:
        a, b = _trim(seg, a, b)
        if a < b:
            out.append((start + a, start + b))
    return out


_BREAK_CHAR = re.compile(r"[.!?…\n]")


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """The span of the sentence of :func:`sentences` that contains position ``pos`` (0 <= pos < len).

    Looks only at the breaks around ``pos``: finding the few sentences that matter in a long report costs
    far less than splitting all of it. A position in white space between sentences belongs to the next one.
    """
    m = _SENTENCE_END.search(text, pos)
    end = len(text) if m is None else (m.start() if text[m.start()] == "\n" else m.end())
    if m is not None and m.start() < pos:  # pos inside a punctuation run that ends a sentence
        end = m.end()
    begin = 0
    j = pos
    while j > 0:
        lo = max(0, j - 256)  # look back in windows, searching the reversed window once
        hit = _BREAK_CHAR.search(text[lo:j][::-1])
        if hit is None:
            if lo == 0:
                break
            j = lo
            continue
        k = j - 1 - hit.start()
        run = k
        if text[k] != "\n":
            while run > 0 and text[run - 1] in ".!?…":
                run -= 1
        b = _SENTENCE_END.match(text, run)
        if b is not None and b.end() <= pos:
            begin = b.end()
            break
        j = run
    a, z = _trim(text, begin, end)
    if a >= z:  # pos was white space at the very end
        spans = sentences(text)
        return spans[-1] if spans else (0, 0)
    return a, z


# ---------------------------------------------------------------------------------------------
# Sections
# ---------------------------------------------------------------------------------------------

HEADER_WORDS = ("описание", "протокол", "заключение", "закл", "вывод", "findings", "impression", "conclusion")
_HEADER_AT = re.compile(
    r"(?P<name>описание|протокол(?:[^\S\n]+исследования)?|заключение|закл|выводы?|"
    r"findings|impression|conclusions?)"
    r"[^\S\n]*(?:[.:\-]+|(?=\n)|$)"
)
_HEADER_KIND = {
    "описание": "description",
    "протокол": "description",
    "findings": "description",
    "заключение": "conclusion",
    "закл": "conclusion",
    "вывод": "conclusion",
    "выводы": "conclusion",
    "impression": "conclusion",
    "conclusion": "conclusion",
    "conclusions": "conclusion",
}


@dataclass(frozen=True, slots=True)
class Section:
    """A section of one text field: ``name`` is "description", "conclusion" or "text"."""

    name: str
    start: int
    stop: int
    header: tuple[int, int] | None = None


def sections(
    text: str, *, default: str = "text", folded: str | None = None, starts: Iterable[int] | None = None
) -> list[Section]:
    """Split a text into description / conclusion by its headers (Описание, Протокол, Заключение, Закл.).

    A header stands at the start of a line or after sentence punctuation and ends with ":", "." or a
    line break. Text before the first header is a description; with no header at all the whole text is
    one section named ``default``. ``folded`` may pass an already normalized copy of ``text``, and
    ``starts`` the positions where :data:`HEADER_WORDS` occur in it (a caller's own scan found them):
    then only the text at those positions is normalized.
    """
    if starts is None:
        low = normalize(text) if folded is None else folded
        found = set()
        for word in HEADER_WORDS:
            i = low.find(word)
            while i != -1:
                found.add(i)
                i = low.find(word, i + 1)
        starts = found
    else:
        low = folded if folded is not None else normalize(text)
    headers: list[tuple[int, int, str]] = []
    for i in sorted(set(starts)):
        k = i - 1
        while k >= 0 and text[k] in _INLINE_SPACE:
            k -= 1
        if k >= 0 and text[k] not in "\n.:;":
            continue
        m = _header_at(text, low, i)
        if m and (not headers or m[0] >= headers[-1][1]):
            headers.append(m)
    if not headers:
        return [Section(default, 0, len(text))]
    out: list[Section] = []
    if text[: headers[0][0]].strip():
        out.append(Section("description", 0, headers[0][0]))
    for k, (a, b, name) in enumerate(headers):
        end = headers[k + 1][0] if k + 1 < len(headers) else len(text)
        out.append(Section(_HEADER_KIND[name.split()[0]], b, end, (a, b)))
    return out


_INLINE_SPACE = " \t\xa0\u2009\u202f\u2007"  # what fold() turns into " " or keeps as a tab
_HEADER_WINDOW = 80


def _header_at(text: str, low: str | None, i: int) -> tuple[int, int, str] | None:
    """The header starting at ``i`` as (start, stop, name), reading the normalized text around it only."""
    if low is not None:
        m = _HEADER_AT.match(low, i)
        return (m.start(), m.end(), m.group("name")) if m else None
    line_end = text.find("\n", i)
    line_end = len(text) if line_end == -1 else line_end + 1
    stop = min(line_end, i + _HEADER_WINDOW)
    m = _HEADER_AT.match(normalize(text[i:stop]))
    if stop < line_end and (m is None or m.end() == stop - i):  # the window may have cut the header short
        m = _HEADER_AT.match(normalize(text[i:line_end]))
    return (i + m.start(), i + m.end(), m.group("name")) if m else None
