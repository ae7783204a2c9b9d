#!/usr/bin/env python3
"""Writes the matcher's word lists (Sources/SwotCore/Matching/Data/) from three published lexical resources.

Run it only to refresh the data (`python3 scripts/make-lexicon-data.py`); the build reads the files it wrote and
needs neither network nor pip. It needs:
  - pip, to fetch the Sastrawi stemmer (PyPI `sastrawi`, MIT) into a temporary folder: its root-word dictionary;
  - Debian's `hunspell-en-us` (SCOWL, permissive licence): ordinary English words of three letters or fewer;
  - Debian's `wordnet-base` (WordNet 3.0, Princeton licence): synonyms of the knowledge base's English keywords, and
    how often English words are used as verbs.
  - Debian's `wamerican` and `wbritish` (SCOWL, the licence of hunspell-en-us): English words with their inflections.

Files written:
  indonesian-roots.txt   Sastrawi's root words (the Indonesian stemmer's dictionary)
  short-words.txt        ordinary words of three letters or fewer, Indonesian (Sastrawi) and English (hunspell):
                         an acronym spelled like one of them (`it`, `tik`) counts only when typed in capitals
  english-synonyms.txt   "synonym keyword" pairs: WordNet synonyms of one-word English keywords
  english-derivations.txt "form keyword-word" pairs: other forms of the English keywords' words from WordNet, that
                         the stemmer does not bring together: irregular inflections (exception lists: `criteria`,
                         `taught`) and derivationally related words (`decide` for `decision`, `fail` for `failure`)
  english-not-slips.txt  ordinary English words one typing slip away from a keyword word (`country`, `counter`):
                         the matcher does not take them for slips of it
  english-verbs.txt      forms of English verbs used as verbs more than as nouns (`offers`, `written`): a default
                         label ends before one whose object it would cut
"""
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources/SwotCore/Matching/Data")
CATEGORIES = os.path.join(ROOT, "Sources/SwotCore/KnowledgeBase/Data/categories.json")
HUNSPELL_EN = "/usr/share/hunspell/en_US.dic"
WORD_LISTS = ["/usr/share/dict/american-english", "/usr/share/dict/british-english"]
WORDNET = "/usr/share/wordnet"
WORD = re.compile(r"^[a-z]+$")


def sastrawi_roots():
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", folder,
                        "sastrawi==1.0.1"], check=True)
        path = os.path.join(folder, "Sastrawi/Stemmer/data/kata-dasar.txt")
        with open(path, encoding="utf-8") as f:
            return sorted({w.strip().lower() for w in f if WORD.match(w.strip().lower())})


def english_short_words():
    words = set()
    with open(HUNSPELL_EN, encoding="utf-8", errors="replace") as f:
        next(f)
        for line in f:
            word = line.split("/")[0].strip()
            # Lower-case entries only: capitalised ones are names and acronyms (`IT`), not ordinary words.
            if WORD.match(word) and len(word) <= 3:
                words.add(word)
    return words


def english_keywords():
    with open(CATEGORIES, encoding="utf-8") as f:
        categories = json.load(f)["categories"]
    single, every = set(), set()
    for category in categories:
        for keyword in category["keywords"]["en"]:
            lowered = keyword.lower()
            every.update(re.findall(r"[a-z]+", lowered))
            if WORD.match(lowered) and len(lowered) >= 4 and keyword == lowered:
                single.add(lowered)
    return single, every


def wordnet_synonyms(keywords, known):
    """Synonyms from the first two senses of each keyword (later senses drift: `staff` as a stick)."""
    pairs = set()
    for pos in ["noun", "verb", "adj"]:
        offsets = {}
        with open(os.path.join(WORDNET, f"index.{pos}"), encoding="utf-8") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                fields = line.split()
                lemma = fields[0]
                if lemma not in keywords:
                    continue
                pointers = int(fields[3])
                senses = fields[6 + pointers:]
                offsets[lemma] = senses[:2]
        with open(os.path.join(WORDNET, f"data.{pos}"), encoding="utf-8") as data:
            for keyword, senses in offsets.items():
                for offset in senses:
                    data.seek(int(offset))
                    fields = data.readline().split()
                    count = int(fields[3], 16)
                    for i in range(count):
                        lemma = fields[4 + 2 * i].lower()
                        lemma = re.sub(r"\(.*\)$", "", lemma)
                        if WORD.match(lemma) and len(lemma) >= 4 and lemma != keyword and lemma not in known:
                            pairs.add((lemma, keyword))
    return sorted(pairs)


def wordnet_derivations(words):
    """Other forms of keyword words: irregular inflections and derivationally related lemmas of their first three
    senses (later senses drift as synonyms do). The matcher keeps only forms its stemmer does not already join."""
    pairs = set()
    for pos in ["noun", "verb", "adj"]:
        with open(os.path.join(WORDNET, f"{pos}.exc"), encoding="utf-8") as f:
            for line in f:
                fields = line.split()
                if len(fields) >= 2 and WORD.match(fields[0]) and fields[1] in words and fields[0] not in words:
                    pairs.add((fields[0], fields[1]))
    synsets = {}
    for pos in ["noun", "verb", "adj"]:
        with open(os.path.join(WORDNET, f"index.{pos}"), encoding="utf-8") as f:
            for line in f:
                fields = line.split()
                if line.startswith(" ") or fields[0] not in words:
                    continue
                pointers = int(fields[3])
                synsets.setdefault(fields[0], []).extend((pos, o) for o in fields[6 + pointers:][:3])
    letter = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
    files = {pos: open(os.path.join(WORDNET, f"data.{pos}"), encoding="utf-8") for pos in ["noun", "verb", "adj", "adv"]}
    def lemmas(pos, offset):
        files[pos].seek(int(offset))
        fields = files[pos].readline().split()
        count = int(fields[3], 16)
        names = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i].lower()) for i in range(count)]
        rest = fields[4 + 2 * count:]
        pointers = [rest[1 + 4 * i:5 + 4 * i] for i in range(int(rest[0]))]
        return names, pointers
    for word, senses in synsets.items():
        for pos, offset in senses:
            names, pointers = lemmas(pos, offset)
            if word not in names:
                continue
            source = names.index(word) + 1
            for symbol, target, target_pos, numbers in pointers:
                if symbol != "+" or int(numbers[:2], 16) != source:
                    continue
                other, _ = lemmas(letter[target_pos], target)
                form = other[int(numbers[2:], 16) - 1]
                if WORD.match(form) and len(form) >= 4 and form not in words:
                    pairs.add((form, word))
    for f in files.values():
        f.close()
    return sorted(pairs)


def english_words_near(keyword_words):
    """Ordinary English words of seven letters or more that one typing slip (a letter missing, extra, wrong or
    swapped: a shared one-letter deletion) makes a keyword word of six letters or more, without being one."""
    def deletions(word):
        return {word[:i] + word[i + 1:] for i in range(len(word))}
    by_deletion = {}
    for word in keyword_words:
        if len(word) >= 6:
            for key in deletions(word) | {word}:
                by_deletion.setdefault(key, set()).add(word)
    near = set()
    for path in WORD_LISTS:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                word = line.strip()
                if not WORD.match(word) or len(word) < 7 or word in keyword_words:
                    continue
                if any(by_deletion.get(key, set()) - {word} for key in deletions(word) | {word}):
                    near.add(word)
    return sorted(near)


def english_verb_forms():
    """Forms of English verbs that are used as verbs clearly more than as nouns or adjectives (one and a half times
    as often in WordNet's sense-tagged corpus, `cntlist.rev`; `offer`, `give`, not `plan`, `free` or `act`): the base
    form, the third person (`offers`), the past and the past participle (`climbed`, `written`), each kept only when
    the word lists have it. A default label that ends on one has lost the verb's object."""
    uses = {}
    with open(os.path.join(WORDNET, "cntlist.rev"), encoding="utf-8") as f:
        for line in f:
            key, _, count = line.split()
            lemma, sense = key.split("%")
            part = "verb" if sense[0] == "2" else "other"
            uses.setdefault(lemma, {"verb": 0, "other": 0})[part] += int(count)
    lemmas = {w for w, n in uses.items() if WORD.match(w) and n["verb"] > 1.5 * n["other"]}
    known = set()
    for path in WORD_LISTS:
        with open(path, encoding="utf-8", errors="replace") as f:
            known.update(line.strip() for line in f)
    forms = set(lemmas)
    for lemma in lemmas:
        candidates = {lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + lemma[-1] + "ed"}
        if lemma.endswith("y"):
            candidates |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
        forms |= {c for c in candidates if c in known}
    with open(os.path.join(WORDNET, "verb.exc"), encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if len(fields) >= 2 and fields[1] in lemmas and WORD.match(fields[0]) and not fields[0].endswith("ing"):
                forms.add(fields[0])
    # A plural noun of another word is no verb form ("leaves" of "leaf" stays: the label backs off before it).
    return sorted(f for f in forms if len(f) > 2)


def main():
    os.makedirs(OUT, exist_ok=True)
    roots = sastrawi_roots()
    with open(os.path.join(OUT, "indonesian-roots.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(roots) + "\n")
    short = sorted({w for w in roots if len(w) <= 3} | english_short_words())
    with open(os.path.join(OUT, "short-words.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(short) + "\n")
    single, every = english_keywords()
    pairs = wordnet_synonyms(single, every)
    with open(os.path.join(OUT, "english-synonyms.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(f"{a} {b}" for a, b in pairs) + "\n")
    with open(CATEGORIES, encoding="utf-8") as f:
        keyword_words = {w for c in json.load(f)["categories"] for language in ["en", "id"]
                         for k in c["keywords"][language] for text in [k.lower(), k.lower().replace("-", "")]
                         for w in re.findall(r"[a-z]+", text)}
    not_slips = english_words_near(keyword_words)
    with open(os.path.join(OUT, "english-not-slips.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(not_slips) + "\n")
    derivations = wordnet_derivations(every)
    with open(os.path.join(OUT, "english-derivations.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(f"{a} {b}" for a, b in derivations) + "\n")
    verb_forms = english_verb_forms()
    with open(os.path.join(OUT, "english-verbs.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(verb_forms) + "\n")
    print(f"{len(roots)} roots, {len(short)} short words, {len(pairs)} synonym pairs, {len(derivations)} derived forms, "
          f"{len(not_slips)} words that are not slips, {len(verb_forms)} English verb forms written to {OUT}")


if __name__ == "__main__":
    main()
