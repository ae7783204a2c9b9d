#!/usr/bin/env python3
"""Prints, per quadrant, the category pairs (internal, external) that no proposable move covers.

`derive` pairs an internal and an external item through a move whose sides hold their top categories, so a pair
with no move leaves those items unpaired. National moves are never proposed and do not count.
Run from the package root: `python3 scripts/move-gaps.py` (every gap) or `python3 scripts/move-gaps.py --summary`.
"""
import json
import sys

DATA = 'Sources/SwotCore/KnowledgeBase/Data/'
QUADRANTS = ['SO', 'ST', 'WO', 'WT']


def covered_pairs(moves, quadrant):
    return {(internal, external) for move in moves if move['quadrant'] == quadrant and move['authority'] != 'national'
            for internal in move['internal'] for external in move['external']}


def main():
    moves = json.load(open(DATA + 'moves.json'))['moves']
    categories = json.load(open(DATA + 'categories.json'))['categories']
    code = {category['id']: category['code'] for category in categories}
    ids = sorted(code)
    for quadrant in QUADRANTS:
        covered = covered_pairs(moves, quadrant)
        same_topic = [c for c in ids if (c, c) in covered]
        print(f'{quadrant}: {len(covered)}/{len(ids) ** 2} pairs covered, same topic {len(same_topic)}/{len(ids)}')
        if '--summary' in sys.argv:
            continue
        print('  same topic without a move:', ' '.join(code[c] for c in ids if c not in same_topic) or '-')
        for internal in ids:
            missing = [code[external] for external in ids if (internal, external) not in covered]
            print(f'  {code[internal]:8} x {" ".join(missing)}')


if __name__ == '__main__':
    main()
