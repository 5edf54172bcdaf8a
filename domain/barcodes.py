"""Retail barcodes (EAN-13, EAN-8, UPC-A, UPC-E): check digits, and the one form a product is stored under.

Every kind is a GTIN, so one product has one key however its code was read: the GTIN-13, written with 8 digits
when it is an EAN-8 (a GTIN-13 with five leading zeros). UPC-A is the GTIN-13 with a leading 0, and UPC-E is
expanded to its UPC-A first. This is Open Food Facts' own normalisation, so the key is also what their API and
dump use. An 8-digit code is read as EAN-8 when its EAN-8 check digit holds, otherwise as UPC-E; a UPC-E that
is also a valid EAN-8 can be sent expanded (its 12-digit UPC-A) to be unambiguous.
"""

from dataclasses import dataclass
from typing import Literal

Kind = Literal["ean13", "ean8", "upca", "upce"]
EAN8_PADDING = "00000"


class BarcodeError(ValueError):
    """Not a retail barcode, or its check digit does not hold; the message says which."""


@dataclass(frozen=True, slots=True)
class Barcode:
    kind: Kind
    gtin: str  # the stored form: 13 digits, or 8 for an EAN-8


def check_digit(payload: str) -> str:
    """The GTIN check digit for these digits: weights 3, 1, 3, ... from the right, to the next multiple of ten."""
    from_right = payload[::-1]
    total = 3 * sum(map(int, from_right[0::2])) + sum(map(int, from_right[1::2]))
    return str(-total % 10)


def has_valid_check_digit(code: str) -> bool:
    return len(code) >= 2 and code.isdigit() and check_digit(code[:-1]) == code[-1]


def expand_upc_e(code: str) -> str:
    """The 12-digit UPC-A an 8-digit UPC-E (number system 0 or 1, six digits, check digit) stands for."""
    if len(code) != 8 or not code.isdigit() or code[0] not in "01":
        raise BarcodeError("a UPC-E has 8 digits and starts with 0 or 1")
    system, d, check = code[0], code[1:7], code[7]
    last = d[5]
    if last in "012":
        body = d[0:2] + last + "0000" + d[2:5]
    elif last == "3":
        body = d[0:3] + "00000" + d[3:5]
    elif last == "4":
        body = d[0:4] + "00000" + d[4]
    else:
        body = d[0:5] + "0000" + last
    return system + body + check


def _gtin13(digits: str) -> str:
    gtin = digits.rjust(13, "0")
    return gtin[5:] if gtin.startswith(EAN8_PADDING) else gtin


def parse_barcode(raw: str) -> Barcode:
    """Read a scanned or typed code, or raise BarcodeError saying what is wrong with it."""
    code = raw
    if not code.isascii() or not code.isdigit():
        raise BarcodeError("must be the barcode's digits")
    if len(code) == 14 and code.startswith("0"):
        code = code[1:]  # a GTIN-14 of a consumer unit is its GTIN-13 with a leading zero
    if len(code) == 13:
        if not has_valid_check_digit(code):
            raise BarcodeError(f"the EAN-13 check digit should be {check_digit(code[:12])}, not {code[12]}")
        return Barcode("ean13", _gtin13(code))
    if len(code) == 12:
        if not has_valid_check_digit(code):
            raise BarcodeError(f"the UPC-A check digit should be {check_digit(code[:11])}, not {code[11]}")
        return Barcode("upca", _gtin13(code))
    if len(code) == 8:
        if has_valid_check_digit(code):
            return Barcode("ean8", _gtin13(code))
        if code[0] in "01":
            upc_a = expand_upc_e(code)
            if has_valid_check_digit(upc_a):
                return Barcode("upce", _gtin13(upc_a))
        raise BarcodeError(f"the EAN-8 check digit should be {check_digit(code[:7])}, not {code[7]}, and it is "
                           "not a valid UPC-E either")
    raise BarcodeError("must be an EAN-13 (13 digits), EAN-8 or UPC-E (8 digits) or UPC-A (12 digits)")
