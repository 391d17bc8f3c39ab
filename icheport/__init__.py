"""icheport: find intracranial hemorrhage in free-text brain CT reports (Russian first).

>>> import icheport
>>> r = icheport.label_text("Заключение: острая субдуральная гематома слева.")
>>> r.ich, r.sdh
(1, 1)
"""

import logging
from importlib.metadata import PackageNotFoundError, version

from .label import label_file, label_frame
from .lexicon import Lexicon, LexiconError, load_lexicon
from .matcher import Matcher, Mention, Report, Trigger, default_matcher, label_text

try:
    __version__ = version("icheport")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"

# A library is quiet unless its user configures logging (the command line does, with -v / -q).
logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Lexicon",
    "LexiconError",
    "Matcher",
    "Mention",
    "Report",
    "Trigger",
    "__version__",
    "default_matcher",
    "label_file",
    "label_frame",
    "label_text",
    "load_lexicon",
]
