#!/usr/bin/env python3
"""Writes Tests/QuizCoreTests/Fixtures/fsrs-reference.json: review sequences scheduled by py-fsrs, the
reference implementation of FSRS-6, for the Swift scheduler (Sources/QuizCore/Review/FSRS.swift) to match.

Run by hand, never by CI; commit the fixture it writes. Made with py-fsrs 6.3.2:

    pip install 'fsrs>=6,<7'
    python3 scripts/fsrs-reference-vectors.py

The seed is fixed, so rerunning with the same py-fsrs gives the same file. Fuzzing is off (srm-quiz schedules
without it). Every sequence starts from a new card and records, after each review, the card py-fsrs returns
(state, step, stability, difficulty, due, last review) and the card's retrievability at one chosen moment.
Dates are ISO 8601 in UTC with milliseconds; all review times are whole milliseconds, and so are the due
dates (the script checks).
"""
import datetime
import importlib.metadata
import json
import pathlib
import random

from fsrs import Card, Rating, Scheduler, State
from fsrs.scheduler import DEFAULT_PARAMETERS, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS

SEED = 20260302
OUTPUT = pathlib.Path(__file__).resolve().parent.parent / "Tests" / "QuizCoreTests" / "Fixtures" / "fsrs-reference.json"
START = datetime.datetime(2026, 3, 2, 9, 15, tzinfo=datetime.timezone.utc)
ZERO = datetime.timedelta(0)
MINUTE = datetime.timedelta(minutes=1)
DAY = datetime.timedelta(days=1)
MILLISECOND = datetime.timedelta(milliseconds=1)

version = importlib.metadata.version("fsrs")
if not version.startswith("6."):
    raise SystemExit(f"py-fsrs 6.x is needed, found {version}")

random_source = random.Random(SEED)


def iso(moment):
    if moment.microsecond % 1000:
        raise SystemExit(f"{moment} is not a whole millisecond")
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def milliseconds(low, high):
    """A random span between low and high, in whole milliseconds."""
    return datetime.timedelta(milliseconds=random_source.randint(int(low / MILLISECOND), int(high / MILLISECOND)))


def perturbed_parameters():
    """Valid parameters other than the defaults, each moved up to 30% and kept within py-fsrs's bounds."""
    moved = []
    for default, lower, upper in zip(DEFAULT_PARAMETERS, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS):
        value = round(default * random_source.uniform(0.7, 1.3), 4)
        moved.append(min(max(value, lower), upper))
    moved[20] = 0.5
    return moved


def steps(*minutes):
    return [datetime.timedelta(minutes=value) for value in minutes]


CONFIGURATIONS = {
    "default": {},
    "retention-0.8": {"desired_retention": 0.8},
    "retention-0.95": {"desired_retention": 0.95},
    "retention-0.7": {"desired_retention": 0.7},
    "three-learning-steps": {"learning_steps": steps(1, 10, 60), "relearning_steps": steps(10, 60)},
    "one-learning-step": {"learning_steps": steps(0.5), "relearning_steps": steps(5)},
    "no-steps": {"learning_steps": [], "relearning_steps": []},
    "maximum-interval-30": {"maximum_interval": 30},
    "custom-parameters": {"parameters": perturbed_parameters(), "desired_retention": 0.85},
}


def scheduler_for(configuration):
    return Scheduler(enable_fuzzing=False, **CONFIGURATIONS[configuration])


def describe(scheduler):
    return {
        "parameters": list(scheduler.parameters),
        "desiredRetention": scheduler.desired_retention,
        "learningSteps": [step.total_seconds() for step in scheduler.learning_steps],
        "relearningSteps": [step.total_seconds() for step in scheduler.relearning_steps],
        "maximumInterval": scheduler.maximum_interval,
    }


def next_review_time(card, timing):
    """When the next review happens, relative to the card's last review and due date."""
    last = card.last_review
    interval = card.due - last
    if timing == "on-due":
        return card.due
    if timing == "on-due-jitter":
        return card.due + milliseconds(ZERO, 2 * MINUTE)
    if timing == "same-day":
        return last + milliseconds(MINUTE, 20 * 60 * MINUTE)
    if timing == "just-under-a-day":
        return last + DAY - MILLISECOND
    if timing == "exactly-a-day":
        return last + DAY
    if timing == "early":
        return last + interval * random_source.uniform(0.3, 0.9) // MILLISECOND * MILLISECOND
    if timing == "late":
        return card.due + interval * random_source.uniform(0.1, 2.0) // MILLISECOND * MILLISECOND
    if timing == "long-overdue":
        return card.due + milliseconds(100 * DAY, 3000 * DAY)
    if timing == "clock-went-back":
        return last - milliseconds(MINUTE, 3 * 60 * MINUTE)
    raise ValueError(timing)


def retrievability_moment(card):
    """A moment to ask the card's retrievability at: its due date, a few days around it, or much later."""
    choice = random_source.choice(["due", "around", "much-later", "before-last-review"])
    if choice == "due":
        return card.due
    if choice == "around":
        return card.last_review + milliseconds(ZERO, 2 * (card.due - card.last_review) + 3 * DAY)
    if choice == "much-later":
        return card.due + milliseconds(30 * DAY, 2000 * DAY)
    return card.last_review - milliseconds(MINUTE, 2 * DAY)


def run(name, configuration, plan, created_at):
    """Reviews a new card by the plan, a list of (rating, timing) with the first timing a delay after creation."""
    scheduler = scheduler_for(configuration)
    card = Card(card_id=1, due=created_at)
    reviews = []
    for index, (rating, timing) in enumerate(plan):
        reviewed_at = created_at + timing if index == 0 else next_review_time(card, timing)
        card, _ = scheduler.review_card(card, Rating(rating), review_datetime=reviewed_at)
        moment = retrievability_moment(card)
        reviews.append({
            "rating": int(rating),
            "timing": "first" if index == 0 else timing,
            "reviewedAt": iso(reviewed_at),
            "card": {
                "state": int(card.state),
                "step": card.step,
                "stability": card.stability,
                "difficulty": card.difficulty,
                "due": iso(card.due),
                "lastReview": iso(card.last_review),
            },
            "retrievabilityAt": iso(moment),
            "retrievability": scheduler.get_card_retrievability(card, current_datetime=moment),
        })
    return {"name": name, "configuration": configuration, "scheduler": describe(scheduler),
            "createdAt": iso(created_at), "reviews": reviews}


def creation_time():
    return START + milliseconds(ZERO, 90 * DAY)


def first_delay():
    return milliseconds(ZERO, 10 * MINUTE)


def repeated(rating, timing, count):
    return [(rating, first_delay())] + [(rating, timing)] * (count - 1)


HANDWRITTEN = [
    ("good-on-due", "default", repeated(Rating.Good, "on-due", 15)),
    ("again-same-day-to-minimum-stability", "default", repeated(Rating.Again, "same-day", 12)),
    ("easy-on-due-to-maximum-interval", "retention-0.95", repeated(Rating.Easy, "on-due", 15)),
    ("hard-on-due", "default", repeated(Rating.Hard, "on-due", 12)),
    ("again-on-due-difficulty-to-ten", "default", repeated(Rating.Again, "on-due", 15)),
    ("easy-capped-at-thirty-days", "maximum-interval-30", repeated(Rating.Easy, "on-due", 8)),
    ("good-then-long-overdue", "default", [
        (Rating.Good, first_delay()), (Rating.Good, "on-due"), (Rating.Good, "on-due"),
        (Rating.Good, "long-overdue"), (Rating.Again, "on-due"), (Rating.Good, "on-due"), (Rating.Good, "long-overdue"),
    ]),
    ("day-boundaries", "default", [
        (Rating.Good, first_delay()), (Rating.Good, "just-under-a-day"), (Rating.Good, "exactly-a-day"),
        (Rating.Hard, "just-under-a-day"), (Rating.Again, "exactly-a-day"), (Rating.Good, "just-under-a-day"),
        (Rating.Good, "exactly-a-day"),
    ]),
    ("learning-steps-walked", "default", [
        (Rating.Hard, first_delay()), (Rating.Good, "on-due"), (Rating.Hard, "on-due"), (Rating.Again, "on-due"),
        (Rating.Good, "on-due"), (Rating.Good, "on-due"), (Rating.Again, "on-due"), (Rating.Hard, "on-due"),
        (Rating.Good, "on-due"),
    ]),
    ("three-steps-walked", "three-learning-steps", [
        (Rating.Again, first_delay()), (Rating.Hard, "on-due"), (Rating.Good, "on-due"), (Rating.Hard, "on-due"),
        (Rating.Good, "on-due"), (Rating.Good, "on-due"), (Rating.Again, "on-due"), (Rating.Hard, "on-due"),
        (Rating.Good, "on-due"), (Rating.Good, "on-due"), (Rating.Good, "on-due"),
    ]),
    ("one-step-hard", "one-learning-step", [
        (Rating.Hard, first_delay()), (Rating.Hard, "on-due"), (Rating.Good, "on-due"), (Rating.Again, "on-due"),
        (Rating.Hard, "on-due"), (Rating.Good, "on-due"), (Rating.Good, "late"),
    ]),
    ("no-steps-again", "no-steps", [
        (Rating.Again, first_delay()), (Rating.Again, "on-due"), (Rating.Good, "on-due"), (Rating.Again, "on-due"),
        (Rating.Easy, "same-day"), (Rating.Hard, "late"),
    ]),
    ("clock-went-back", "default", [
        (Rating.Good, first_delay()), (Rating.Good, "on-due"), (Rating.Good, "clock-went-back"),
        (Rating.Again, "clock-went-back"), (Rating.Good, "on-due"), (Rating.Good, "early"),
    ]),
    ("easy-first", "retention-0.8", [(Rating.Easy, first_delay())]),
    ("again-first", "retention-0.95", [(Rating.Again, first_delay())]),
]

RATING_WEIGHTS = [(Rating.Again, 20), (Rating.Hard, 15), (Rating.Good, 50), (Rating.Easy, 15)]
TIMINGS = ["on-due", "on-due-jitter", "same-day", "just-under-a-day", "exactly-a-day", "early", "late",
           "long-overdue"]
TIMING_WEIGHTS = [25, 15, 15, 3, 3, 15, 15, 9]


def random_plan():
    length = random_source.randint(1, 15)
    ratings = random_source.choices([rating for rating, _ in RATING_WEIGHTS], [weight for _, weight in RATING_WEIGHTS],
                                    k=length)
    timings = random_source.choices(TIMINGS, TIMING_WEIGHTS, k=length - 1)
    return [(ratings[0], first_delay())] + list(zip(ratings[1:], timings))


sequences = [run(name, configuration, plan, creation_time()) for name, configuration, plan in HANDWRITTEN]
configurations = list(CONFIGURATIONS)
for number in range(1, 46):
    configuration = configurations[(number - 1) % len(configurations)]
    sequences.append(run(f"random-{number:02d}", configuration, random_plan(), creation_time()))

OUTPUT.parent.mkdir(parents=True, exist_ok=True)
document = {
    "generator": "scripts/fsrs-reference-vectors.py",
    "pyFsrsVersion": version,
    "seed": SEED,
    "fuzzing": False,
    "states": {"1": "Learning", "2": "Review", "3": "Relearning"},
    "ratings": {"1": "Again", "2": "Hard", "3": "Good", "4": "Easy"},
    "sequences": sequences,
}
OUTPUT.write_text(json.dumps(document, indent=1) + "\n")
print(f"{len(sequences)} sequences, {sum(len(s['reviews']) for s in sequences)} reviews -> {OUTPUT}")
