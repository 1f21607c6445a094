"""The pipeline's scores must not fall below the measured floors.

Four sets are held: `synthetic` (the seeds and texts written here, the regression net for the
hard cases they were written for), `blind` (real documents written by others, scored but
never read while writing rules: the score that says whether a rule generalises), `blind2`
(a second held-out split, annotated on 2026-12-07 after forty sessions of rules kept on
blind's totals, which steered no choice before its first score) and `blind3` (a third,
annotated in session 47 after that session had taken its choices on blind2's totals). Floors
are set a little under the scores measured when they were last raised
(evaluation/results.json and the issue notes); raise them as the pipeline improves.
"""

import pytest

from evaluation.__main__ import score_set

FLOORS = {
    "synthetic": {
        # 0.82 until 2026-12-02: the doer of the clause an event noun sits in now names it,
        # which splits or adds two synthetic events (blind +1 matched, perpetrators +0.013).
        ("events", "f1"): 0.80,
        # 0.90 until 2026-12-02: a fronted date now anchors its sentence's events (blind +3
        # events), and two generic synthetic mentions under one became events. 0.88 until the
        # CAMEO verbs joined the lexicon (blind +2 matched events; synthetic 0.879); 0.87 until
        # the clause's doer named event nouns (synthetic 0.862, two more predicted).
        ("events", "precision"): 0.85,
        ("attribute_accuracy", "certainty"): 0.91,
        # 0.87 until 2026-12-02: the synthetic gold leaves an event its sentence does not date
        # undated, while the real-text gold (and now the pipeline) dates it from the
        # narrative's time; the real-text gold rules.
        ("attribute_accuracy", "date"): 0.77,
        # 0.84 until 2026-12-02: the synthetic gold leaves a group's founding, split or
        # alliance without a country, the real-text gold gives it its paragraph's (blind country
        # +0.023 when the pipeline does; synthetic 0.862 -> 0.830); the real-text gold rules.
        # 0.82 until 2026-12-03: a deed the text places nowhere now lies in its actors' home
        # country (blind country 0.742 -> 0.758; synthetic 0.830 -> 0.819).
        # 0.81 until 2026-12-03: main at ee8dca2 already measured 0.802 (77 of 96 matched
        # events; one more synthetic event matched than when the floor was set)
        # 0.80 until 2026-12-03: an event placed nowhere now lies in its document's main
        # country; the synthetic gold leaves new leaders, renamings and foundings without one
        # (15 of the 96 matched events), the real-text gold places them (blind country 0.766 ->
        # 0.785; leaving those types out gave blind 0.777); the real-text gold rules
        # (synthetic 0.802 -> 0.646).
        ("attribute_accuracy", "country"): 0.62,
        ("attribute_accuracy", "type"): 0.85,
        ("attribute_accuracy", "counts"): 0.79,
        # 0.43 until 2026-12-03: government bodies the dictionary lacks became their state, "the
        # army" the forces of the story's nation, a coup nobody is named for its army's (blind
        # 0.424 -> 0.481; synthetic 0.448 -> 0.427); the real-text gold rules.
        ("attribute_accuracy", "perpetrators"): 0.42,
        # 0.68 until 2026-12-04: person names the tagger cut short are joined back (blind
        # relation F1 0.472 -> 0.480) and "X and its Y allies" names an alliance; synthetic
        # 0.682 -> 0.678 (one more relation published, none more matched).
        ("relations", "f1"): 0.67,
        # 0.90 until 2026-12-03: the actor dictionary's links between two actors one sentence
        # names are now published (basis 'dictionary'); the synthetic gold holds only the links
        # a sentence states, the real-text gold also the ones it implies ("Bin Ladin and the al
        # Qaeda leadership"): blind relation F1 0.288 -> 0.346, synthetic F1 0.70 -> 0.71 at
        # precision 0.66.
        ("relations", "precision"): 0.62,
        ("actors", "alias_merge_accuracy"): 0.94,
        ("actors", "actor_recall"): 0.86,
    },
    "blind": {
        # Floors set on the 28-document blind split (12 documents added on 2026-12-02: 232 gold
        # events, 89 relations); measured then: F1 0.651, typed 0.494, perpetrators 0.359,
        # date 0.500, country 0.672, relations 0.217. Perpetrators 0.34 until a violent event's
        # unparsed doer became the sentence's only armed group and "it" the document's topic
        # group (0.391). Since 2026-12-03 the split has 40 documents (333 events, 140
        # relations); the code of that morning scored F1 0.625, typed 0.498, perpetrators
        # 0.401, date 0.570, country 0.773, relations 0.336 on it, the day's rules F1 0.663,
        # typed 0.547, perpetrators 0.399, date 0.580, country 0.755, relations 0.357.
        # 0.64 until political acts imposed, referenda, occupations, foundings, surrenders and
        # deeds "leaving N dead" joined the lexicon (0.688 on 2026-12-03); 0.66 until one
        # trigger gave one event per target, town or date of its own (0.724 on 2026-12-03);
        # 0.69 until anything declared or signed became a political act (CAMEO 057) and
        # headlines in the present were read as deeds (0.731 on 2026-12-04); 0.70 until dates in
        # clauses on other nouns stopped dating a deed, state campaigns became operations and a
        # dated phrase's deed stopped taking the clause's plan or negation (0.737 on 2026-12-04);
        # 0.72 until a digest's items of different days stopped merging and a re-mention stopped
        # retelling a deed of another date or a year-long summary (0.747 on 2026-12-04); 0.73
        # until two counted deeds ("in two separate attacks") became two events and an agent
        # word before a deed noun ("an army offensive") its doer (0.755 on 2026-12-05); 0.74
        # until a re-mention naming its doer retold the deed that names no other and "the
        # operation" any violent deed (0.763 on 2026-12-05)
        ("events", "f1"): 0.75,
        # 0.47 until deaths that follow an unnamed deed ("bombs tore through ..., killing 20")
        # became that deed (0.509); 0.49 until a plain killing of several became an attack
        # and fights named by a noun attacks (0.547 on 40 documents); 0.52 until "shot dead"
        # became a killing and the lexicon grew as for F1 (0.575); 0.55 until a bare strike
        # was typed by who struck whom and one trigger split into its deeds (0.618)
        # 0.59 until the same day's declarations and signings (0.628 on 2026-12-04); 0.60 until
        # the merges of re-mentions and digest items above (0.638 on 2026-12-04); 0.62 until
        # inaugurations and swearing-in became political events (0.650 on 2026-12-05); 0.63
        # until the re-mention merges that raised F1 (0.657 on 2026-12-05); 0.64 until
        # hyphenated spellings of trigger words were read ("cease-fire"; 0.660, session 39)
        ("typed_events", "f1"): 0.65,
        # 0.37 until life events named the codebook's parties and a state's unsigned acts the
        # state (0.435; 0.430 with the day's new events); 0.40 until a coup nobody is named
        # for became its army's, a government body the dictionary lacks its state's and "the
        # army" the forces of the nation a document is about (0.481 on 2026-12-03)
        # 0.45 until a coup by named officers also took their army and a strike report's
        # doerless strikes the one air force of its others (0.491 on 2026-12-04); 0.46 until
        # heads of state's acts became their state's, nationality words on army deeds the army,
        # object control and "the group" never a state's army (0.522 on 2026-12-04); 0.50 until
        # possessive doers ("its fighters") became their owner and unnamed agents the
        # sentence's one armed group (0.530 on 2026-12-04); 0.51 until agent words before a
        # deed noun and tagged as nationalities ("jihadists") became unnamed doers (0.538 on
        # 2026-12-05); 0.52 until a deed that killed took its doer and a state's political act
        # its one head (0.544 on 2026-12-05); 0.53 until dictionary links needed their word
        # near the two names and a re-mention its own doer's deed (0.550 on 2026-12-05); 0.54
        # until forces named after their country and "the election of X" were read (0.559 on
        # 2026-12-05); 0.55 until unknown armed-group names became a sentence's one group, the
        # winner of a country's election its doer and names the dictionary cut in two one name
        # (0.580 on 2026-12-05); 0.57 until "of X" after a noun of an intransitive deed, an
        # agreement's venue, "it" continuing an unknown organisation subject and the finer date
        # inside a deed's (0.598 on 2026-12-06); 0.59 until a group only owning a thing was
        # no guessed doer and a guessed doer gave way to a named one on merging (0.606); 0.60
        # until a document's doerless group deeds took the one armed group its other deeds
        # name and a town's name on a deed noun stopped being its doer (0.618 on 2026-12-06);
        # 0.61 until "X claimed responsibility for the attacks" retold the deeds with their
        # claimant (0.624, session 33); 0.62 until a lone family name after the full name
        # became that person and an organisation's name recurring untagged that organisation
        # (0.642, session 35); 0.63 until a bare claim named its earlier deed's doer, a
        # person owning a victim noun became its target and a headline line stopped running
        # into the paragraph after it (0.654, session 36); 0.65 until an unnamed agent told
        # beside a named doer stayed another doer (0.660, session 38); 0.655 until a document's
        # one unnamed doer gave way to the group it keeps naming and a paragraph's earlier deed
        # of a type lent its doers to the next (0.676, session 39); 0.665 until a group that
        # "emerged" formed itself and Phoenix's rebel-coded names without an organisation
        # word became armed groups (0.682, session 41); 0.675 until those who surrender became
        # the capture's targets and the one they surrender to its doer (0.686, session 42);
        # 0.67 since session 48's event nouns matched six more blind events with two right
        # doers among them (right doers 168 -> 170, of 245 -> 251 matched events: 0.677)
        ("attribute_accuracy", "perpetrators"): 0.67,
        # 0.49 until the 40-document split, parts of months spanning the month and "when"
        # clauses dated by their date (0.580); 0.55 until footnote runs stopped gluing
        # sentences and a month named without a year stopped falling after publication (0.587);
        # 0.57 until reported deeds took the day they were told, a news lede's deed the first
        # day the story names and spans of days with no year were read (0.636 on 2026-12-03)
        # 0.61 until an undated deed stopped borrowing a date across another deed's trigger
        # (0.659 on 2026-12-04); 0.63 until dates in clauses and phrases about other nouns or
        # deeds stopped dating the deed (0.668 on 2026-12-04); 0.65 until the story's time
        # stopped dating campaigns and organisations' acts told without a date (0.675); 0.66
        # until months and days anchored on publication ("in December last year", "last
        # March") were read (0.689 on 2026-12-05); 0.67 until a deed's date was narrowed to the
        # finer date inside it, year parts told with "in" read and a text dated to the month
        # took its year (0.701 on 2026-12-06); 0.69 until a lone family name after the full
        # name became that person, two more deeds then dated right (0.708, session 35); 0.70
        # until a headline line stopped running into the paragraph after it (0.712, session 36)
        # 0.71 until a deed told as coming after the story's time became a range open at its
        # end and peace missions military operations (0.730, session 38); 0.72 until a deed
        # dated by the day it was told took the deed's own day told later, "from X onwards"
        # read as "since X" and "cease-fire" as a trigger (0.742, session 39); 0.735 until an
        # operation told as still going on spanned from the deed it answers (0.750, session 40);
        # 0.745 until a chronicle's undated deed after a month story time ran to the next
        # sentence's date, or on from the month, and "later" opened it (0.763, session 41)
        # 0.755 until the scorer paired events that tie on type, trigger and evidence by what
        # they agree on rather than by their ids' order (0.780, session 42: no extraction
        # change; the same release scored 0.763 before)
        ("attribute_accuracy", "date"): 0.77,
        # 0.66 until a paragraph's country became the one it names most, and the document's
        # the one it names twice as often as any other (0.719); 0.70 until an unplaced deed lay
        # in its actors' home country (0.758); 0.74 until a province of the text's country beat
        # a bigger town elsewhere and shared Phoenix names were settled by context (0.770);
        # 0.75 until an event placed nowhere lay in its document's main country and a state's
        # act where the acting state is (0.791 on 2026-12-03); 0.77 until the main country
        # counted deeds placed by their actors' homes (0.845 on 2026-12-03); 0.82 until a
        # political act no state is found doing kept no guessed country of a many-country
        # paragraph (0.856 on 2026-12-05); 0.84 until a section headed by a country's name
        # placed its paragraphs' deeds there (0.859 on 2026-12-06)
        ("attribute_accuracy", "country"): 0.85,
        # 0.20 until heads of state led their state ("Egyptian President X", "President X"
        # in a story about one country) and the dictionary's links were published where one
        # sentence names both actors (0.217 -> 0.346; 0.382 once "President X" led only the
        # state the dictionary gives X); 0.336 on the 40-document split, 0.357 once
        # Phoenix's states joined the dictionary; 0.34 until a link stated twice in a document
        # was published once and a dictionary link of some kinds needed a word of its kind
        # (0.385), and the dictionary's links reached into the next sentence (0.393); 0.37
        # until roles in a group's bodies, deputies, backers and a name after an unattached
        # title were read and leadership through a pronoun stopped being guessed (0.418);
        # 0.40 until states' memberships of regional security bodies joined the dictionary and
        # a head of a state's army commanded it (0.472 on 2026-12-03)
        # 0.44 until person names the tagger cut short were joined back (0.482 on 2026-12-04);
        # 0.46 until joint deeds named allies and the scorer stopped counting a stated relation
        # the gold keeps as doubtful as spurious (0.502 on 2026-12-04); 0.48 until deputies and
        # chiefs of a state's bodies stopped being the state's (0.511 on 2026-12-05); 0.49 until
        # "it" holding a group's tie found the group named before it and no person joined a
        # state as its member (0.521 on 2026-12-05); 0.50 until dictionary links needed their
        # word near the two names, "The Islamic State" stopped being the state in focus, a
        # noun describing a name stood for it, one-token backers ("U.S.-backed") and "wing"
        # were read (0.552 on 2026-12-05); 0.53 until names a text gives an actor in passing
        # ("also known as"), names cut at an open bracket and forces named after their country
        # were read (0.563 on 2026-12-05; 0.565 once "X's fighters" named X as "X fighters" does);
        # 0.54 until coalitions named as such became actors (0.569, session 34); 0.55 until
        # "the X commander Y" made Y a member of X, not its commander (0.578, session 37)
        ("relations", "f1"): 0.56,
        # set on 2026-12-06 (0.842): "a further 28" read, a deed's toll taken in from the
        # killing it absorbed, a victim named by an office counted as one
        ("attribute_accuracy", "counts"): 0.83,
    },
    "blind2": {
        # Set on 2026-12-07 (session 43) on 41 documents (377 events, 202 relations), a little
        # under the first measured scores: F1 0.643 (P 0.82, R 0.53), typed 0.543,
        # perpetrators 0.455, date 0.740, country 0.835, relations 0.284, counts 0.815. The
        # code of that morning scored 0.636, 0.539, 0.454, 0.740, 0.842, 0.284, 0.811 on it.
        # Re-set on 2026-12-07 (session 44) when eight more annotators added 24 documents (65,
        # 602 events): F1 0.639 (P 0.81, R 0.53), typed 0.541, perpetrators 0.409, date 0.742,
        # country 0.789, relations 0.300, counts 0.799 (perpetrators 0.43, country 0.81 and
        # counts 0.79 were the 41 documents' floors). Session 45's six annotators added 18 (83,
        # 743 events): F1 0.650, typed 0.545, perpetrators 0.406, date 0.733, country 0.778,
        # relations 0.336, counts 0.807; the floors stand. Country 0.76 since session 48's
        # event nouns matched eight more events with four right countries (329 -> 333 of 425
        # -> 433 matched: 0.769).
        ("events", "f1"): 0.62,
        ("typed_events", "f1"): 0.52,
        ("attribute_accuracy", "perpetrators"): 0.39,
        ("attribute_accuracy", "date"): 0.72,
        ("attribute_accuracy", "country"): 0.76,
        ("relations", "f1"): 0.28,
        ("attribute_accuracy", "counts"): 0.78,
    },
    "blind3": {
        # Set on 2026-12-07 (session 47) on its 16 documents (183 events, 49 relations), a
        # little under the first measured scores: F1 0.708 (P 0.82, R 0.62), typed 0.578,
        # perpetrators 0.377, date 0.807, country 0.798, relations 0.29, counts 0.868. The code
        # of that session's start scored 0.700, 0.575, 0.384, 0.821, 0.795, 0.29, 0.866.
        ("events", "f1"): 0.68,
        ("typed_events", "f1"): 0.55,
        ("attribute_accuracy", "perpetrators"): 0.34,
        ("attribute_accuracy", "date"): 0.77,
        ("attribute_accuracy", "country"): 0.76,
        ("relations", "f1"): 0.25,
        ("attribute_accuracy", "counts"): 0.83,
    },
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scores(request):
    return request.param, score_set(request.param)


def test_scores_stay_above_their_floors(scores):
    name, result = scores
    fallen = [
        f"{name} {section}.{metric} = {result[section][metric]:.3f} < {floor}"
        for (section, metric), floor in FLOORS[name].items()
        if result[section][metric] < floor
    ]
    assert not fallen, "; ".join(fallen)


def test_every_gold_quote_is_found_in_its_document(scores):
    # load_gold raises on a quote that is not in its text; reaching here means all were found
    name, result = scores
    assert result["documents"] >= {"synthetic": 12, "blind": 15, "blind2": 40, "blind3": 15}[name]
    assert result["events"]["gold"] >= 100
