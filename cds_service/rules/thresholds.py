"""Clinical thresholds. Each default is the guideline's value; the comment cites the sentence (rules.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Thresholds:
    """Clinical thresholds; defaults are the guideline's values (settings ``CDS_*`` may override some)."""

    red_flag_age_below: int = 20
    """RF1, seed: "nyoppståtte ryggplager hos personer <20 eller >50 år" (new back complaints at age <20 or
    >50). Fires when the whole-year age at index onset is below this (exactly 20 does not fire)."""
    red_flag_age_above: int = 50
    """RF1, same sentence: fires when the whole-year age at index onset is above this (exactly 50 does not)."""
    subacute_from_days: int = 28
    """rules.md §1.2: "acute when days < 28; subacute when 28 ≤ days ≤ 84". Seed: "helt bra i løpet av
    4 uker" (most are well within 4 weeks) and "Noen vil klassifisere … 4–12 uker som subakutte"."""
    chronic_after_days: int = 84
    """rules.md §1.2: "chronic when days > 84". Seed: "Plager utover 12 uker regnes som langvarige eller
    kroniske" (beyond 12 weeks is long-lasting or chronic). Also RF1's "nyoppståtte" window (§1.8.2:
    first-ever complaints with onset ≤ 12 weeks ago)."""
    regular_analgesic_days: int = 28
    """rules.md §1.8.8: "regular" analgesic use is not defined by the seed ("Regelmessig bruk av
    smertemedisin ved langvarig smerte"); read as not as-needed and started ≥ 4 weeks ago."""
    long_term_glucocorticoid_days: int = 90
    """RF4c, seed: "medikamentbivirkning" (drug side effect); rules.md §1.3: "an active systemic
    glucocorticoid (H02AB) started at least 90 days ago (osteoporotic-fracture risk)"."""
    long_term_opioid_days: int = 90
    """rules.md §1.6: "If chronic duration or opioid use ≥90 days, add 'tilvenningsfaren … ved langvarige
    ryggsmerter'" (dependence risk in long-lasting pain)."""
    adolescent_age_from: int = 10
    """rules.md §1.4/§1.5: the seed's "Ungdom" (adolescents) with spondylolysis or idiopathic scoliosis is
    read as age 10–19 at the evaluation date."""
    adolescent_age_to: int = 19
    """Upper end (inclusive) of the "Ungdom" age band, rules.md §1.4 ("age 10–19 at now")."""
    nsaid_risk_age: int = 65
    """rules.md §3 B4 (NICE NG59, in scope per §4): "age ≥65" is an NSAID risk factor."""
