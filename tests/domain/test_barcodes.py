"""Check digits and normalisation of EAN-13, EAN-8, UPC-A and UPC-E, over valid and corrupted codes of each kind."""

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from domain.barcodes import BarcodeError, check_digit, expand_upc_e, has_valid_check_digit, parse_barcode


def digits(n: int) -> st.SearchStrategy[str]:
    return st.text("0123456789", min_size=n, max_size=n)


def valid(payload: str) -> str:
    return payload + check_digit(payload)


@st.composite
def corrupted(draw: st.DrawFn, code: str, positions: range | None = None) -> str:
    """The code with one digit replaced by a different one."""
    position = draw(st.sampled_from(positions or range(len(code))))
    other = draw(st.sampled_from([d for d in "0123456789" if d != code[position]]))
    return code[:position] + other + code[position + 1:]


@st.composite
def upc_e(draw: st.DrawFn) -> str:
    system, body = draw(st.sampled_from("01")), draw(digits(6))
    unchecked = expand_upc_e(system + body + "0")[:-1]
    return system + body + check_digit(unchecked)


@given(digits(12))
def test_every_ean13_with_its_check_digit_is_read_as_itself(payload):
    code = valid(payload)
    barcode = parse_barcode(code)
    assert barcode.kind == "ean13"
    assert barcode.gtin == (code[5:] if code.startswith("00000") else code)


@given(st.data(), digits(12))
def test_any_one_wrong_digit_in_an_ean13_is_refused(data, payload):
    with pytest.raises(BarcodeError, match="check digit"):
        parse_barcode(data.draw(corrupted(valid(payload))))


@given(st.data(), digits(11))
def test_a_upc_a_is_its_ean13_with_a_leading_zero_and_one_wrong_digit_is_refused(data, payload):
    code = valid(payload)
    assert parse_barcode(code).gtin == parse_barcode("0" + code).gtin
    assert parse_barcode(code).kind == "upca"
    with pytest.raises(BarcodeError, match="UPC-A check digit"):
        parse_barcode(data.draw(corrupted(code)))


@given(st.data(), digits(7))
def test_an_ean8_is_kept_at_8_digits_and_one_wrong_digit_breaks_its_check(data, payload):
    code = valid(payload)
    assert parse_barcode(code).gtin == code == parse_barcode("00000" + code).gtin
    assert parse_barcode(code).kind == "ean8"
    wrong = data.draw(corrupted(code))
    assert not has_valid_check_digit(wrong)
    try:
        assert parse_barcode(wrong).kind == "upce", "a broken EAN-8 may still be a valid UPC-E, never an EAN-8"
    except BarcodeError:
        pass


@given(upc_e())
def test_a_upc_e_is_stored_as_the_upc_a_it_expands_to(code):
    assume(not has_valid_check_digit(code))  # else it is read as the EAN-8 it also is
    barcode = parse_barcode(code)
    assert barcode.kind == "upce"
    assert barcode.gtin == parse_barcode(expand_upc_e(code)).gtin
    assert len(expand_upc_e(code)) == 12 and has_valid_check_digit(expand_upc_e(code))


@given(st.data(), upc_e())
def test_one_wrong_digit_in_a_upc_e_breaks_its_expanded_check(data, code):
    # The number system, the five data digits and the check digit each land in one place of the UPC-A; the sixth
    # digit also chooses where the others go, so changing it may yield another valid code.
    wrong = data.draw(corrupted(code, positions=range(0, 6)).filter(lambda c: c[0] in "01")
                      | corrupted(code, positions=range(7, 8)))
    assert not has_valid_check_digit(expand_upc_e(wrong))


@pytest.mark.parametrize(("upc_e_code", "upc_a"), [
    ("01234565", "012345000065"), ("04252614", "042100005264"), ("01200003", "012000000003"),
    ("01234133", "012300000413"), ("01234144", "012340000014"),
])
def test_upc_e_expands_by_its_sixth_digit_as_the_standard_says(upc_e_code, upc_a):
    assert expand_upc_e(upc_e_code) == upc_a


@pytest.mark.parametrize("raw", ["", "abc", "3017620422003x", "12345", "123456789", "30176204220031",
                                 "３０１７６２０４２２００３"])
def test_codes_of_other_shapes_are_refused(raw):
    with pytest.raises(BarcodeError):
        parse_barcode(raw)


def test_a_consumer_gtin_14_is_its_ean13():
    assert parse_barcode("03017620422003").gtin == "3017620422003"
