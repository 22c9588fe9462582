// The tuning sets of labelled answers (docs/judgement-evaluation.md, "Sets"):
// written blind like the held-out ones, then tuned on. Their floors hold the
// level reached, so that a change to the scorer that undoes earlier work
// shows; the held-out sets (interviewer_judgement_eval_test.cpp) are the
// ones that count.
#include "judgement_sets.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

using namespace rehearse;
using namespace rehearse::judgement_sets;

TEST_CASE("judgement: tuning answers keep their ordering", "[interviewer][judgement]") {
    const fs::path data(REHEARSE_TEST_DATA);
    const SetFigures figures =
        scoreSet(data / "answers-tuning", data / "answers", std::getenv("REHEARSE_EVAL_VERBOSE") != nullptr);
    REQUIRE(figures.byScenario.size() >= 6);
    for (const auto& [id, s] : figures.byScenario) {
        INFO(id);
        CHECK(s.buzzword <= 0.35 * s.strong);
        CHECK(s.rejecting <= 0.35 * s.strong);
        CHECK(s.mediocre < s.strong);
    }
    std::cout << "tuning answers: mean strong " << meanStrong(figures) << ", strong credits with supporting evidence "
              << figures.strongSupported << "/" << figures.strongCredits << " (of the others, "
              << figures.strongUnlabelled << " credit a key point the labels do not)\n";
}

// tests/data/answers-tuning-2: strong and mediocre answers for the six
// scenarios of the second held-out set, by other writers; phrases were tuned
// on them, so the figure is reported beside the held-out one, never instead.
TEST_CASE("judgement: second tuning answers keep their ordering", "[interviewer][judgement]") {
    const fs::path data(REHEARSE_TEST_DATA);
    const SetFigures figures =
        scoreSet(data / "answers-tuning-2", data / "answers-tuning-2", std::getenv("REHEARSE_EVAL_VERBOSE") != nullptr);
    REQUIRE(figures.byScenario.size() >= 6);
    for (const auto& [id, s] : figures.byScenario) {
        INFO(id);
        CHECK(s.mediocre < s.strong);
    }
    const double supported = double(figures.strongSupported) / std::max(1, figures.strongCredits);
    std::cout << "second tuning answers: mean strong " << meanStrong(figures) << " (the labels credit "
              << meanStrongByLabels(figures) << "), strong credits with supporting evidence " << figures.strongSupported
              << "/" << figures.strongCredits << " (of the others, " << figures.strongUnlabelled
              << " credit a key point the labels do not)\n";
    // Held at the level reached: mean strong 0.85, 122/173 supported. Many
    // of the others quote a second sentence that says the same thing as the
    // one the labeller listed (the labels list one or two per key point).
    CHECK(meanStrong(figures) >= 0.83);
    CHECK(supported >= 0.70);
}

// tests/data/answers-tuning-3 (December 2026): strong answers for eight
// scenarios, and rejecting and buzzword answers for four, written from the
// interview brief alone (no key points) by a writer who never ran the
// scorer. Measured first: mean strong 0.67, the labels crediting 75% of the
// key points, so like the second held-out set it finds phrasings the key
// points miss. Rejecting answers were 0.17 / 0.37 / 0.21 / 0.10 of their
// scenario before the everyday dismissals ("leave X out", "a nice idea
// but") were read as rejections.
TEST_CASE("judgement: third tuning answers keep their ordering", "[interviewer][judgement]") {
    const fs::path data(REHEARSE_TEST_DATA);
    const SetFigures figures =
        scoreSet(data / "answers-tuning-3", data / "answers-tuning-3", std::getenv("REHEARSE_EVAL_VERBOSE") != nullptr);
    REQUIRE(figures.byScenario.size() >= 8);
    for (const auto& [id, s] : figures.byScenario) {
        INFO(id << ": strong " << s.strong << ", buzzword " << s.buzzword << ", rejecting " << s.rejecting);
        CHECK(s.rejecting <= 0.35 * s.strong);
        // Not yet 0.35x: a buzzword answer that names a two-stage design earns part of it.
        CHECK(s.buzzword < 0.5 * s.strong);
    }
    std::cout << "third tuning answers: mean strong " << meanStrong(figures) << " (the labels credit "
              << meanStrongByLabels(figures) << ")\n";
    CHECK(meanStrong(figures) >= 0.66);
}

// tests/data/answers-tuning-5 (December 2026): the four kinds for the six
// scenarios of the third held-out set, by a fifth writer, written from the
// question and facts alone and labelled afterwards. Measured first: strong
// 0.669 where the labels credit 0.86 (the level of the held-out set),
// rejecting answers 0.29 of the strong ones on average and 0.56 at worst:
// this writer rejects by conceding ("X gets a lot of hype, but ...").
// After concession and "no need to redo it" were read as rejections, and
// the six scenarios' phrases were tuned on these answers: strong 0.835,
// rejecting 0.131, worst ratio 0.28.
TEST_CASE("judgement: fifth tuning answers keep their ordering", "[interviewer][judgement]") {
    checkFourKindTuningSet("answers-tuning-5", "fifth tuning answers", 0.83);
}


// tests/data/answers-tuning-6 (December 2026): the four kinds for the six
// scenarios of the second held-out set, by a sixth writer, written from the
// question and facts alone and labelled afterwards. Measured first: strong
// 0.742 (labels 0.867), rejecting 0.241, worst ratio 0.65 ("the textbook
// answer, but", "gets mentioned as the yardstick"). After those were read
// as rejections and the six scenarios' phrases tuned on these answers:
// strong 0.821, rejecting 0.052, worst ratio 0.11.
TEST_CASE("judgement: sixth tuning answers keep their ordering", "[interviewer][judgement]") {
    checkFourKindTuningSet("answers-tuning-6", "sixth tuning answers", 0.82);
}

// tests/data/answers-tuning-7 (December 2026, session 14): the four kinds for
// the six scenarios of the third held-out set, by a seventh writer, written
// from the question and facts alone and labelled afterwards. Measured first:
// strong 0.713 (close to the held-out set's 0.716), rejecting 0.277, worst
// ratio 0.61 ("an old-school idea", "a lot of machinery", "I don't see much
// value in", "so I'd ignore it"). After those were read as rejections and
// the six scenarios' phrases tuned on these answers: strong 0.828,
// rejecting 0.120, worst ratio 0.29.
TEST_CASE("judgement: seventh tuning answers keep their ordering", "[interviewer][judgement]") {
    checkFourKindTuningSet("answers-tuning-7", "seventh tuning answers", 0.82);
}

// tests/data/answers-tuning-8 and -9 (December 2026, session 14): the four
// kinds for the scenarios of the second and of the third held-out set, by an
// eighth and a ninth writer. Measured first: strong 0.724 and 0.794,
// rejecting 0.181 and 0.281, worst ratio 0.56 and 0.47 ("an expensive science
// project", "mostly ceremony", "a governance nightmare", "I'd leave out
// too"). After those were read as rejections and the phrases tuned on these
// answers: strong 0.798 and 0.822, rejecting 0.040 and 0.129, worst ratio
// 0.16 and 0.24.
TEST_CASE("judgement: eighth tuning answers keep their ordering", "[interviewer][judgement]") {
    checkFourKindTuningSet("answers-tuning-8", "eighth tuning answers", 0.79);
}

TEST_CASE("judgement: ninth tuning answers keep their ordering", "[interviewer][judgement]") {
    checkFourKindTuningSet("answers-tuning-9", "ninth tuning answers", 0.82);
}

// tests/data/answers-tuning-10 and -11 (December 2026, session 15): the four
// kinds for the scenarios of the second and of the third held-out set, by a
// tenth and an eleventh writer. Measured first: strong 0.738 and 0.753,
// rejecting 0.205 and 0.269, worst ratio 0.43 and 0.52 ("strike me as
// over-engineering", "a later phase", "research toys", "heads for comments,
// shares and hides is overkill", where the list is the subject). After
// those were read as rejections and the phrases tuned on these answers:
// strong 0.838 and 0.830, rejecting 0.125 and 0.167, worst ratio 0.27 and
// 0.34; strong credits quoting a labelled sentence 87% -> 93% and 89% -> 97%.
TEST_CASE("judgement: tenth tuning answers keep their ordering", "[interviewer][judgement]") {
    checkFourKindTuningSet("answers-tuning-10", "tenth tuning answers", 0.83);
}

TEST_CASE("judgement: eleventh tuning answers keep their ordering", "[interviewer][judgement]") {
    checkFourKindTuningSet("answers-tuning-11", "eleventh tuning answers", 0.82);
}

// tests/data/answers-tuning-12 (December 2026, session 15): the four kinds
// for the six scenarios of the first held-out set, by a twelfth writer.
// Measured first: strong 0.793, buzzword 0.185, rejecting 0.258, worst
// ratio 0.49 (lists of eight metrics after "we'd track", "another moving
// part", "finance concerns"). After those were read and the six scenarios'
// phrases tuned on these answers: strong 0.843, buzzword 0.148, rejecting
// 0.176, worst ratio 0.34.
TEST_CASE("judgement: twelfth tuning answers keep their ordering", "[interviewer][judgement]") {
    checkFourKindTuningSet("answers-tuning-12", "twelfth tuning answers", 0.83);
}

// tests/data/answers-tuning-13 (December 2026, session 16): the four kinds
// for the six scenarios of the third held-out set, by a thirteenth writer.
// Measured first: strong 0.770, buzzword 0.039, rejecting 0.185, worst ratio
// 0.36; strong credits quoting a labelled sentence 141/162 (87%). After the
// writer's dismissals were read as rejections ("a cost trap I'd avoid
// completely", "a big lift", "just complicates the conversation") and the
// six scenarios' phrases tuned on these answers: strong 0.823, buzzword
// 0.019, rejecting 0.104, worst ratio 0.22; labelled quotes 163/172 (95%).
TEST_CASE("judgement: thirteenth tuning answers keep their ordering", "[interviewer][judgement]") {
    checkFourKindTuningSet("answers-tuning-13", "thirteenth tuning answers", 0.82);
}

// tests/data/answers-tuning-14 (December 2026, session 16): the four kinds
// for the same six scenarios by a fourteenth writer. Measured first:
// strong 0.794, buzzword 0.116, rejecting 0.157, worst ratio 0.41;
// labelled quotes 147/167 (88%). After the writer's dismissals were read
// ("old news", "soft metrics", "something SRE handles", "delay launches")
// and phrases quoting the wrong sentence narrowed: strong 0.804, rejecting
// 0.085, worst ratio 0.26; labelled quotes 154/169 (91%).
TEST_CASE("judgement: fourteenth tuning answers keep their ordering", "[interviewer][judgement]") {
    checkFourKindTuningSet("answers-tuning-14", "fourteenth tuning answers", 0.80);
}

// tests/data/answers-tuning-15 and -16 (December 2026, session 17): the four
// kinds for the six scenarios of the second held-out set, by a fifteenth and
// a sixteenth writer. Measured first: strong 0.752 and 0.755, worst ratio
// 0.19 and 0.42; labelled points credited 149/177 and 143/175. After the six
// scenarios' phrases were tuned on them and the sixteenth writer's
// dismissals read ("bureaucracy", "over-thinking it", "a huge compute bill",
// "delays everything"): strong 0.811 and 0.842, worst ratio 0.18 and 0.23;
// labelled points 162/177 and 161/175. On the held-out set for these
// scenarios the round moved one labelled credit (strong 0.717 before and after).
TEST_CASE("judgement: fifteenth tuning answers keep their ordering", "[interviewer][judgement]") {
    checkFourKindTuningSet("answers-tuning-15", "fifteenth tuning answers", 0.80);
}

TEST_CASE("judgement: sixteenth tuning answers keep their ordering", "[interviewer][judgement]") {
    checkFourKindTuningSet("answers-tuning-16", "sixteenth tuning answers", 0.83);
}

// tests/data/answers-tuning-17 and -18 (December 2026, session 18): the four
// kinds for the six scenarios of the fourth held-out set, by a seventeenth
// and an eighteenth writer. First contact (scenarios as before them, key
// points already holding the examples of sets up to the sixteenth): strong
// 0.704 and 0.641, rejecting 0.228 and 0.138, worst ratio 0.43 and 0.31;
// the examples of the older sets had given them 7 and 5 labelled credits.
// After their labelled sentences joined the examples, their dismissals were
// read ("theater", "a research program", "a price worth paying") and the
// duplicate-listing phrase "blocking" (which matched "block it") narrowed:
// strong 0.765 and 0.723, worst ratio 0.31 and 0.29. Their sentences are
// examples now, so the strong figures hold little; the ordering is the check.
TEST_CASE("judgement: seventeenth tuning answers keep their ordering", "[interviewer][judgement]") {
    checkFourKindTuningSet("answers-tuning-17", "seventeenth tuning answers", 0.76);
}

TEST_CASE("judgement: eighteenth tuning answers keep their ordering", "[interviewer][judgement]") {
    checkFourKindTuningSet("answers-tuning-18", "eighteenth tuning answers", 0.72);
}

// tests/data/answers-tuning-19 to -22 (December 2026, session 19): the four
// kinds again, by four more writers: two for the fourth held-out set's six
// scenarios, one each for the second's and the third's. First contact
// (scenarios as before them, examples of the older sets): strong 0.688,
// 0.712, 0.759 and 0.818; worst ratio 0.27, 0.27, 0.41 and 0.48. The last two
// writers' rejecting answers used dismissals nobody had read ("operational
// overhead", "a compliance artifact", "a product wish"); once read: 0.30 and
// 0.21, with no labelled strong credit lost on any set. Their labelled
// sentences are examples now (the labels credit their strong answers 0.832,
// 0.773, 0.832 and 0.882): strong 0.740, 0.741, 0.776 and 0.846.
TEST_CASE("judgement: nineteenth tuning answers keep their ordering", "[interviewer][judgement]") {
    checkFourKindTuningSet("answers-tuning-19", "nineteenth tuning answers", 0.73);
}

TEST_CASE("judgement: twentieth tuning answers keep their ordering", "[interviewer][judgement]") {
    checkFourKindTuningSet("answers-tuning-20", "twentieth tuning answers", 0.73);
}

TEST_CASE("judgement: twenty-first tuning answers keep their ordering", "[interviewer][judgement]") {
    checkFourKindTuningSet("answers-tuning-21", "twenty-first tuning answers", 0.77);
}

TEST_CASE("judgement: twenty-second tuning answers keep their ordering", "[interviewer][judgement]") {
    checkFourKindTuningSet("answers-tuning-22", "twenty-second tuning answers", 0.84);
}

// tests/data/answers-tuning-23 and -24 (session 19): two more writers, for
// the first and second held-out sets' scenarios, asked for varied, idiomatic
// dismissals. First contact: strong 0.795 and 0.763, rejecting 0.247 and
// 0.201 (worst ratio 0.56 and 0.40); once their sarcasm and asides were read
// ("for people who enjoy arguing in slide decks", "X is, frankly, a
// curiosity"): rejecting 0.096 and 0.070 (worst ratio 0.25 and 0.17), with no
// strong credit moved on any set. Their sentences are examples now: strong
// 0.817 and 0.778.
TEST_CASE("judgement: twenty-third tuning answers keep their ordering", "[interviewer][judgement]") {
    checkFourKindTuningSet("answers-tuning-23", "twenty-third tuning answers", 0.81);
}

TEST_CASE("judgement: twenty-fourth tuning answers keep their ordering", "[interviewer][judgement]") {
    checkFourKindTuningSet("answers-tuning-24", "twenty-fourth tuning answers", 0.77);
}
