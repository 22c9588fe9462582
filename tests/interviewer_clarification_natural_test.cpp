// The clarification matcher on questions written the way candidates type
// them (docs/judgement-evaluation.md): terse, long, compound ("which
// languages, and can people appeal?"), and ones no fact covers although they
// share a noun with one. Labels list every fact the question asks for:
// [{"q": "...", "facts": ["<fact id>", ...]}], [] when the interviewer must
// decline. Precision: facts given that were asked for; recall: facts asked
// for that were given.
//
// tests/data/clarifications-natural was written from the scenario briefs
// (question and facts, never the `asks` phrasings) before the matcher was
// tuned, and never tuned on; tests/data/clarifications-tuning was.
#include "core/interviewer/clarification_matcher.hpp"
#include "core/scenario/scenario_library.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

using namespace rehearse;
namespace fs = std::filesystem;

namespace {

struct Figures {
    int questions = 0, given = 0, asked = 0, right = 0, declinedRightly = 0, unanswerable = 0, compoundsAnswered = 0,
        compounds = 0;
    double precision() const { return given ? double(right) / given : 1.0; }
    double recall() const { return asked ? double(right) / asked : 1.0; }
};

Figures evaluateNaturalQuestions(const char* folder) {
    ScenarioLibrary library;
    library.load({REHEARSE_SCENARIO_DIR});
    Figures figures;
    for (const auto& entry : fs::directory_iterator(fs::path(REHEARSE_TEST_DATA) / folder)) {
        if (entry.path().extension() != ".json") continue;
        const Scenario* scenario = library.find(entry.path().stem().string());
        INFO(entry.path());
        REQUIRE(scenario);
        std::ifstream in(entry.path());
        ClarificationMatcher matcher(*scenario);
        for (const auto& item : nlohmann::json::parse(in)) {
            const std::string question = item.at("q").get<std::string>();
            const auto expected = item.at("facts").get<std::vector<std::string>>();
            for (const std::string& id : expected) REQUIRE(scenario->findFact(FactId(id)));
            const ClarificationResult result = matcher.match(question);
            std::vector<std::string> got;
            for (const Fact* fact : result.facts) got.push_back(fact->id.value);
            ++figures.questions;
            figures.given += static_cast<int>(got.size());
            figures.asked += static_cast<int>(expected.size());
            for (const std::string& id : got)
                figures.right += std::find(expected.begin(), expected.end(), id) != expected.end();
            if (expected.empty()) {
                ++figures.unanswerable;
                figures.declinedRightly += got.empty();
            }
            if (expected.size() > 1) {
                ++figures.compounds;
                figures.compoundsAnswered += got.size() > 1;
            }
        }
    }
    std::cout << folder << ": " << figures.questions << " questions; precision " << figures.precision() << " ("
              << figures.right << "/" << figures.given << "), recall " << figures.recall() << " (" << figures.right
              << "/" << figures.asked << "), declined " << figures.declinedRightly << "/" << figures.unanswerable
              << " of the unanswerable, " << figures.compoundsAnswered << "/" << figures.compounds
              << " compound questions answered with more than one fact\n";
    return figures;
}

}  // namespace

TEST_CASE("clarifications as candidates ask them, held out", "[interviewer][clarification]") {
    const Figures figures = evaluateNaturalQuestions("clarifications-natural");
    REQUIRE(figures.questions >= 150);
    CHECK(figures.recall() >= 0.85);  // the floor
    // The issue asks for 0.90; this holds the level reached (0.85, from 0.80
    // at the start, 0.81 before the out-of-scope questions and 0.83 before
    // each scenario listed what it leaves to the candidate) so that it
    // cannot slip back unnoticed. After asks tuned on clarifications-tuning-3
    // (200 questions for these 8 scenarios by another writer): precision
    // 0.86 (169/196), recall 0.88 (169/192). Session 14, asks tuned on a
    // seventh writer (clarifications-tuning-7, 0.80 / 0.73 -> 0.94 / 0.86
    // there): precision 0.872 (170/195), recall 0.885 (170/192). Session
    // 15, asks and declines tuned on an eleventh writer
    // (clarifications-tuning-11, 0.85 / 0.82 -> 0.96 / 0.91 there): precision
    // 0.885 (169/191), recall 0.880 (169/192). Session 16, a who-question
    // answered only by a fact written to say who owns or decides, the
    // team's process and training settings declined, asks tuned on a
    // sixteenth writer (clarifications-tuning-16, 0.88 / 0.81 -> 0.97 / 0.91
    // there): precision 0.890 (170/191), recall 0.885 (170/192). Session 17's
    // rules (chosen on first-contact sets) leave it at 0.890 / 0.885.
    CHECK(figures.precision() >= 0.88);
    CHECK(figures.recall() >= 0.88);
    CHECK(figures.compoundsAnswered >= 1);
}

// tests/data/clarifications-natural-2 (December 2026): 160 more questions
// over 8 other scenarios, written from the interview question alone (no
// facts read) and labelled afterwards from the facts. Measured, never read
// while changing the matcher: the freshest held-out figure.
TEST_CASE("clarifications as candidates ask them, second held-out set", "[interviewer][clarification]") {
    const Figures figures = evaluateNaturalQuestions("clarifications-natural-2");
    REQUIRE(figures.questions >= 150);
    // Measured the first time, before any change: precision 0.77 (82/106),
    // recall 0.62 (82/133), 31/37 unanswerable declined. Far under the
    // first held-out set (0.85 / 0.86), which was written with the facts in
    // view and so borrowed their words. The floors are 0.90 / 0.85;
    // these hold the level reached so that it cannot slip back unnoticed.
    // After 202 asks in candidates' words, tuned on clarifications-tuning-2
    // (220 questions written the same way by another writer): precision 0.83
    // (105/126), recall 0.79 (105/133). After 141 more, tuned on
    // clarifications-tuning-3 (200 questions, a third writer): precision 0.85
    // (114/134), recall 0.86 (114/133), so the recall floor holds here too.
    // After parts that ask nothing themselves joined their neighbour:
    // precision 0.877 (114/130), recall 0.857. After 33 asks tuned on a
    // third writer's questions (clarifications-tuning-6): precision 0.871
    // (115/132), recall 0.865 (115/133). Session 14, rules tuned on the
    // other sets (declining other companies' figures, competitors, a
    // system's internals) and asks tuned on a ninth writer
    // (clarifications-tuning-9, 0.81 / 0.82 -> 0.97 / 0.91 there): precision
    // 0.870 (114/131), recall 0.857 (114/133), one right answer fewer.
    // Session 15, asks and 35 declines (owners, vendors, staffing, trends,
    // internals) tuned on a twelfth writer (clarifications-tuning-12, 0.87 /
    // 0.84 -> 0.98 / 0.88 there): precision 0.912 (114/125), recall 0.857,
    // so both of the floors hold here. Session 16: the who-question
    // rule (a question asking who owns, approves or decides something is
    // answered only by a fact with such a question among its asks) declined
    // four wrong answers on two fresh blind sets and lost none there, and two
    // wrong answers on the first held-out set; here it costs one right
    // answer and declines no wrong one: precision 0.911 (113/124), recall
    // 0.850 (113/133, just under the 0.85). Kept for the wrong
    // answers it saves; asks for these scenarios' misses on five tuning sets
    // (recall 0.878 -> 0.896 on the twelfth) did not win the question back.
    // Session 17's rules: precision 0.919 (113/123), recall 0.850.
    CHECK(figures.recall() >= 0.84);
    CHECK(figures.precision() >= 0.90);
}

// tests/data/clarifications-natural-3 (December 2026): 170 questions for the
// 10 scenarios of clarifications-tuning-4, written from the interview
// question alone by a writer who never saw the facts or ran the matcher, and
// labelled afterwards. Held out: measured, never read while tuning.
TEST_CASE("clarifications as candidates ask them, third held-out set", "[interviewer][clarification]") {
    const Figures figures = evaluateNaturalQuestions("clarifications-natural-3");
    REQUIRE(figures.questions >= 150);
    // Measured the first time, on the matcher of its day: precision 0.77
    // (101/131), recall 0.74 (101/136); the matcher a day older gave 0.72 /
    // 0.75. These scenarios' asks had never been tuned on questions in
    // candidates' words, unlike the 16 of the other held-out sets. After 99
    // asks and 8 assumptions in candidates' words for these 10 scenarios,
    // tuned on clarifications-tuning-4 (0.78 / 0.74 -> 0.93 / 0.90 there):
    // precision 0.794 (108/136), recall 0.794 (108/136). After 144 more
    // asks tuned on clarifications-tuning-5 (a new writer, 0.83 / 0.77 ->
    // 0.93 / 0.93 there): precision 0.806 (112/139), recall 0.824
    // (112/136). Session 14, asks tuned on an eighth and a tenth writer
    // (clarifications-tuning-8 and -10): precision 0.856 (119/139), recall
    // 0.875 (119/136), so the recall floor holds here too. The
    // precision floor (0.90) is not met; this holds the level reached.
    // Session 15, asks and declines tuned on a thirteenth writer
    // (clarifications-tuning-13, 0.89 / 0.82 -> 0.98 / 0.86 there), and
    // typos repaired: precision 0.861 (118/137), recall 0.868 (118/136).
    // Then asks and declines tuned on a fifteenth writer
    // (clarifications-tuning-15, 0.87 / 0.86 -> 0.97 / 0.90 there):
    // precision 0.869 (119/137), recall 0.875 (119/136). Session 16: asks
    // and five declines tuned on a seventeenth writer
    // (clarifications-tuning-17, 0.93 / 0.84 -> 0.98 / 0.89 there) gave 0.861
    // / 0.868 here, one right answer fewer and one wrong more, and were not
    // kept; this set has now served as a check on content. The rules of the
    // session leave it at 0.869 / 0.875. Session 17's rules: precision 0.875
    // (119/136), recall 0.875.
    CHECK(figures.precision() >= 0.86);
    CHECK(figures.recall() >= 0.87);
}

// tests/data/clarifications-natural-4 (December 2026, session 17): 170
// questions for ten scenarios from all three earlier held-out sets, by a
// writer who saw only each interview question, labelled afterwards from the
// facts; 63 ask for something no fact holds, 15 for several facts. Held
// out: measured twice, at the session's start and after its rules, never
// read and never used to choose a change.
TEST_CASE("clarifications as candidates ask them, fourth held-out set", "[interviewer][clarification]") {
    const Figures figures = evaluateNaturalQuestions("clarifications-natural-4");
    REQUIRE(figures.questions >= 150);
    // First measured (session 16's matcher): precision 0.904 (103/114),
    // recall 0.831 (103/124). After session 17's rules (other facts' words,
    // a later part already answered, stems of their own): 0.903 (102/113),
    // 0.823 (102/124). The recall floor (0.85) is not met here;
    // this holds the level reached.
    CHECK(figures.precision() >= 0.90);
    CHECK(figures.recall() >= 0.82);
}

// tests/data/clarifications-tuning-3 (December 2026): 200 questions for the
// 16 scenarios of both held-out sets, written from the question alone and
// labelled from the facts by two writers; the asks were tuned on it, so it
// flatters the matcher: reported beside the held-out figures, never instead.
TEST_CASE("clarifications as candidates ask them, third tuning set", "[interviewer][clarification]") {
    const Figures figures = evaluateNaturalQuestions("clarifications-tuning-3");
    REQUIRE(figures.questions >= 400);
    CHECK(figures.recall() >= 0.89);
    CHECK(figures.precision() >= 0.88);
}

// tests/data/clarifications-tuning-4 (December 2026): 200 questions for 10
// scenarios no held-out set covers, a third of them with no fact to answer
// them though they share a noun with one (owners, past years, other teams'
// tools). Measured before any change: precision 0.70 (116/165), recall 0.74
// (116/156). Declining questions about a year no fact names and about who
// owns or built a system took precision to 0.74; held at that level.
TEST_CASE("clarifications as candidates ask them, fourth tuning set", "[interviewer][clarification]") {
    const Figures figures = evaluateNaturalQuestions("clarifications-tuning-4");
    REQUIRE(figures.questions >= 200);
    // Reading parts of a question that ask nothing themselves ("fraud rate?
    // in bps of volume") as part of their neighbour: precision 0.78. Then
    // tuned on directly (asks in candidates' words): 0.93 / 0.90. Session
    // 17: a later part that a fact already given answers nearly as well adds
    // no fact of its own; here that costs one right answer (0.897): on the
    // first-contact sets it declined five wrong second facts and lost none.
    CHECK(figures.precision() >= 0.92);
    CHECK(figures.recall() >= 0.89);
}

// tests/data/clarifications-tuning-5 (December 2026): 170 questions for the
// same 10 scenarios by a fifth writer, written from the question alone and
// labelled from the facts. Measured before any change: precision 0.827
// (105/127), recall 0.772 (105/136), close to the held-out set for these
// scenarios. Then tuned on directly: 0.927 / 0.934.
TEST_CASE("clarifications as candidates ask them, fifth tuning set", "[interviewer][clarification]") {
    const Figures figures = evaluateNaturalQuestions("clarifications-tuning-5");
    REQUIRE(figures.questions >= 170);
    CHECK(figures.precision() >= 0.95);
    CHECK(figures.recall() >= 0.94);
}

// tests/data/clarifications-tuning-6 (December 2026): 136 questions for the
// 8 scenarios of clarifications-natural-2 by a sixth writer, written from
// the question alone and labelled from the facts. Measured before any
// change: precision 0.820 (91/111), recall 0.835 (91/109). Then tuned on
// directly: 0.897 / 0.954.
TEST_CASE("clarifications as candidates ask them, sixth tuning set", "[interviewer][clarification]") {
    const Figures figures = evaluateNaturalQuestions("clarifications-tuning-6");
    REQUIRE(figures.questions >= 136);
    CHECK(figures.precision() >= 0.94);
    CHECK(figures.recall() >= 0.96);
}

// tests/data/clarifications-tuning-7 and -8 (December 2026, session 14):
// 160 questions for the 8 scenarios of clarifications-natural and 170 for the
// 10 of clarifications-natural-3, by a seventh and an eighth writer, written
// from the question alone and labelled from the facts; about five per
// scenario ask what no fact holds (competitors, past years, owners,
// internals). Measured before any change: precision 0.804 (86/107), recall
// 0.729 (86/118); and 0.779 (109/140), 0.801 (109/136). Then tuned on
// directly (asks, assumptions, declining other companies' figures).
TEST_CASE("clarifications as candidates ask them, seventh tuning set", "[interviewer][clarification]") {
    const Figures figures = evaluateNaturalQuestions("clarifications-tuning-7");
    REQUIRE(figures.questions >= 160);
    CHECK(figures.precision() >= 0.94);
    CHECK(figures.recall() >= 0.86);
}

TEST_CASE("clarifications as candidates ask them, eighth tuning set", "[interviewer][clarification]") {
    const Figures figures = evaluateNaturalQuestions("clarifications-tuning-8");
    REQUIRE(figures.questions >= 170);
    // 0.96 until session 15: repairing the typo in "How many photos does a
    // typical lisitng have, and are they mostly taken on phones?" let its
    // second part reach the actions fact ("taken down"), one wrong fact more.
    CHECK(figures.precision() >= 0.95);
    CHECK(figures.recall() >= 0.91);
}

// tests/data/clarifications-tuning-9 and -10 (December 2026, session 14):
// 136 questions for the 8 scenarios of clarifications-natural-2 and 170 for
// the 10 of clarifications-natural-3, by a ninth and a tenth writer, written
// the same way. Measured before any change: precision 0.809 (89/110), recall
// 0.817 (89/109); and 0.892 (107/120), 0.817 (107/131). Then tuned on
// directly.
TEST_CASE("clarifications as candidates ask them, ninth tuning set", "[interviewer][clarification]") {
    const Figures figures = evaluateNaturalQuestions("clarifications-tuning-9");
    REQUIRE(figures.questions >= 136);
    CHECK(figures.precision() >= 0.96);
    // Session 17: 0.899, one right second fact fewer (see the fourth set).
    CHECK(figures.recall() >= 0.89);
}

TEST_CASE("clarifications as candidates ask them, tenth tuning set", "[interviewer][clarification]") {
    const Figures figures = evaluateNaturalQuestions("clarifications-tuning-10");
    REQUIRE(figures.questions >= 170);
    CHECK(figures.precision() >= 0.97);
    CHECK(figures.recall() >= 0.93);
}

// tests/data/clarifications-tuning-11, -12 and -13 (December 2026, session
// 15): 160, 136 and 170 questions for the scenarios of the first, second and
// third held-out sets, by an eleventh, twelfth and thirteenth writer, written
// the same way. Measured before any change: precision 0.854 (88/103), recall
// 0.822 (88/107); 0.874 (97/111), 0.843 (97/115); 0.891 (114/128), 0.820
// (114/139). Then tuned on directly, with declines for the families of
// questions no fact answers (who owns or approves, release process, trends).
TEST_CASE("clarifications as candidates ask them, eleventh tuning set", "[interviewer][clarification]") {
    const Figures figures = evaluateNaturalQuestions("clarifications-tuning-11");
    REQUIRE(figures.questions >= 160);
    CHECK(figures.precision() >= 0.95);
    CHECK(figures.recall() >= 0.90);
}

TEST_CASE("clarifications as candidates ask them, twelfth tuning set", "[interviewer][clarification]") {
    const Figures figures = evaluateNaturalQuestions("clarifications-tuning-12");
    REQUIRE(figures.questions >= 136);
    CHECK(figures.precision() >= 0.97);
    CHECK(figures.recall() >= 0.87);
}

TEST_CASE("clarifications as candidates ask them, thirteenth tuning set", "[interviewer][clarification]") {
    const Figures figures = evaluateNaturalQuestions("clarifications-tuning-13");
    REQUIRE(figures.questions >= 170);
    CHECK(figures.precision() >= 0.97);
    CHECK(figures.recall() >= 0.86);
}

// tests/data/clarifications-tuning-14 and -15 (December 2026, session 15):
// 160 questions for the scenarios of the first natural set and 170 for the
// third's, by a fourteenth and a fifteenth writer. Measured before any
// change: precision 0.821 (87/106), recall 0.829 (87/105); 0.866 (110/127),
// 0.859 (110/128). The asks tuned on the fourteenth (0.94 / 0.94 there) were
// reverted: they declined three questions of the first held-out set that a
// fact answers. So the fourteenth is measured, not tuned on; the fifteenth
// was tuned on directly.
TEST_CASE("clarifications as candidates ask them, fourteenth set, not tuned on", "[interviewer][clarification]") {
    const Figures figures = evaluateNaturalQuestions("clarifications-tuning-14");
    REQUIRE(figures.questions >= 160);
    CHECK(figures.precision() >= 0.82);
    CHECK(figures.recall() >= 0.82);
}

TEST_CASE("clarifications as candidates ask them, fifteenth tuning set", "[interviewer][clarification]") {
    const Figures figures = evaluateNaturalQuestions("clarifications-tuning-15");
    REQUIRE(figures.questions >= 170);
    CHECK(figures.precision() >= 0.96);
    CHECK(figures.recall() >= 0.89);
}

// tests/data/clarifications-tuning-16 and -17 (December 2026, session 16):
// 176 questions for the scenarios of the first natural set and 170 for the
// third's, by a sixteenth and a seventeenth writer. Measured before any
// change: precision 0.850 (91/107), recall 0.805 (91/113); 0.925 (111/120),
// 0.841 (111/132). With the who-question rule alone: 0.875 / 0.805 and
// 0.933 / 0.841. The sixteenth was then tuned on (0.971 / 0.903 after);
// the asks tuned on the seventeenth were not kept (see the third held-out
// set), so it is measured, not tuned on.
TEST_CASE("clarifications as candidates ask them, sixteenth tuning set", "[interviewer][clarification]") {
    const Figures figures = evaluateNaturalQuestions("clarifications-tuning-16");
    REQUIRE(figures.questions >= 176);
    CHECK(figures.precision() >= 0.96);
    CHECK(figures.recall() >= 0.89);
}

TEST_CASE("clarifications as candidates ask them, seventeenth set, not tuned on", "[interviewer][clarification]") {
    const Figures figures = evaluateNaturalQuestions("clarifications-tuning-17");
    REQUIRE(figures.questions >= 170);
    CHECK(figures.precision() >= 0.93);
    CHECK(figures.recall() >= 0.84);
}

// tests/data/clarifications-tuning-18 (December 2026, session 17): 170
// questions for ten scenarios by an eighteenth writer, written and labelled
// like the others. Measured before any change: precision 0.887 (110/124),
// recall 0.791 (110/139). Not tuned on: it judged the session's rules as a
// first-contact set (scripts/first_contact_questions.py), and after them it
// gives 0.895 (111/124) / 0.799 (111/139). Session 19 tuned asks on it and on
// the nineteenth and twentieth sets (0.909 / 0.863 here), then reverted them
// all: on the held-out question sets they gave one right answer more and
// three wrong ones more on the first, one right answer fewer on the third,
// and nothing on the other two.
TEST_CASE("clarifications as candidates ask them, eighteenth set, not tuned on", "[interviewer][clarification]") {
    const Figures figures = evaluateNaturalQuestions("clarifications-tuning-18");
    REQUIRE(figures.questions >= 170);
    CHECK(figures.precision() >= 0.89);
    CHECK(figures.recall() >= 0.79);
}

// tests/data/clarifications-tuning-19 (December 2026, session 19): 160
// questions for the eight scenarios of the first held-out question set by a
// nineteenth writer, chatty and often asking two things at once (39
// compound questions, 60 that no fact answers). First contact: precision
// 0.860 (92/107), recall 0.868 (92/106). Asks tuned on it reached 0.894 /
// 0.953 here and were reverted (see the eighteenth set).
TEST_CASE("clarifications as candidates ask them, nineteenth set, not tuned on", "[interviewer][clarification]") {
    const Figures figures = evaluateNaturalQuestions("clarifications-tuning-19");
    REQUIRE(figures.questions >= 160);
    CHECK(figures.precision() >= 0.85);
    CHECK(figures.recall() >= 0.86);
}

// tests/data/clarifications-tuning-20 (December 2026, session 19): 170
// questions for the ten scenarios of the third held-out question set by a
// twentieth writer, clipped and abbreviated ("txns/yr", "langs / regions?").
// First contact: precision 0.891 (106/119), recall 0.841 (106/126). Asks and
// two abbreviations tuned on it reached 0.902 / 0.873 here and were reverted
// with the others (see the eighteenth set).
TEST_CASE("clarifications as candidates ask them, twentieth set, not tuned on", "[interviewer][clarification]") {
    const Figures figures = evaluateNaturalQuestions("clarifications-tuning-20");
    REQUIRE(figures.questions >= 170);
    CHECK(figures.precision() >= 0.89);
    CHECK(figures.recall() >= 0.84);
}

TEST_CASE("clarifications as candidates ask them, tuning set", "[interviewer][clarification]") {
    const Figures figures = evaluateNaturalQuestions("clarifications-tuning");
    REQUIRE(figures.questions >= 100);
    CHECK(figures.recall() >= 0.80);
    CHECK(figures.precision() >= 0.75);
}
