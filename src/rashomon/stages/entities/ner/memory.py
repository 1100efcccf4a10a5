"""Names remembered from the training data: a feature, not a decision.

A CRF trained on a few thousand sentences knows little about a name it saw as an entity in a
sentence other than the one it is tagging. The model therefore ships with the names of its
training data (``<model>.names.json``: strict key → most frequent type): the tokens of a
remembered name get ``mem=`` features, and a word that was inside a name at least as often as
outside one (stored under ``~word``) gets ``memw=``. So that the CRF learns how far to trust that
feature, training gives each half of the data the names of the *other* half only (names that
were seen elsewhere are helpful, not certain); at run time the whole list is used.

English names are kept only where they start with a capital letter (re3d also marks "he",
"the group"); keys shorter than three characters are dropped.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from .corpora import Sentence
from .features import Lexicon, memory_key

__all__ = ["build", "save", "load", "path_for"]


def build(sentences: Iterable[Sentence], lang: str, lex: Lexicon) -> dict[str, str]:
    """Names (strict key → type) and, under a leading "~", single words that were inside a
    name at least as often as outside one (→ that name's type)."""
    counts: defaultdict[str, Counter[str]] = defaultdict(Counter)
    words: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for s in sentences:
        inside: dict[int, str] = {}
        for a, b, kind in s.spans:
            inside.update(dict.fromkeys(range(a, b), kind))
            if lang == "en" and not s.tokens[a][:1].isupper():
                continue
            key = memory_key(" ".join(s.tokens[a:b]), lang, lex)
            if len(key) >= 3:
                counts[key][kind] += 1
        for i, tok in enumerate(s.tokens):
            key = memory_key(tok, lang, lex)
            if len(key) >= 3:
                words[key][inside.get(i, "O")] += 1
    out = {k: c.most_common(1)[0][0] for k, c in sorted(counts.items())}
    for k, c in sorted(words.items()):
        kind, n = next(((t, n) for t, n in c.most_common() if t != "O"), ("", 0))
        if kind and n >= c["O"]:
            out["~" + k] = kind
    return out


def path_for(model: Path) -> Path:
    return model.with_suffix(".names.json")


def save(memory: dict[str, str], model: Path) -> None:
    path_for(model).write_text(
        json.dumps(memory, ensure_ascii=False, sort_keys=True, indent=0) + "\n", "utf-8"
    )


def load(model: Path) -> dict[str, str]:
    path = path_for(model)
    if not path.is_file():
        return {}
    data = json.loads(path.read_text("utf-8"))
    return {str(k): str(v) for k, v in data.items()}
