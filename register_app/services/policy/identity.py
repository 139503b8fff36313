"""The controller's identity (name, legal form, SIREN, address, contact e-mail, websites) and the DPO
(name, e-mail, phone, company, external or not), read from the sentences that state them."""

from __future__ import annotations

import re

from register_app.domain.catalogues import country_code
from register_app.services.policy import proposals as p
from register_app.services.policy.sentences import Sentence
from register_app.services.policy.vocabulary import first, fold, section_kinds, vocabulary

EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
PHONE = re.compile(r"(?:\+\d{1,3}[\s.]?)?(?:\(0\)\s?)?\d{1,2}(?:[\s.-]?\d{2}){4}\b")
SIREN = re.compile(r"\b(?:SIREN|SIRET|RCS)\b[^0-9]{0,40}?(\d{3}\s?\d{3}\s?\d{3})(?:\s?\d{5})?", re.IGNORECASE)
POSTAL = re.compile(
    r"\b(\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:(?:[A-Z][\w'-]+\s+){1,3}(?:Street|Road|Lane|Square|Way|Drive|Close|"
    r"Court|Avenue|Place)\b|(?i:rue|avenue|av\.|boulevard|bd|place|chemin|allée|allee|quai|impasse|route|"
    r"cours|square|street|st\.|road|rd\.|lane|avenue)\b[^,;\n]{2,60})),?\s+(?:(?:CS|BP|TSA)\s?\d+\s*[,-]?\s*)?"
    r"(\d{5}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\s+([A-ZÀ-Þa-zà-ÿ' -]{2,40}?)(?=[,.;)]|\s*$|\s+(?:France|FRANCE|\())",
)  # fmt: skip
COUNTRY_AFTER = re.compile(r"^\s*,?\s*([A-ZÀ-Þ][\w-]+(?:[ -][A-ZÀ-Þ][\w-]+)?)")
CONTROLLER = re.compile(
    r"(?:responsable (?:du |de )?traitement[^.]{0,80}?\best\s+(?:la société |la sociéte |l'entreprise |la SAS )?|"
    r"controller[^.]{0,60}?\bis\s+)([A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|SAS|SARL|SA|SASU|EURL|Ltd|Inc|GmbH))*)"
)  # fmt: skip
CONTROLLER_FIRST = re.compile(
    r"^(?:(?:La |The |L')?(?:société|company|entreprise|groupe|group)\s+)?"
    r"([A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|SAS|SARL|SA|SASU|EURL|Ltd|Inc|GmbH)){0,4})(?:\s*\([^)]{0,60}\))?(?:,[^.]{0,160}?)?,?\s+"
    r"(?:is|est|acts as|agit en tant que)\s+(?:the\s+|le\s+)?(?:data\s+)?"
    r"(?:controller|responsable (?:du |de )?traitement)"
)  # fmt: skip
DEFINED_AS = re.compile(r"([A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,4})\s*\(\s*ci-après\s*(?:dénommée?\s*)?[«\"“]\s*"
                        r"(?:l'entreprise|la société|nous|[A-Z][\w-]*)", re.IGNORECASE)  # fmt: skip
LEGAL_FORM = re.compile(r"\b(SAS|SARL|SA|SASU|EURL|SCI|SCOP|entreprise individuelle|auto-entrepreneur|"
                        r"micro-entreprise|association|GmbH|Ltd|Limited|Inc\.?|LLC)\b")  # fmt: skip
OWN_SITE = re.compile(
    r"\b(?:notre site|nos sites|sites? web|sites? internet|our website|our site|our sites)\b", re.IGNORECASE
)
AUTHORITY = re.compile(r"\b(?:CNIL|ICO|autorité de contrôle|supervisory authority)\b", re.IGNORECASE)
WEBSITE = re.compile(r"\b(?:https?://)?(www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+)", re.IGNORECASE)
DPO_NAME = re.compile(r"\b(?:Nom|Name)\s*:\s*([^;,\n]+?)\s*(?:,\s*([^;\n]+?))?\s*(?:;|$)")
DPO_NAMED = re.compile(
    r"(?i:data protection officer|DPO|délégué à la protection des données)\s*,?\s*(?:(?:M\.|Mme|Mr\.?|Ms\.?|"
    r"Mrs\.?|Dr\.?|Maître|Me)\s+)?([A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+){1,2})\b"
)
COMPANY_WORDS = re.compile(r"\b(?:cabinet|avocats?|société|sas|sarl|conseil|consulting|law|llp|ltd|gmbh|partners)\b",
                           re.IGNORECASE)  # fmt: skip


def organisation(found: list[Sentence], dpo: p.Dpo | None) -> p.Organisation | None:
    name = legal_form = siren = address = postcode = city = country = email = ""
    sources: list[p.Source] = []
    websites: list[str] = []
    dpo_emails = {dpo.email} if dpo and dpo.email else set()

    def keep(s: Sentence) -> None:
        if all(x.start != s.start for x in sources):
            sources.append(p.Source(s.text, s.start, s.end))

    for s in found:
        if not name and (
            match := CONTROLLER.search(s.text) or CONTROLLER_FIRST.search(s.text) or DEFINED_AS.search(s.text)
        ):
            name = match.group(1).strip(" .,")
            keep(s)
        if not siren and (match := SIREN.search(s.text)):
            siren = match.group(1).replace(" ", "")
            keep(s)
        if not address and not AUTHORITY.search(f"{s.heading} {s.text}") and (match := POSTAL.search(s.text)):
            address, postcode, city = match.group(1).strip(), match.group(2), match.group(3).strip()
            after = COUNTRY_AFTER.match(s.text[match.end() :])
            country = (country_code(after.group(1), organisations=False) or "") if after else ""
            keep(s)
        own = OWN_SITE.search(s.text) or (name and name in s.text)
        if own and not section_kinds(s.heading) & {"cookies", "rights"}:
            websites += [w.lower() for w in WEBSITE.findall(s.text) if "cnil" not in w.lower()]
    for s in found:
        if name and not legal_form and name in s.text and (match := LEGAL_FORM.search(s.text)):
            legal_form = match.group(1)
        if not email and not (section_kinds(s.heading) & {"dpo"}):
            for candidate in EMAIL.findall(s.text):
                if candidate not in dpo_emails and not first(fold(s.text), vocabulary()["sections"]["dpo"]):
                    email = candidate
                    keep(s)
                    break
    if not (name or siren or address or email):
        return None
    if address and not country and re.fullmatch(r"\d{5}", postcode):
        country = ""  # a French-looking postcode is not a statement of the country
    return p.Organisation(name, legal_form, siren, address, postcode, city, country, email,
                          tuple(dict.fromkeys(websites)), tuple(sources))  # fmt: skip


def dpo(found: list[Sentence]) -> p.Dpo | None:
    """The DPO from the sentences of a DPO section, or those naming the DPO with an e-mail."""
    dpo_terms = vocabulary()["sections"]["dpo"]
    chosen = [s for s in found if "dpo" in section_kinds(s.heading)]
    if not chosen:
        chosen = [s for s in found if first(fold(s.text), dpo_terms) and EMAIL.search(s.text)]
    if not chosen:
        return None
    name = company = email = phone = ""
    for s in chosen:
        if not name and (match := DPO_NAME.search(s.text) or DPO_NAMED.search(s.text)):
            name = match.group(1).strip()
            company = (match.group(2) or "").strip() if match.re is DPO_NAME else ""
            if not company and COMPANY_WORDS.search(name):
                name, company = "", name
        if not email and (emails := EMAIL.findall(s.text)):
            email = emails[0]
        if not phone and (match := PHONE.search(s.text)):
            phone = match.group(0).strip()
    if not (name or email or phone or company):
        return None
    sources = tuple(p.Source(s.text, s.start, s.end) for s in chosen if EMAIL.search(s.text) or
                    DPO_NAME.search(s.text) or PHONE.search(s.text) or first(fold(s.text), dpo_terms))  # fmt: skip
    return p.Dpo(name, email, phone, company, bool(company), sources)
