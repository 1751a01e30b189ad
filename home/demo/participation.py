"""Demo signatories and members: invented people whose totals follow the networks' public facts.

Names are made up by combining common given names and family names; they stand for
no real person. MWPN's members give its published figures: over a hundred women MPs,
60% re-elected and 40% newly elected in 2020, 13 ethnic groups, Union as well as State
and Region parliaments.
"""

import datetime
import itertools

# Signatories of IPAM's statement on detained MPs, per country: (given names, family names, parliament).
SIGNATORY_SOURCES = {
    "my": (["Aziz", "Nurul", "Hafiz", "Siti", "Kamal", "Farah"], ["Rahman", "Ismail", "Hassan"], "Dewan Rakyat"),
    "id": (["Budi", "Dewi", "Agus", "Ratna", "Hendra"], ["Santoso", "Wijaya", "Pratama"], "Dewan Perwakilan Rakyat"),
    "ph": (["Maria", "Jose", "Ramon", "Teresa"], ["Santos", "Reyes", "Cruz"], "House of Representatives"),
    "th": (["Somchai", "Nattaya", "Prasert", "Wanida"], ["Srisuk", "Chaiyaporn"], "House of Representatives"),
    "gb": (["Helen", "David", "Fiona"], ["Marsh", "Whitfield"], "House of Commons"),
    "kh": (["Sokha", "Dara"], ["Chea", "Keo"], "National Assembly (former)"),
    "tl": (["Ana", "Mateus"], ["Soares", "Belo"], "National Parliament"),
    "au": (["Claire", "Liam"], ["Harper", "Doyle"], "Senate"),
    "de": (["Katrin", "Jonas"], ["Richter", "Vogel"], "Bundestag"),
    "no": (["Ingrid", "Erik"], ["Solberg", "Lunde"], "Storting"),
    "ca": (["Sophie", "Marc"], ["Tremblay", "Gagnon"], "House of Commons"),
}
PARTIES = ["", "Independent", "Opposition bloc", "Governing coalition"]
SIGNATURES_PER_COUNTRY = {
    "my": 8,
    "id": 6,
    "ph": 5,
    "th": 4,
    "gb": 3,
    "kh": 2,
    "tl": 2,
    "au": 2,
    "de": 2,
    "no": 2,
    "ca": 2,
}
PENDING_SIGNATURES = 3  # left for the moderators to approve in the demo
FIRST_SIGNATURE = datetime.date(2021, 4, 1)


def demo_signatories():
    """Field values of the demo signatories: the last ``PENDING_SIGNATURES`` wait for approval."""
    rows = []
    for code, count in SIGNATURES_PER_COUNTRY.items():
        given, family, parliament = SIGNATORY_SOURCES[code]
        names = itertools.islice(((g, f) for f in family for g in given), count)
        for given_name, family_name in names:
            number = len(rows)
            rows.append(
                {
                    "name": f"{given_name} {family_name}",
                    "honorific": "Hon." if number % 3 else "Dr",
                    "country": code,
                    "parliament": parliament,
                    "party": PARTIES[number % len(PARTIES)],
                    "role": "Member of parliament",
                    "signed_on": FIRST_SIGNATURE + datetime.timedelta(days=number % 20),
                    "consent_to_list": number % 5 != 4,
                    "status": "approved",
                }
            )
    for row in rows[-PENDING_SIGNATURES:]:
        row["status"] = "pending"
    return rows


ETHNIC_GROUPS = [
    "Bamar", "Shan", "Kachin", "Karen", "Karenni", "Chin", "Mon",
    "Rakhine", "Ta'ang", "Pa-O", "Naga", "Lisu", "Kayan",
]  # fmt: skip
UNION_PARLIAMENTS = ["Pyithu Hluttaw", "Amyotha Hluttaw"]
STATE_REGION_PARLIAMENTS = [
    "Kachin State Hluttaw", "Shan State Hluttaw", "Chin State Hluttaw", "Mon State Hluttaw",
    "Kayin State Hluttaw", "Rakhine State Hluttaw", "Yangon Region Hluttaw", "Mandalay Region Hluttaw",
    "Sagaing Region Hluttaw", "Magway Region Hluttaw", "Bago Region Hluttaw", "Ayeyarwady Region Hluttaw",
]  # fmt: skip
MEMBER_GIVEN = ["Khin", "Nwe", "Thin", "Su", "Ei", "Hnin", "Moe", "Nang", "Seng", "Naw", "Mya"]
MEMBER_FAMILY = ["Mar", "Win", "Aye", "Zar", "Htwe", "Lwin", "Hla", "Phyu", "Thida", "Myint"]
MEMBER_COUNT = 105
RE_ELECTED = 63  # 60%
UNION_MEMBERS = 45
LISTED_MEMBERS = 6  # the few who chose to be named


def demo_members():
    """Field values of MWPN's demo members (without the network)."""
    names = (f"Daw {given} {family}" for family in MEMBER_FAMILY for given in MEMBER_GIVEN)
    rows = []
    for number, name in zip(range(MEMBER_COUNT), names, strict=False):
        union = number < UNION_MEMBERS
        parliaments = UNION_PARLIAMENTS if union else STATE_REGION_PARLIAMENTS
        rows.append(
            {
                "name": name,
                "ethnic_group": ETHNIC_GROUPS[number % len(ETHNIC_GROUPS)],
                "level": "union" if union else "state-region",
                "parliament": parliaments[number % len(parliaments)],
                "term": "re-elected" if number % 5 < 3 else "newly-elected",
                "consent_to_list": number % (MEMBER_COUNT // LISTED_MEMBERS) == 0 and number > 0,
            }
        )
    return rows
