"""The FHIR births fixtures checked by another reader than ours: every valid bundle, and the
OperationOutcome Sharewell answers each invalid one with (committed beside it and compared byte for
byte by Tests/SharewellFormatsTests/Births/BirthBundleTests.swift), parse as FHIR R4 with the
`fhir.resources` package's R4B models (R4B keeps R4's Bundle, Patient, RelatedPerson, Consent, Flag
and OperationOutcome). No server is needed."""
import json
import pathlib

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.operationoutcome import OperationOutcome

FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "Tests/SharewellFormatsTests/Fixtures/births-fhir"
VALID = sorted((FIXTURES / "valid").glob("*.json"))
INVALID = sorted(p for p in (FIXTURES / "invalid").glob("*.json") if not p.name.endswith(".outcome.json"))
NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number"


def test_fixtures_are_there():
    assert VALID and INVALID


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_bundle_is_fhir_r4(path):
    bundle = Bundle.model_validate_json(path.read_text(encoding="utf-8"))
    assert bundle.type == "collection"
    kinds = {type(entry.resource).__name__ for entry in bundle.entry}
    assert kinds <= {"Patient", "RelatedPerson", "Consent", "Flag"}
    assert {"Patient", "RelatedPerson"} <= kinds
    full_urls = [entry.fullUrl for entry in bundle.entry]
    assert len(full_urls) == len(set(full_urls))
    for entry in bundle.entry:
        for identifier in getattr(entry.resource, "identifier", None) or []:
            if identifier.system == NHS_NUMBER:
                assert _nhs_number_ok(identifier.value), identifier.value


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_refusal_is_an_r4_operation_outcome(path):
    outcome_path = path.with_name(path.stem + ".outcome.json")
    text = outcome_path.read_text(encoding="utf-8")
    outcome = OperationOutcome.model_validate_json(text)
    assert outcome.issue
    for issue in outcome.issue:
        assert issue.severity == "error"
        assert issue.code in {"invalid", "required", "value", "duplicate", "too-long"}
        assert issue.diagnostics
        assert len(issue.expression) == 1 and issue.expression[0].startswith("Bundle")
    # The first key is resourceType, as FHIR's own JSON writes it.
    assert next(iter(json.loads(text))) == "resourceType"


def _nhs_number_ok(value):
    digits = [int(c) for c in value if c.isdigit()]
    if len(digits) != 10:
        return False
    check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1))) % 11
    return {11: 0, 10: None}.get(check, check) == digits[9]
