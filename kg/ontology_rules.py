"""Domain and range of every relation, as kg.schema reads them from the ontology; a relation they forbid is dropped."""

from __future__ import annotations

from .schema import DOMAIN_RANGE as DOMAIN_RANGE
from .schema import ORG_CLASSES, PERSON_CLASSES, PLACE_CLASSES
from .schema import allowed as allowed

# The class groups the rules use, named as before (kg.schema has the same sets under schema names).
PLACES = PLACE_CLASSES  # administrative divisions (a Zone is a place but not a division)
ORGS = ORG_CLASSES
PEOPLE = PERSON_CLASSES
# A government body or a place acting as its government: exactly who may implement a programme.
GOV_ACTORS = DOMAIN_RANGE["implements"][0]
