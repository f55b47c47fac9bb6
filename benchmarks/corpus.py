"""A synthetic news corpus for benchmarks: N articles of news-like prose, deterministic.

Real wire text cannot be shipped, so articles are composed from gazetteer actors and
sentence shapes typical of international news (events, quotes, background, numbers), with
the proportion of event sentences of real reporting (about one in three).
"""
from __future__ import annotations

import json
import random
from pathlib import Path

from graphx.knowledge import gazetteer

PEOPLE = ["Amina Yusuf", "Carlos Mendes", "Li Wei", "Olga Petrenko", "David Okafor", "Sara Haddad",
          "Kenji Watanabe", "Fatima Rahimi", "Jean Dupont", "Maria Rossi", "Ahmed Karimi", "Anna Novak"]
TITLES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "envoy", "General"]
EVENTS = [
    "{a} criticized {b} over the handling of the border dispute.",
    "{a} and {b} signed an agreement on energy cooperation on {day}.",
    "{p} met {q} in {city} to discuss the ceasefire.",
    "Forces loyal to {a} attacked positions held by {b} near the frontier.",
    "{a} urged {b} to release the detained journalists.",
    "{a} threatened to impose sanctions on {b} if the talks collapsed.",
    "Talks between {a} and {b} resumed in {city} after a two-week pause.",
    "{p} told {q} that {a} would not accept the proposal.",
    "{a} accused {b} of violating the truce.",
    "{title} {p} of {a} visited {city} on {day}.",
    "{a} praised the role of {b} in brokering the deal.",
    "{a} withdrew its troops from {b} last month.",
]
BACKGROUND = [
    "The conflict has displaced more than {n},000 people since it began.",
    "Prices of fuel and bread rose by {n} percent in the capital last year.",
    "The region has seen repeated droughts and a sharp fall in harvests.",
    "Analysts say the economy is unlikely to recover before the elections.",
    "Schools in the north remained closed for a third week.",
    "The agreement would need the approval of parliament, officials said.",
    "Humanitarian agencies have warned of shortages of food and medicine.",
    "The talks are expected to continue into next week, according to diplomats.",
    "About {n} people attended the rally, local media reported.",
    "The ministry did not respond to a request for comment.",
    "“We are doing everything we can to keep people safe,” a spokesperson said.",
    "The border crossing reopened on {day} after days of negotiations.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def article(rng: random.Random, target_words: int) -> str:
    gaz = gazetteer()
    countries = [e.name for e in gaz.entries.values() if e.kind == "country"]
    orgs = [e.name for e in gaz.entries.values() if e.kind in ("igo", "armed_group")]
    cities = [e.name for e in gaz.entries.values() if e.kind == "capital"]
    paragraphs, words = [], 0
    while words < target_words:
        sentences = []
        for _ in range(rng.randint(2, 4)):
            shape = rng.choice(EVENTS) if rng.random() < 0.35 else rng.choice(BACKGROUND)
            a, b = rng.sample(countries + orgs, 2)
            p, q = rng.sample(PEOPLE, 2)
            sentences.append(shape.format(a=a, b=b, p=p, q=q, city=rng.choice(cities),
                                          day=rng.choice(DAYS), n=rng.randint(2, 90),
                                          title=rng.choice(TITLES)))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    return "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: str | Path, articles: int = 150, words: int = 160_000, seed: int = 7) -> Path:
    """Write `articles` .txt files totalling about `words` words; returns the folder."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    for i in range(articles):
        (folder / f"article_{i:04d}.txt").write_text(article(rng, words // articles), encoding="utf-8")
    return folder


def write_jsonl(path: str | Path, articles: int, words_each: int = 1000, seed: int = 7) -> Path:
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as f:
        for i in range(articles):
            f.write(json.dumps({"id": f"a{i}", "text": article(rng, words_each)}) + "\n")
    return Path(path)


if __name__ == "__main__":
    import sys
    out = write_corpus(sys.argv[1] if len(sys.argv) > 1 else "/tmp/graphx-corpus")
    print(out)
