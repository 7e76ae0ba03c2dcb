"""kg: build a knowledge graph from Chinese government and economic news."""

from .errors import DecodeError, EndpointError, FormatError, InputError, KGError, QueryError, ValidationError
from .model import Document, Entity, Evidence, Graph, Mention, Relation, Sentence
from .pipeline import BuildResult, build, build_graph

__version__ = "0.1.0"
__all__ = [
    "build",
    "build_graph",
    "BuildResult",
    "Document",
    "Sentence",
    "Mention",
    "Entity",
    "Relation",
    "Evidence",
    "Graph",
    "KGError",
    "InputError",
    "DecodeError",
    "FormatError",
    "QueryError",
    "EndpointError",
    "ValidationError",
]
