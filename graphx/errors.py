"""Errors a user can act on. The CLI prints them as one `Error: …` line."""


class GraphxError(Exception):
    """Base class: anything graphx reports to the user instead of a traceback."""

    exit_code = 2


class InputError(GraphxError):
    """An input path is missing, unreadable or of an unknown kind."""


class ModelError(GraphxError):
    """The spaCy pipeline cannot be loaded."""


class GraphFileError(GraphxError):
    """A graph.json is missing, unreadable, corrupt or of another format."""


class OutputError(GraphxError):
    """The output folder cannot be written."""


class ActorNotFound(GraphxError):
    """A query names an actor the graph does not have."""


class AmbiguousActor(GraphxError):
    """A query name matches several actors equally well."""


class MissingExtra(GraphxError, ImportError):
    """An optional feature's package is not installed."""

    def __init__(self, package: str, extra: str):
        super().__init__(f"{package} is not installed; install the extra: pip install 'graphx[{extra}]'")
