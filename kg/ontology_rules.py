"""Domain and range of every relation (mirrors ontology/kg.ttl); a relation they forbid is dropped."""

from __future__ import annotations

PLACES = {"Province", "City", "District", "Town", "Village"}
ORGS = {"Company", "GovernmentBody", "Institution"}
PEOPLE = {"Person", "Official"}
GOV_ACTORS = {"GovernmentBody", "City", "District", "Province"}

DOMAIN_RANGE: dict[str, tuple[set[str], set[str]]] = {
    "locatedIn": (
        {"Company", "Project", "Institution", "GovernmentBody", "Zone", "Event"},
        PLACES | {"Zone"},
    ),
    "partOf": (
        PLACES | {"Project", "Programme", "GovernmentBody"},
        PLACES | {"Project", "Programme", "GovernmentBody"},
    ),
    "funded": ({"GovernmentBody", "Programme", "Company"}, {"Company", "Project"}),
    "investsIn": ({"Company"}, {"Project"}),
    "operates": ({"Company", "GovernmentBody", "City"}, {"Project", "Zone"}),
    "worksFor": (PEOPLE, ORGS),
    "implements": (GOV_ACTORS, {"Programme"}),
    "organizes": (ORGS | GOV_ACTORS, {"Event"}),
    "awards": ({"GovernmentBody"}, {"Designation"}),
    "designatedAs": (ORGS | PLACES | {"Project", "Zone"}, {"Designation"}),
    "supplies": ({"Company"}, {"Company"}),
    "participatesIn": (
        {"Company", "Project", "Institution", "GovernmentBody"} | PEOPLE | GOV_ACTORS,
        {"Programme", "Event"},
    ),
}
# partOf must join like with like: place to place, project to project, programme to programme …
_PART_GROUPS = (PLACES, {"Project"}, {"Programme"}, {"GovernmentBody"})


def allowed(predicate: str, subject_type: str, object_type: str) -> bool:
    dom, rng = DOMAIN_RANGE[predicate]
    if subject_type not in dom or object_type not in rng:
        return False
    if predicate == "partOf":
        return any(subject_type in g and object_type in g for g in _PART_GROUPS)
    return True
