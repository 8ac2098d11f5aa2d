"""Illustrative Haarlem data for the demo: wijken, postcodes, streets, names.

The postcode-to-wijk mapping below is ILLUSTRATIVE (DOMAIN.md section 10): it spreads
Haarlem's postcode areas 2011–2037 plausibly over the 21 CBS wijken, but it is not the
official CBS table. A municipality loads its own mapping with `import-signals --wijken`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

HAARLEM_GEMEENTECODE = "0392"

#: wijk -> (stadsdeel, illustrative 4-digit postcode areas)
HAARLEM_WIJKEN: dict[str, tuple[str, tuple[str, ...]]] = {
    "Oude Stad": ("Centrum", ("2011",)),
    "Haarlemmerhoutkwartier": ("Centrum", ("2012",)),
    "Zijlwegkwartier": ("Noord", ("2013",)),
    "Houtvaartkwartier": ("Zuid-West", ("2015",)),
    "Duinwijk": ("Noord", ("2023",)),
    "Waarder- en Veerpolder": ("Oost", ("2031",)),
    "Amsterdamsewijk": ("Oost", ("2032",)),
    "Slachthuiswijk": ("Oost", ("2014",)),
    "Parkwijk": ("Oost", ("2033",)),
    "Transvaalwijk": ("Noord", ("2021",)),
    "Indischewijk": ("Noord", ("2022",)),
    "Ter Kleefkwartier": ("Noord", ("2024",)),
    "Te Zaanenkwartier": ("Noord", ("2025",)),
    "Vogelenwijk": ("Zuid-West", ("2026",)),
    "Delftwijk": ("Noord", ("2027",)),
    "Vondelkwartier": ("Noord", ("2028",)),
    "Spaarndam": ("Noord", ("2029",)),
    "Europawijk": ("Schalkwijk", ("2035",)),
    "Boerhaavewijk": ("Schalkwijk", ("2034",)),
    "Molenwijk": ("Schalkwijk", ("2036",)),
    "Meerwijk": ("Schalkwijk", ("2037",)),
}

# Relative weight of each wijk in the demo (larger and poorer wijken get more signals).
WIJK_WEIGHTS: dict[str, int] = {
    "Oude Stad": 5,
    "Haarlemmerhoutkwartier": 3,
    "Zijlwegkwartier": 3,
    "Houtvaartkwartier": 3,
    "Duinwijk": 3,
    "Waarder- en Veerpolder": 1,
    "Amsterdamsewijk": 7,
    "Slachthuiswijk": 7,
    "Parkwijk": 6,
    "Transvaalwijk": 5,
    "Indischewijk": 5,
    "Ter Kleefkwartier": 3,
    "Te Zaanenkwartier": 3,
    "Vogelenwijk": 2,
    "Delftwijk": 5,
    "Vondelkwartier": 3,
    "Spaarndam": 1,
    "Europawijk": 7,
    "Boerhaavewijk": 8,
    "Molenwijk": 6,
    "Meerwijk": 8,
}

STREETS: dict[str, tuple[str, ...]] = {
    "Oude Stad": ("Grote Houtstraat", "Smedestraat", "Lange Veerstraat", "Spaarne"),
    "Haarlemmerhoutkwartier": ("Dreef", "Van Eedenstraat", "Wagenweg"),
    "Zijlwegkwartier": ("Zijlweg", "Kleverparkweg", "Westergracht"),
    "Houtvaartkwartier": ("Leidsevaart", "Kamperlaan", "Westelijke Randweg"),
    "Duinwijk": ("Kleverlaan", "Duinoordstraat", "Zuiderpolderweg"),
    "Waarder- en Veerpolder": ("Waarderweg", "Oudeweg", "Industrieweg"),
    "Amsterdamsewijk": ("Amsterdamstraat", "Kerkstraat", "Zomerkade", "Zeilstraat"),
    "Slachthuiswijk": ("Slachthuisstraat", "Oosterstraat", "Rustenburgerlaan"),
    "Parkwijk": ("Prinsen Bolwerk", "Schoterweg", "Lange Herenvest"),
    "Transvaalwijk": ("Transvaalstraat", "Krugerstraat", "Pretoriastraat"),
    "Indischewijk": ("Javastraat", "Sumatrastraat", "Bandastraat"),
    "Ter Kleefkwartier": ("Ter Kleeflaan", "Rijksstraatweg", "Vondelweg"),
    "Te Zaanenkwartier": ("Te Zaanenlaan", "Bloemendaalseweg", "Kennemerweg"),
    "Vogelenwijk": ("Mussenlaan", "Merellaan", "Lijsterstraat"),
    "Delftwijk": ("Delftlaan", "Schipholweg", "Marnixstraat"),
    "Vondelkwartier": ("Vondelweg", "Bilderdijkstraat", "Potgieterstraat"),
    "Spaarndam": ("Oostkolk", "Westkolk", "Spaarndammerdijk"),
    "Europawijk": ("Europaweg", "Italiëlaan", "Frankrijklaan", "Noorwegenlaan"),
    "Boerhaavewijk": ("Boerhaavelaan", "Pieter Bothstraat", "Aziëweg"),
    "Molenwijk": ("Molenwerf", "Zaanenlaan", "Ridderstraat"),
    "Meerwijk": ("Meerwijkplein", "Catalonië", "Andalusië", "Noordpolderkade"),
}

LAST_NAMES = (
    "de Vries",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "Kok",
    "Jacobs",
    "de Haan",
    "Vermeulen",
    "van den Berg",
    "Yılmaz",
    "El Amrani",
    "Kaya",
    "Bouzid",
    "Öztürk",
    "Demir",
    "Rachidi",
    "Pinas",
    "Amrani",
    "Nguyen",
    "Kowalski",
    "Novak",
    "Santos",
    "Haddou",
    "Baptist",
    "Martina",
    "Ramdin",
)
INITIALS = tuple("ABCDEFGHIJKLMNOPRSTWY")

CREDITORS: dict[str, tuple[str, ...]] = {
    "rent": ("Elan Wonen", "Pré Wonen", "Ymere", "Woonpartners"),
    "energy": ("Eneco", "Vattenfall", "Essent", "Budget Energie"),
    "water": ("PWN",),
    "health_insurance": ("Zilveren Kruis", "VGZ", "CZ", "Menzis"),
    "other": ("Gemeente Haarlem (belastingen)", "Ziggo"),
}
CREDITOR_TYPE_WEIGHTS = {"rent": 40, "energy": 25, "water": 10, "health_insurance": 20, "other": 5}


@dataclass(frozen=True)
class DemoAddress:
    wijk: str
    street: str
    house_number: int
    suffix: str
    postcode: str


def wijk_mapping_rows() -> list[tuple[str, str]]:
    """(postcode area, wijk) rows of the illustrative mapping."""
    return [(area, wijk) for wijk, (_deel, areas) in HAARLEM_WIJKEN.items() for area in areas]


def random_address(rng: random.Random) -> DemoAddress:
    wijken = list(WIJK_WEIGHTS)
    wijk = rng.choices(wijken, weights=[WIJK_WEIGHTS[w] for w in wijken])[0]
    area = rng.choice(HAARLEM_WIJKEN[wijk][1])
    letters = rng.choice("ABCDEGHJKLMNPRTVWX") + rng.choice("ABCDEGHJKLMNPRTVWX")
    suffix = rng.choice(["", "", "", "", "a", "b", "1", "2", "rd"])
    return DemoAddress(
        wijk=wijk,
        street=rng.choice(STREETS[wijk]),
        house_number=rng.randint(1, 180),
        suffix=suffix,
        postcode=area + letters,
    )


def random_bsn(rng: random.Random) -> str:
    """A 9-digit number that passes the eleven-test (fictitious, for the demo only)."""
    while True:
        digits = [rng.randint(0, 9) for _ in range(8)]
        digits[0] = rng.randint(1, 9)
        total = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True))
        last = total % 11
        if last <= 9:
            return "".join(map(str, digits)) + str(last)


def random_mobile(rng: random.Random) -> str:
    # Dutch mobile numbers in use start 061–065 (phonenumbers rejects the rest).
    return f"06-{rng.randint(1, 5)}{rng.randint(0, 9_999_999):07d}"


def random_landline(rng: random.Random) -> str:
    return f"023-{rng.randint(5_000_000, 5_999_999)}"
