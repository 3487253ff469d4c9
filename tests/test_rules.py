"""Unit tests of every rule of rules.md §1.1–§1.7 and §4 over hand-built PatientFacts (concept names)."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date, timedelta

import pytest

from cds_service.facts import ConditionFact, Evidence, MedicationFact, PatientFacts
from cds_service.rules import CARD_INDICATORS, REFERRAL_TARGETS, RuleHit, Thresholds, build_view, evaluate
from cds_service.terminology import Coding

TODAY = date(2025, 6, 1)
_ids = itertools.count(1)


def cond(
    *concepts: str,
    status: str | None = "active",
    days: int | None = 10,
    verification: str | None = None,
    abatement_days: int | None = None,
    abated: bool = False,
) -> ConditionFact:
    """A condition with onset ``days`` before TODAY (``None``: no date at all)."""
    onset = TODAY - timedelta(days=days) if days is not None else None
    abatement = TODAY - timedelta(days=abatement_days) if abatement_days is not None else None
    ident = f"c{next(_ids)}"
    return ConditionFact(
        concepts=frozenset(concepts),
        clinical_status=status,
        verification_status=verification,
        onset=onset,
        abatement=abatement,
        recorded=onset,
        evidence=Evidence("Condition", ident, Coding("urn:test", concepts[0]), onset),
        abated=abated or abatement is not None,
    )


def med(*concepts: str, status: str = "active", days: int | None = 10, as_needed: bool = False) -> MedicationFact:
    start = TODAY - timedelta(days=days) if days is not None else None
    ident = f"m{next(_ids)}"
    return MedicationFact(
        concepts=frozenset(concepts),
        status=status,
        start=start,
        as_needed=as_needed,
        evidence=Evidence("MedicationStatement", ident, Coding("urn:test", concepts[0]), start),
    )


def born(age: int, extra_days: int = 0) -> date:
    """A birth date giving exactly ``age`` whole years at TODAY (``extra_days`` older still)."""
    return TODAY.replace(year=TODAY.year - age) - timedelta(days=extra_days)


def patient(
    *items: ConditionFact | MedicationFact, age: int | None = 40, medications_checked: bool = True
) -> PatientFacts:
    return PatientFacts(
        today=TODAY,
        birth_date=born(age) if age is not None else None,
        gender="female",
        conditions=tuple(i for i in items if isinstance(i, ConditionFact)),
        medications=tuple(i for i in items if isinstance(i, MedicationFact)),
        medications_checked=medications_checked,
    )


def run(facts: PatientFacts, thresholds: Thresholds | None = None) -> list[RuleHit]:
    return evaluate(facts, thresholds or Thresholds())


def ids(facts: PatientFacts, thresholds: Thresholds | None = None) -> list[str]:
    return [hit.card_id for hit in run(facts, thresholds)]


def hit(facts: PatientFacts, card_id: str) -> RuleHit:
    found = [h for h in run(facts) if h.card_id == card_id]
    assert len(found) == 1, f"{card_id} not raised exactly once: {ids(facts)}"
    return found[0]


def codes(rule_hit: RuleHit) -> list[str]:
    return [f.code for f in rule_hit.findings]


LBP = "LBP_NONSPECIFIC"


# --- §1.1 gate and status -------------------------------------------------------------------------


def test_an_unknown_status_without_abatement_opens_the_gate() -> None:
    """rules.md §5.2: an unknown status counts as active when the record has no abatement."""
    assert ids(patient(cond(LBP, status="unknown"))) == ["lbp-acute"]


@pytest.mark.parametrize(
    "facts",
    [
        patient(),
        patient(cond(LBP, status="resolved")),
        patient(cond(LBP, status="inactive")),
        patient(cond(LBP, status="remission")),
        patient(cond(LBP, verification="refuted")),
        patient(cond(LBP, verification="entered-in-error")),
        patient(cond(LBP, status=None, abatement_days=3)),
        patient(cond(LBP, status=None, abated=True)),
        patient(cond(LBP, status="unknown", abatement_days=3)),  # §5.2: an unknown status with an end is history
        patient(cond("HIP_OA"), cond("DEPRESSION"), cond("MALIGNANCY_ANY", status="resolved")),
        patient(cond("OSTEOPOROSIS")),  # osteoporosis without a fracture is not a specific condition
        patient(med("OPIOID"), med("NSAID")),  # medication cards need an active back complaint
        patient(cond("SPINE_SURGERY_STATUS", status="resolved")),
    ],
)
def test_gate_closed_emits_no_cards(facts: PatientFacts) -> None:
    assert run(facts) == []


@pytest.mark.parametrize("status", ["active", "recurrence", "relapse", None])
def test_active_statuses_open_the_gate(status: str | None) -> None:
    assert "lbp-acute" in ids(patient(cond(LBP, status=status)))


def test_spine_surgery_status_alone_opens_the_gate() -> None:
    assert ids(patient(cond("SPINE_SURGERY_STATUS"), med("OPIOID"))) == ["lbp-opioid", "lbp-postop"]


def test_every_struct_concept_opens_the_gate() -> None:
    for concept in (
        "VERTEBRAL_FRACTURE",
        "OSTEOPOROTIC_VERTEBRAL_FRACTURE",
        "STABLE_BURST_FRACTURE",
        "UNSTABLE_BURST_FRACTURE",
        "INFLAMMATORY_SPINE",
        "SPINAL_DEFORMITY",
        "SPONDYLOLYSIS",
        "SPONDYLOLISTHESIS",
        "MALIGNANCY_SPINE",
    ):
        assert run(patient(cond(concept))), concept


# --- §1.2 duration ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "card", "duration"),
    [
        (0, "lbp-acute", "acute"),
        (27, "lbp-acute", "acute"),
        (28, "lbp-subacute", "subacute"),
        (84, "lbp-subacute", "subacute"),
        (85, "lbp-chronic", "chronic"),
        (4000, "lbp-chronic", "chronic"),
    ],
)
def test_duration_boundaries(days: int, card: str, duration: str) -> None:
    facts = patient(cond(LBP, days=days))
    assert ids(facts) == [card]
    assert hit(facts, card).values == {"group": "nonspecific", "duration": duration, "days": days, "recurrent": False}


def test_unknown_duration_without_any_date_gives_no_duration_card() -> None:
    facts = patient(cond(LBP, days=None))
    assert ids(facts) == []
    view = build_view(facts, Thresholds())
    assert view.episode.duration == "unknown" and view.episode.days is None and view.gate_open


def test_index_onset_is_the_earliest_active_onset_in_the_basis() -> None:
    facts = patient(cond(LBP, days=10), cond("NERVE_ROOT", days=100), cond(LBP, days=2000, status="resolved"))
    episode = build_view(facts, Thresholds()).episode
    assert episode.days == 100 and episode.duration == "chronic"


def test_thresholds_move_the_cut_points() -> None:
    facts = patient(cond(LBP, days=30))
    assert ids(facts, Thresholds(subacute_from_days=31)) == ["lbp-acute"]
    assert ids(patient(cond(LBP, days=60)), Thresholds(chronic_after_days=59)) == ["lbp-chronic"]


# --- §1.1 episodes, §1.2 recurrence ------------------------------------------------------------------


def test_first_ever_episode() -> None:
    episode = build_view(patient(cond(LBP, days=10)), Thresholds()).episode
    assert episode.first_ever and not episode.recurrent and episode.prior_episodes == ()


@pytest.mark.parametrize("status", ["resolved", "inactive", "remission"])
def test_prior_episode_by_status_makes_recurrent(status: str) -> None:
    prior = cond(LBP, days=400, status=status)
    facts = patient(cond(LBP, days=10), prior)
    episode = build_view(facts, Thresholds()).episode
    assert episode.recurrent and not episode.first_ever and episode.prior_episodes == (prior,)
    assert ids(facts) == ["lbp-acute", "lbp-recurrent"]
    assert hit(facts, "lbp-recurrent").evidence == (prior.evidence,)


def test_prior_episode_by_abatement_before_index_onset() -> None:
    prior = cond("NERVE_ROOT", days=400, status=None, abatement_days=300)
    facts = patient(cond(LBP, days=10), prior)
    assert build_view(facts, Thresholds()).episode.prior_episodes == (prior,)
    assert "lbp-recurrent" in ids(facts)


def test_later_resolved_condition_is_not_a_prior_episode() -> None:
    facts = patient(cond(LBP, days=100), cond(LBP, days=50, status="resolved"))
    episode = build_view(facts, Thresholds()).episode
    assert not episode.recurrent and episode.first_ever


@pytest.mark.parametrize("status", ["recurrence", "relapse"])
def test_recurrence_status_makes_recurrent_and_not_first_ever(status: str) -> None:
    facts = patient(cond(LBP, days=10, status=status), age=60)
    episode = build_view(facts, Thresholds()).episode
    assert episode.recurrent and not episode.first_ever
    assert ids(facts) == ["lbp-acute", "lbp-recurrent"]  # no RF1 at 60: not first-ever


def test_recurrent_card_is_independent_of_duration() -> None:
    facts = patient(cond(LBP, days=200), cond(LBP, days=900, status="resolved"))
    assert ids(facts) == ["lbp-chronic", "lbp-recurrent"]
    assert hit(facts, "lbp-recurrent").values["recurrent"] is True


def test_struct_basis_when_no_pain_condition_ever() -> None:
    facts = patient(cond("SPONDYLOLISTHESIS", days=50), cond("SPONDYLOLISTHESIS", days=900, status="resolved"))
    episode = build_view(facts, Thresholds()).episode
    assert episode.basis == build_view(patient(cond("SPONDYLOLISTHESIS")), Thresholds()).episode.basis
    assert "SPONDYLOLISTHESIS" in episode.basis and episode.days == 50 and episode.recurrent


def test_pain_history_with_active_struct_only_keeps_duration_from_struct() -> None:
    facts = patient(cond("SPONDYLOLISTHESIS", days=40), cond(LBP, days=900, status="resolved"))
    episode = build_view(facts, Thresholds()).episode
    assert episode.days == 40 and episode.recurrent and not episode.first_ever
    assert ids(facts) == ["lbp-specific-referral"]  # specific group: no duration or recurrent card


# --- §1.2 diagnostic group ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("items", "group"),
    [
        ((cond(LBP),), "nonspecific"),
        ((cond(LBP), cond("NERVE_ROOT")), "nerve-root"),
        ((cond("NEUROGENIC_CLAUDICATION"),), "nerve-root"),
        ((cond(LBP), cond("NERVE_ROOT"), cond("SPONDYLOLISTHESIS")), "specific"),
        ((cond(LBP), cond("NERVE_ROOT", status="resolved")), "nonspecific"),
        ((cond(LBP), cond("OSTEOPOROSIS")), "nonspecific"),
        ((cond("SPINE_SURGERY_STATUS"),), None),
    ],
)
def test_diagnostic_group_precedence(items: tuple[ConditionFact, ...], group: str | None) -> None:
    assert build_view(patient(*items), Thresholds()).episode.group == group


def test_nerve_root_group_cards() -> None:
    facts = patient(cond("NERVE_ROOT", days=40))
    assert ids(facts) == ["lbp-subacute", "lbp-nerve-root"]
    assert hit(facts, "lbp-nerve-root").values["group"] == "nerve-root"
    assert hit(facts, "lbp-subacute").values["group"] == "nerve-root"


def test_specific_group_gets_no_duration_cards() -> None:
    assert ids(patient(cond(LBP, days=5), cond("INFLAMMATORY_SPINE"))) == ["lbp-specific-bechterew"]


def test_hip_oa_differential_needs_claudication() -> None:
    with_claudication = patient(cond("NEUROGENIC_CLAUDICATION"), cond("HIP_OA"))
    assert codes(hit(with_claudication, "lbp-nerve-root")) == ["hip-oa-differential"]
    assert codes(hit(patient(cond("NERVE_ROOT"), cond("HIP_OA")), "lbp-nerve-root")) == []
    resolved_oa = patient(cond("NEUROGENIC_CLAUDICATION"), cond("HIP_OA", status="resolved"))
    assert codes(hit(resolved_oa, "lbp-nerve-root")) == []


# --- §1.3 red flags ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("age", "fires"), [(19, True), (20, False), (35, False), (50, False), (51, True), (15, True), (80, True)]
)
def test_rf1_age_at_onset_boundaries(age: int, fires: bool) -> None:
    # The onset is 10 days ago; born(age, 10) makes the age at onset exactly ``age``.
    facts = replace(patient(cond(LBP, days=10)), birth_date=born(age, extra_days=10))
    if fires:
        flags = hit(facts, "lbp-red-flags")
        assert codes(flags) == ["RF1"] and flags.values == {"age_at_onset": age} and flags.referrals == ()
    else:
        assert "lbp-red-flags" not in ids(facts)


def test_rf1_uses_age_at_onset_not_today() -> None:
    # 51st birthday 30 days ago, onset 60 days ago: 50 at onset, so no RF1 although 51 today.
    facts = replace(patient(cond(LBP, days=60)), birth_date=born(51, extra_days=30))
    assert build_view(facts, Thresholds()).age == 51 and "lbp-red-flags" not in ids(facts)
    # 20th birthday 30 days ago, onset 60 days ago: 19 at onset, so RF1 although 20 today.
    facts = replace(patient(cond(LBP, days=60)), birth_date=born(20, extra_days=30))
    assert hit(facts, "lbp-red-flags").values == {"age_at_onset": 19}


@pytest.mark.parametrize(("days", "fires"), [(84, True), (85, False)])
def test_rf1_onset_window(days: int, fires: bool) -> None:
    facts = patient(cond(LBP, days=days), age=70)
    assert ("lbp-red-flags" in ids(facts)) is fires


def test_rf1_needs_first_ever_episode_and_a_birth_date() -> None:
    assert "lbp-red-flags" not in ids(patient(cond(LBP, days=10), cond(LBP, days=900, status="resolved"), age=70))
    assert "lbp-red-flags" not in ids(patient(cond(LBP, days=10), age=None))
    assert "lbp-red-flags" not in ids(patient(cond(LBP, days=None), age=70))


def test_rf1_threshold_is_configurable() -> None:
    facts = patient(cond(LBP, days=10), age=53)
    assert "lbp-red-flags" in ids(facts)
    assert "lbp-red-flags" not in ids(facts, Thresholds(red_flag_age_above=55))


@pytest.mark.parametrize(
    ("extra", "flag", "referrals"),
    [
        (cond("MALAISE_WEIGHTLOSS"), "RF3", ()),
        (cond("SPINAL_TRAUMA"), "RF4a", ("orthopaedics",)),
        (cond("MALIGNANCY_ANY", status="resolved", days=3000), "RF4b", ("oncology",)),
        (cond("MALIGNANCY_ANY", status="remission", days=3000), "RF4b", ("oncology",)),
        (cond("MALIGNANCY_ANY"), "RF4b", ("oncology",)),
        (cond("DRUG_ADVERSE"), "RF4c-adverse", ()),
        (med("GLUCOCORTICOID_SYSTEMIC", days=90), "RF4c-glucocorticoid", ()),
        (cond("NEURO_DEFICIT"), "RF5a", ("neurology", "spine-surgery")),
    ],
)
def test_each_red_flag(extra: ConditionFact | MedicationFact, flag: str, referrals: tuple[str, ...]) -> None:
    facts = patient(cond(LBP, days=200), extra)
    flags = hit(facts, "lbp-red-flags")
    assert codes(flags) == [flag]
    assert flags.referrals == referrals
    assert flags.evidence == flags.findings[0].evidence == (extra.evidence,)


@pytest.mark.parametrize(
    "extra",
    [
        cond("MALAISE_WEIGHTLOSS", status="resolved"),
        cond("SPINAL_TRAUMA", status="resolved"),
        cond("MALIGNANCY_ANY", verification="refuted"),
        cond("DRUG_ADVERSE", status="inactive"),
        med("GLUCOCORTICOID_SYSTEMIC", days=89),
        med("GLUCOCORTICOID_SYSTEMIC", days=400, status="completed"),
        med("GLUCOCORTICOID_SYSTEMIC", days=None),
        cond("NEURO_DEFICIT", status="remission"),
        cond("SPINAL_DEFORMITY", status="resolved"),
    ],
)
def test_red_flag_negatives(extra: ConditionFact | MedicationFact) -> None:
    assert ids(patient(cond(LBP, days=200), extra)) == ["lbp-chronic"]


def test_rf5b_deformity_fires_with_orthopaedics() -> None:
    flags = hit(patient(cond("SPINAL_DEFORMITY"), age=40), "lbp-red-flags")
    assert codes(flags) == ["RF5b"] and flags.referrals == ("orthopaedics",)


def test_rf4a_non_osteoporotic_fracture_and_not_an_osteoporotic_one() -> None:
    assert "RF4a" in codes(hit(patient(cond("VERTEBRAL_FRACTURE")), "lbp-red-flags"))
    assert "lbp-red-flags" not in ids(patient(cond("OSTEOPOROTIC_VERTEBRAL_FRACTURE")))
    assert "lbp-red-flags" not in ids(patient(cond("VERTEBRAL_FRACTURE"), cond("OSTEOPOROSIS")))
    # A fracture code that is also a trauma code fires RF4a even with osteoporosis ("or an active SPINAL_TRAUMA").
    both = patient(cond("VERTEBRAL_FRACTURE", "SPINAL_TRAUMA"), cond("OSTEOPOROSIS"))
    assert codes(hit(both, "lbp-red-flags")) == ["RF4a"]


def test_all_flags_go_into_one_card_in_a_fixed_order() -> None:
    facts = patient(
        cond("SPINAL_DEFORMITY", days=5),
        cond("NEURO_DEFICIT"),
        med("GLUCOCORTICOID_SYSTEMIC", days=365),
        cond("DRUG_ADVERSE"),
        cond("MALIGNANCY_ANY", status="resolved", days=2000),
        cond("SPINAL_TRAUMA"),
        cond("MALAISE_WEIGHTLOSS"),
        age=70,
    )
    flags = hit(facts, "lbp-red-flags")
    assert codes(flags) == ["RF1", "RF3", "RF4a", "RF4b", "RF4c-adverse", "RF4c-glucocorticoid", "RF5a", "RF5b"]
    assert flags.referrals == ("orthopaedics", "oncology", "neurology", "spine-surgery")
    assert [h.card_id for h in run(facts)].count("lbp-red-flags") == 1


# --- §1.4 contraindications, §4 cauda equina ------------------------------------------------------------


def test_absolute_ci_malignancy_spine_suppresses_advice_and_relative_cards() -> None:
    facts = patient(
        cond(LBP, days=200),
        cond("NEUROGENIC_CLAUDICATION"),
        cond("MALIGNANCY_SPINE"),
        cond("SPINE_SURGERY_STATUS"),
        med("OPIOID", days=100),
    )
    # Medication cards stay (the opioid started 100 days ago: regular analgesic use in chronic pain).
    assert ids(facts) == ["lbp-ci-absolute", "lbp-red-flags", "lbp-opioid", "lbp-analgesic-regular"]
    absolute = hit(facts, "lbp-ci-absolute")
    assert codes(absolute) == ["malignancy-spine"] and absolute.referrals == ("oncology",)
    assert codes(hit(facts, "lbp-red-flags")) == ["RF4b"]


def test_malignancy_spine_in_remission_is_only_a_red_flag() -> None:
    facts = patient(cond(LBP, days=200), cond("MALIGNANCY_SPINE", status="remission"))
    assert ids(facts) == ["lbp-red-flags", "lbp-chronic"]


@pytest.mark.parametrize(
    "items",
    [
        (cond("UNSTABLE_BURST_FRACTURE", "VERTEBRAL_FRACTURE"),),
        (cond("VERTEBRAL_FRACTURE"), cond("SPINAL_INSTABILITY")),
        (cond("OSTEOPOROTIC_VERTEBRAL_FRACTURE"), cond("SPINAL_INSTABILITY")),
    ],
)
def test_absolute_ci_unstable_fracture(items: tuple[ConditionFact, ...]) -> None:
    facts = patient(cond(LBP), *items)
    found = ids(facts)
    assert found[0] == "lbp-ci-absolute"
    assert not any(c.startswith(("lbp-ci-rel", "lbp-ci-fracture", "lbp-acute", "lbp-specific")) for c in found)
    absolute = hit(facts, "lbp-ci-absolute")
    assert codes(absolute) == ["unstable-fracture"] and absolute.referrals == ("orthopaedics",)


def test_instability_without_fracture_is_not_absolute() -> None:
    assert ids(patient(cond(LBP), cond("SPINAL_INSTABILITY"))) == ["lbp-acute"]


def test_cauda_equina_is_critical_and_suppresses_advice() -> None:
    facts = patient(cond("NERVE_ROOT"), cond("CAUDA_EQUINA", "NEURO_DEFICIT"), cond("NEUROGENIC_CLAUDICATION"))
    assert ids(facts) == ["lbp-cauda-equina", "lbp-red-flags"]
    assert hit(facts, "lbp-cauda-equina").referrals == ("emergency",)
    assert codes(hit(facts, "lbp-red-flags")) == ["RF5a"]


def test_cauda_equina_and_absolute_order() -> None:
    facts = patient(cond(LBP), cond("CAUDA_EQUINA"), cond("MALIGNANCY_SPINE"))
    assert ids(facts)[:2] == ["lbp-ci-absolute", "lbp-cauda-equina"]


def test_claudication_relative_ci() -> None:
    assert ids(patient(cond("NEUROGENIC_CLAUDICATION", days=100))) == [
        "lbp-ci-rel-claudication",
        "lbp-chronic",
        "lbp-nerve-root",
    ]
    assert "lbp-ci-rel-claudication" not in ids(patient(cond("NERVE_ROOT")))


@pytest.mark.parametrize(("age", "adolescent"), [(9, False), (10, True), (19, True), (20, False)])
def test_spondylolysis_adolescent_ages(age: int, adolescent: bool) -> None:
    facts = patient(cond("SPONDYLOLYSIS", days=400), age=age)
    if adolescent:
        assert ids(facts) == ["lbp-ci-rel-spondylolysis-adolescent"]
        card = hit(facts, "lbp-ci-rel-spondylolysis-adolescent")
        assert card.referrals == ("orthopaedics",) and card.values == {"age": age}
    else:
        assert ids(facts) == ["lbp-specific-referral"]


def test_spondylolysis_without_birth_date_goes_to_referral() -> None:
    assert ids(patient(cond("SPONDYLOLYSIS", days=400), age=None)) == ["lbp-specific-referral"]


@pytest.mark.parametrize(("age", "adolescent"), [(9, False), (10, True), (19, True), (20, False)])
def test_scoliosis_adolescent_ages(age: int, adolescent: bool) -> None:
    facts = patient(cond("SPINAL_DEFORMITY", days=400), age=age)
    expected = "lbp-specific-scoliosis-adolescent" if adolescent else "lbp-specific-referral"
    assert ids(facts) == ["lbp-red-flags", expected]


@pytest.mark.parametrize(
    "items",
    [
        (cond("OSTEOPOROTIC_VERTEBRAL_FRACTURE"),),
        (cond("VERTEBRAL_FRACTURE"), cond("OSTEOPOROSIS")),
    ],
)
def test_osteoporotic_fracture_any_sex(items: tuple[ConditionFact, ...]) -> None:
    for gender in ("female", "male"):
        facts = replace(patient(cond(LBP), *items), gender=gender)
        assert ids(facts) == ["lbp-ci-rel-osteoporotic-fracture"]


def test_stable_burst_fracture() -> None:
    facts = patient(cond("STABLE_BURST_FRACTURE", "VERTEBRAL_FRACTURE", "SPINAL_TRAUMA"))
    assert ids(facts) == ["lbp-red-flags", "lbp-ci-rel-stable-burst"]


def test_stable_burst_with_osteoporosis_gets_both_relative_cards() -> None:
    facts = patient(cond("STABLE_BURST_FRACTURE", "VERTEBRAL_FRACTURE"), cond("OSTEOPOROSIS"))
    assert ids(facts) == ["lbp-ci-rel-osteoporotic-fracture", "lbp-ci-rel-stable-burst"]


def test_fracture_of_unknown_stability() -> None:
    facts = patient(cond("VERTEBRAL_FRACTURE", days=20))
    assert ids(facts) == ["lbp-red-flags", "lbp-ci-fracture-stability-unknown"]
    assert "lbp-ci-fracture-stability-unknown" not in ids(patient(cond("VERTEBRAL_FRACTURE", status="resolved")))


# --- §1.5 advice ------------------------------------------------------------------------------------------


def test_chronic_card_physiotherapy_and_depression_line() -> None:
    plain = hit(patient(cond(LBP, days=100)), "lbp-chronic")
    assert plain.findings == () and plain.referrals == ("physiotherapy",)
    depressed = hit(patient(cond(LBP, days=100), cond("DEPRESSION")), "lbp-chronic")
    assert codes(depressed) == ["depression"]
    assert codes(hit(patient(cond(LBP, days=100), cond("DEPRESSION", status="resolved")), "lbp-chronic")) == []
    assert "lbp-chronic" not in ids(patient(cond(LBP, days=20), cond("DEPRESSION")))


def test_postop_card() -> None:
    facts = patient(cond(LBP, days=3), cond("SPINE_SURGERY_STATUS", days=40))
    assert ids(facts) == ["lbp-acute", "lbp-postop"]
    assert hit(facts, "lbp-postop").referrals == ("physiotherapy",)


def test_bechterew_card_covers_its_condition() -> None:
    facts = patient(cond("INFLAMMATORY_SPINE", days=1000))
    assert ids(facts) == ["lbp-specific-bechterew"]
    assert hit(facts, "lbp-specific-bechterew").referrals == ("rheumatology",)


def test_specific_referral_only_for_uncovered_struct_conditions() -> None:
    listhesis = cond("SPONDYLOLISTHESIS")
    facts = patient(cond("INFLAMMATORY_SPINE"), listhesis, cond("OSTEOPOROTIC_VERTEBRAL_FRACTURE"))
    assert ids(facts) == ["lbp-ci-rel-osteoporotic-fracture", "lbp-specific-bechterew", "lbp-specific-referral"]
    referral = hit(facts, "lbp-specific-referral")
    assert referral.evidence == (listhesis.evidence,) and referral.referrals == ("orthopaedics",)
    assert "lbp-specific-referral" not in ids(patient(cond("INFLAMMATORY_SPINE"), cond("VERTEBRAL_FRACTURE")))


# --- §1.6 medications ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("days", "risk"), [(89, False), (90, True), (None, False)])
def test_opioid_dependence_risk_by_use_days(days: int | None, risk: bool) -> None:
    facts = patient(cond(LBP, days=20), med("OPIOID", days=days))
    assert ids(facts) == ["lbp-opioid", "lbp-acute"]
    assert codes(hit(facts, "lbp-opioid")) == (["dependence-risk"] if risk else [])


def test_opioid_dependence_risk_when_chronic() -> None:
    facts = patient(cond(LBP, days=85), med("OPIOID", "PARACETAMOL", days=1, as_needed=True))
    card = hit(facts, "lbp-opioid")
    assert codes(card) == ["dependence-risk"] and card.values["duration"] == "chronic"


@pytest.mark.parametrize("status", ["completed", "stopped", "on-hold", "intended", "entered-in-error"])
def test_only_active_medications_count(status: str) -> None:
    assert ids(patient(cond(LBP), med("OPIOID", status=status), med("NSAID", status=status))) == ["lbp-acute"]


def test_opioid_nsaid_combination_raises_both() -> None:
    facts = patient(cond(LBP), med("OPIOID", "NSAID"))
    assert ids(facts) == ["lbp-opioid", "lbp-nsaid", "lbp-acute"]


@pytest.mark.parametrize(
    ("extra", "risk"),
    [
        (med("ANTICOAGULANT"), "risk-anticoagulant"),
        (med("ANTIPLATELET"), "risk-antiplatelet"),
        (cond("CHRONIC_KIDNEY_DISEASE"), "risk-ckd"),
        (cond("HEART_FAILURE"), "risk-heart-failure"),
        (cond("HYPERTENSION"), "risk-hypertension"),
        (cond("PEPTIC_ULCER_GI_BLEED", status="resolved", days=3000), "risk-ulcer-gi-bleed"),
    ],
)
def test_each_nsaid_risk_factor(extra: ConditionFact | MedicationFact, risk: str) -> None:
    facts = patient(cond(LBP), med("NSAID"), med("PROTON_PUMP_INHIBITOR"), extra, age=40)
    card = hit(facts, "lbp-nsaid")
    assert codes(card) == [risk]
    assert card.findings[0].evidence == (extra.evidence,)


def test_nsaid_risk_negatives() -> None:
    facts = patient(
        cond(LBP),
        med("NSAID"),
        med("PROTON_PUMP_INHIBITOR"),
        med("ANTICOAGULANT", status="stopped"),
        cond("CHRONIC_KIDNEY_DISEASE", status="resolved"),
        cond("HYPERTENSION", verification="refuted"),
        age=64,
    )
    assert codes(hit(facts, "lbp-nsaid")) == []


@pytest.mark.parametrize(("age", "risk"), [(64, False), (65, True)])
def test_nsaid_age_65(age: int, risk: bool) -> None:
    facts = patient(cond(LBP), med("NSAID"), med("PROTON_PUMP_INHIBITOR"), age=age)
    assert codes(hit(facts, "lbp-nsaid")) == (["risk-age-65"] if risk else [])


def test_nsaid_without_ppi_lists_gastroprotection_and_all_factors_in_order() -> None:
    facts = patient(
        cond(LBP),
        med("NSAID"),
        cond("PEPTIC_ULCER_GI_BLEED"),
        cond("HYPERTENSION"),
        cond("HEART_FAILURE"),
        cond("CHRONIC_KIDNEY_DISEASE"),
        med("ANTIPLATELET"),
        med("ANTICOAGULANT"),
        age=80,
    )
    assert codes(hit(facts, "lbp-nsaid")) == [
        "risk-anticoagulant",
        "risk-antiplatelet",
        "risk-ckd",
        "risk-heart-failure",
        "risk-hypertension",
        "risk-ulcer-gi-bleed",
        "risk-age-65",
        "risk-no-gastroprotection",
    ]


@pytest.mark.parametrize(
    ("medication", "lbp_days", "fires"),
    [
        (med("PARACETAMOL", days=28), 100, True),
        (med("PARACETAMOL", days=27), 100, False),
        (med("NSAID", days=28), 100, True),
        (med("OPIOID", days=400), 100, True),
        (med("PARACETAMOL", days=400, as_needed=True), 100, False),
        (med("PARACETAMOL", days=None), 100, False),
        (med("PARACETAMOL", days=400), 84, False),  # subacute, not chronic
        (med("PARACETAMOL", days=400, status="completed"), 100, False),
    ],
)
def test_analgesic_regular(medication: MedicationFact, lbp_days: int, fires: bool) -> None:
    assert ("lbp-analgesic-regular" in ids(patient(cond(LBP, days=lbp_days), medication))) is fires


def test_paracetamol_alone_raises_no_medication_card() -> None:
    assert ids(patient(cond(LBP, days=10), med("PARACETAMOL", days=5))) == ["lbp-acute"]


@pytest.mark.parametrize(
    ("sedatives", "findings"),
    [
        (("BENZODIAZEPINE",), ["sedative-benzodiazepine"]),
        (("GABAPENTINOID",), ["sedative-gabapentinoid"]),
        (("BENZODIAZEPINE", "GABAPENTINOID"), ["sedative-benzodiazepine", "sedative-gabapentinoid"]),
    ],
)
def test_opioid_sedative(sedatives: tuple[str, ...], findings: list[str]) -> None:
    facts = patient(cond(LBP), med("OPIOID"), *(med(s) for s in sedatives))
    assert ids(facts) == ["lbp-opioid", "lbp-opioid-sedative", "lbp-acute"]
    assert codes(hit(facts, "lbp-opioid-sedative")) == findings


def test_sedative_without_opioid_raises_nothing() -> None:
    assert ids(patient(cond(LBP), med("BENZODIAZEPINE"), med("GABAPENTINOID"))) == ["lbp-acute"]


def test_medications_that_were_read_raise_their_cards_even_when_a_list_was_unreadable() -> None:
    """A medication list that could not be read must not hide the cautions for the medications we did read:
    the cards come from what was read, and the renderer says the rest was not checked."""
    items = (cond(LBP, days=200), med("OPIOID", days=400), med("NSAID"), med("BENZODIAZEPINE"))
    assert ids(patient(*items, medications_checked=False)) == ids(patient(*items))
    assert ids(patient(cond(LBP, days=200), medications_checked=False)) == ["lbp-chronic"]
    assert ids(patient(*items)) == [
        "lbp-opioid",
        "lbp-nsaid",
        "lbp-opioid-sedative",
        "lbp-chronic",
        "lbp-analgesic-regular",
    ]


# --- §1.7 precedence and ordering ----------------------------------------------------------------------------


def test_ordering_critical_warning_info_and_deterministic() -> None:
    items = (
        cond("NEUROGENIC_CLAUDICATION", days=120),
        cond("NERVE_ROOT", days=30),
        cond("SPINE_SURGERY_STATUS"),
        cond("MALIGNANCY_ANY", status="resolved", days=3000),
        med("OPIOID", days=200),
        med("NSAID", days=200),
    )
    facts = patient(*items)
    first = ids(facts)
    assert first == [
        "lbp-red-flags",
        "lbp-ci-rel-claudication",
        "lbp-opioid",
        "lbp-nsaid",
        "lbp-chronic",
        "lbp-nerve-root",
        "lbp-postop",
        "lbp-analgesic-regular",
    ]
    ranks = [("critical", "warning", "info").index(CARD_INDICATORS[c]) for c in first]
    assert ranks == sorted(ranks)
    assert ids(patient(*reversed(items))) == first


def test_every_hit_is_well_formed() -> None:
    facts = patient(
        cond(LBP, days=100),
        cond("NEUROGENIC_CLAUDICATION"),
        cond("HIP_OA"),
        cond("SPINAL_DEFORMITY"),
        cond("SPONDYLOLYSIS"),
        cond("INFLAMMATORY_SPINE"),
        cond("SPINE_SURGERY_STATUS"),
        cond("VERTEBRAL_FRACTURE"),
        cond("STABLE_BURST_FRACTURE"),
        med("OPIOID", days=100),
        med("NSAID", days=100),
        med("GABAPENTINOID"),
        age=15,
    )
    hits = run(facts)
    assert len({h.card_id for h in hits}) == len(hits)
    for rule_hit in hits:
        assert rule_hit.card_id in CARD_INDICATORS
        assert set(rule_hit.referrals) <= set(REFERRAL_TARGETS)
        assert rule_hit.evidence or rule_hit.card_id == "lbp-red-flags"


# --- rules.md §5: real EHR data --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gi_risk", "expected"),
    [
        (None, []),  # hypertension alone is a risk, but not for the stomach
        (med("ANTICOAGULANT"), ["risk-anticoagulant", "risk-no-gastroprotection"]),
        (med("ANTIPLATELET"), ["risk-antiplatelet", "risk-no-gastroprotection"]),
        (med("GLUCOCORTICOID_SYSTEMIC"), ["risk-glucocorticoid", "risk-no-gastroprotection"]),
        (cond("PEPTIC_ULCER_GI_BLEED", status="resolved"), ["risk-ulcer-gi-bleed", "risk-no-gastroprotection"]),
    ],
)
def test_no_gastroprotection_only_with_another_gi_risk_factor(
    gi_risk: ConditionFact | MedicationFact | None, expected: list[str]
) -> None:
    """§5.8: the "no gastroprotection" line only with age >= 65, an anticoagulant, an antiplatelet, a systemic
    glucocorticoid, or an ulcer or GI bleed."""
    items = [cond(LBP), med("NSAID"), *([gi_risk] if gi_risk else [])]
    assert [c for c in codes(hit(patient(*items), "lbp-nsaid")) if c != "risk-hypertension"] == expected
    assert codes(hit(patient(cond(LBP), med("NSAID"), age=65), "lbp-nsaid")) == [
        "risk-age-65",
        "risk-no-gastroprotection",
    ]


@pytest.mark.parametrize(
    ("surgery", "phase"),
    [
        (cond("SPINE_SURGERY_STATUS", days=84), "postop-early"),  # 12 weeks: still early
        (cond("SPINE_SURGERY_STATUS", days=85), "postop-long-term"),
        (cond("SPINE_SURGERY_STATUS", days=None), "postop-long-term"),  # undated
        (cond("SPINE_SURGERY_STATUS", "BACK_COMPLAINT", days=10), "postop-long-term"),  # post-laminectomy syndrome
    ],
)
def test_postop_wording_follows_the_surgery_date(surgery: ConditionFact, phase: str) -> None:
    """§5.8: the early advice only within 12 weeks of a dated spine surgery."""
    card = hit(patient(surgery), "lbp-postop")
    assert codes(card) == [phase]


def test_a_post_laminectomy_syndrome_starts_no_duration_episode() -> None:
    assert ids(patient(cond("SPINE_SURGERY_STATUS", "BACK_COMPLAINT", days=400))) == ["lbp-postop"]


def test_a_back_complaint_outside_the_pain_lists_opens_the_gate_and_is_nonspecific() -> None:
    """§5.5: any back complaint opens the gate; outside PAIN/STRUCT it is classified nonspecific."""
    assert ids(patient(cond("BACK_COMPLAINT", days=10))) == ["lbp-acute"]
    assert build_view(patient(cond("BACK_COMPLAINT")), Thresholds()).episode.group == "nonspecific"
    assert ids(patient(cond("BACK_COMPLAINT", days=10), cond("MALIGNANCY_ANY", status="resolved"))) == [
        "lbp-red-flags",
        "lbp-acute",
    ]


@pytest.mark.parametrize(
    ("conditional", "with_back", "expected"),
    [
        ("NEOPLASTIC_FRACTURE_SITE_8", ["lbp-ci-absolute", "lbp-red-flags"], []),
        ("BONE_JOINT_TUBERCULOSIS", ["lbp-red-flags"], []),
        ("ARTHRODESIS_STATUS", ["lbp-acute", "lbp-postop"], []),
        ("CAUDA_EQUINA_SIGNS", ["lbp-red-flags"], []),
        ("MUSCULOSKELETAL_INFECTION", ["lbp-red-flags", "lbp-acute"], []),
    ],
)
def test_concepts_that_count_only_with_a_back_complaint(
    conditional: str, with_back: list[str], expected: list[str]
) -> None:
    """§5.6, §5.7: WHO M84.58, A18.0, Z98.1, R33/R15 and ICPC-2 L70 mean something only with a back complaint."""
    assert ids(patient(cond(conditional))) == expected
    assert ids(patient(cond(conditional), cond(LBP))) == with_back


@pytest.mark.parametrize("finding", ["RF5a-cauda-equina-signs", "infection"])
def test_cauda_equina_signs_and_spinal_infection_suppress_advice_but_keep_medication_cards(finding: str) -> None:
    concept = {"RF5a-cauda-equina-signs": "CAUDA_EQUINA_SIGNS", "infection": "SPINAL_INFECTION"}[finding]
    facts = patient(cond(concept), cond("NEUROGENIC_CLAUDICATION", days=40), med("OPIOID"))
    assert ids(facts) == ["lbp-red-flags", "lbp-opioid"]
    card = hit(facts, "lbp-red-flags")
    assert finding in codes(card)
    expected_referrals = {
        "infection": ("orthopaedics", "infectious-diseases"),
        "RF5a-cauda-equina-signs": ("emergency",),
    }
    assert card.referrals == expected_referrals[finding]


def test_a_possible_spinal_infection_keeps_the_advice() -> None:
    facts = patient(cond("MUSCULOSKELETAL_INFECTION"), cond(LBP))
    assert codes(hit(facts, "lbp-red-flags")) == ["infection-possible"]
    assert hit(facts, "lbp-red-flags").referrals == ()


def test_the_same_referral_target_is_offered_once_on_the_most_urgent_card() -> None:
    """§5.8: a spinal malignancy (critical, oncology) and a cancer history (red flags, oncology): once."""
    facts = patient(cond("MALIGNANCY_SPINE"), cond("SPINAL_DEFORMITY"), cond(LBP))
    hits = {h.card_id: h for h in run(facts)}
    assert hits["lbp-ci-absolute"].referrals == ("oncology",)
    assert hits["lbp-red-flags"].referrals == ("orthopaedics",)
    offered = [target for h in run(facts) for target in h.referrals]
    assert len(offered) == len(set(offered))


@pytest.mark.parametrize(("status", "active"), [("unknown", True), (None, True)])
def test_an_unknown_status_raises_red_flags_and_contraindications_without_abatement(
    status: str | None, active: bool
) -> None:
    """§5.2: unknown status counts as active for red-flag, contraindication and cauda-equina concepts."""
    assert ids(patient(cond("CAUDA_EQUINA", status=status))) == ["lbp-cauda-equina", "lbp-red-flags"]
    assert ids(patient(cond("CAUDA_EQUINA", status=status, abatement_days=5))) == []
