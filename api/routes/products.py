"""Packaged products by barcode, from the shared catalogue or Open Food Facts."""

from typing import Annotated

from fastapi import APIRouter, Path
from pydantic import AfterValidator

from api.deps import CurrentUser, RemoteProducts, SessionDep
from api.errors import AUTHENTICATED, documented
from api.services import products
from models.errors import ErrorResponse
from models.product import ProductAnswer
from models.types import BARCODE_DESCRIPTION, BARCODE_PATTERN, stored_barcode

router = APIRouter(prefix="/v1/products", tags=["products"], responses=AUTHENTICATED)
Barcode = Annotated[str, Path(pattern=BARCODE_PATTERN, description=BARCODE_DESCRIPTION, examples=["3017620422003"]),
                    AfterValidator(stored_barcode)]


@router.get("/{barcode}", response_model=ProductAnswer, responses={
    **documented(404),
    503: {"model": ErrorResponse, "description": "The database, or Open Food Facts for a product not in the "
          "catalogue, is not answering (down, slow or at its rate limit); see Retry-After"},
})
def read_product(session: SessionDep, user: CurrentUser, barcode: Barcode, remote: RemoteProducts) -> ProductAnswer:
    """A product by its EAN-13, EAN-8, UPC-A or UPC-E code, with the groups its ingredients and allergen tags imply."""
    return products.read_product(session=session, owner=user, remote=remote, barcode=barcode)
