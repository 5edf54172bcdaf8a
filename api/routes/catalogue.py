"""What a client draws its forms from: the symptom scales, the massage techniques and the time zones. Public and
static, so they need no token and touch no database (hence none of the authenticated routes' 401 and 503)."""

from fastapi import APIRouter

from domain.clock import zone_names
from domain.massage import CATALOGUE
from domain.scales import SCALES
from models.massage import PointPublic, TechniquePublic
from models.symptom import ScalePublic

router = APIRouter()


@router.get("/v1/symptoms/scales", tags=["symptoms"], response_model=list[ScalePublic])
def list_scales() -> list[ScalePublic]:
    """The symptom scales: name, label, range and whether higher is better."""
    return [ScalePublic(name=s.name, label=s.label, description=s.description, minimum=s.minimum, maximum=s.maximum,
                        higher_is_better=s.higher_is_better, required=s.required, integer=s.integer, unit=s.unit)
            for s in SCALES]


@router.get("/v1/massage/techniques", tags=["massage"], response_model=list[TechniquePublic])
def list_techniques() -> list[TechniquePublic]:
    """The four knee self-massage techniques, with their points and how to do them."""
    return [TechniquePublic(name=t.name, label=t.label, order=t.order, what_it_does=t.what_it_does,  # type: ignore[arg-type]
                            how=t.how, suggested_seconds=t.suggested_seconds,
                            points=[PointPublic(code=p.code, name=p.name, location=p.location, used_for=p.used_for)
                                    for p in t.points],
                            round_description=t.round_description)
            for t in CATALOGUE]


@router.get("/v1/timezones", tags=["me"], response_model=list[str])
def list_timezones() -> list[str]:
    """Every IANA zone name sign-up and PATCH /v1/me accept, sorted."""
    return list(zone_names())
