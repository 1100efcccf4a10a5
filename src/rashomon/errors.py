"""One exception family. Each error carries its fields and survives pickling, because
document stages run in worker processes and their errors travel back to the parent."""

from __future__ import annotations


class RashomonError(Exception):
    """Base of every error Rashomon raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (_rebuild, (type(self), self.__dict__.copy()))

    def __str__(self) -> str:
        return self.message


def _rebuild(cls: type[RashomonError], state: dict[str, object]) -> RashomonError:
    err = cls.__new__(cls)
    Exception.__init__(err, state.get("message", ""))
    err.__dict__.update(state)
    return err


class ConfigError(RashomonError):
    """Bad settings or a pipeline that cannot be built; the message says how to fix it."""


class RegistryError(ConfigError):
    """A duplicate or unknown name in the registry."""


class PipelineError(ConfigError):
    """A stage requires something no earlier stage assigns, or broke its contract."""


class InputError(RashomonError):
    """A document could not be read or analysed; recorded per document, the run goes on."""

    def __init__(self, kind: str, message: str, origin: str = "", stage: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.origin = origin
        self.stage = stage


class SkipDocument(InputError):
    """A document deliberately not analysed (empty, only boilerplate, too large...)."""


class StoreError(RashomonError):
    """The store cannot be opened or migrated."""
