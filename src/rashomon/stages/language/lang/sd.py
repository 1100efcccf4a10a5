"""Sindhi (Arabic script): its implosives and aspirated stops have letters of their own."""

# plus swash kaf ڪ (Sindhi's k), rreh ڙ and noon ڻ
LETTERS = "ٻڀٺٽٿڄڃڇڊڍڌڏڦڳڱڪڙڻ"

FUNCTION_WORDS: frozenset[str] = frozenset()
