// The clarification matcher measured on every labelled question set in
// tests/data/clarifications/ (one file per scenario, named after its id:
// [{"q": "...", "fact": "<fact id>" | null}]). New files are picked up as
// they are added. Precision: answers given that were right. Recall: questions
// with a fact that got that fact. Set REHEARSE_EVAL_VERBOSE=1 to print each
// miss and false answer.
#include "core/interviewer/clarification_matcher.hpp"
#include "core/scenario/scenario_library.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

using namespace rehearse;
namespace fs = std::filesystem;

namespace {

struct Evaluation {
    int questions = 0;
    int withFact = 0;      // labelled with a fact
    int answered = 0;      // the matcher gave a fact
    int correct = 0;       // ... and it was the labelled one
    int rejectedNone = 0;  // labelled null and the matcher declined
    int files = 0;
    double precision() const { return answered ? double(correct) / answered : 1.0; }
    double recall() const { return withFact ? double(correct) / withFact : 1.0; }
};

Evaluation evaluateClarifications(const ClarificationOptions& options, bool verbose, const char* folder = "clarifications") {
    ScenarioLibrary library;
    library.load({REHEARSE_SCENARIO_DIR});
    Evaluation eval;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(fs::path(REHEARSE_TEST_DATA) / folder))
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
        const Scenario* scenario = library.find(file.stem().string());
        INFO("labelled set " << file << " names no loadable scenario");
        REQUIRE(scenario);
        std::ifstream in(file);
        const nlohmann::json labelled = nlohmann::json::parse(in);
        ClarificationMatcher matcher(*scenario, options);
        ++eval.files;
        for (const auto& item : labelled) {
            const std::string question = item.at("q").get<std::string>();
            const std::string expected = item.at("fact").is_null() ? "" : item.at("fact").get<std::string>();
            if (!expected.empty()) {
                INFO(file.filename() << ": fact '" << expected << "' does not exist");
                REQUIRE(scenario->findFact(FactId(expected)));
            }
            const ClarificationResult result = matcher.match(question);
            const std::string got = result.fact ? result.fact->id.value : "";
            ++eval.questions;
            if (!expected.empty()) ++eval.withFact;
            if (!got.empty()) ++eval.answered;
            if (!got.empty() && got == expected) ++eval.correct;
            if (expected.empty() && got.empty()) ++eval.rejectedNone;
            if (verbose && got != expected) {
                const auto ranked = matcher.rank(question);
                std::cout << file.stem().string() << ": \"" << question << "\"\n    want "
                          << (expected.empty() ? "(none)" : expected) << ", got " << (got.empty() ? "(none)" : got)
                          << " [" << result.score << " via \"" << result.closestAsk << "\"]";
                for (const FactScore& s : ranked)
                    if (s.fact->id.value == expected) std::cout << "; want scored " << s.score;
                std::cout << "\n";
            }
        }
    }
    return eval;
}

}  // namespace

TEST_CASE("clarification matching: precision and recall on the labelled sets", "[interviewer][clarification]") {
    const bool verbose = std::getenv("REHEARSE_EVAL_VERBOSE") != nullptr;
    const Evaluation eval = evaluateClarifications(ClarificationOptions{}, verbose);
    std::cout << "clarification matching: " << eval.questions << " questions in " << eval.files << " sets ("
              << eval.withFact << " with a fact, " << eval.questions - eval.withFact << " without); precision "
              << eval.precision() << " (" << eval.correct << "/" << eval.answered << "), recall " << eval.recall()
              << " (" << eval.correct << "/" << eval.withFact << "), declined " << eval.rejectedNone << "/"
              << eval.questions - eval.withFact << " of the unanswerable\n";
    REQUIRE(eval.questions > 0);
    // Floors a little under what is measured, so a regression fails loudly
    // while a new, harder labelled set does not.
    // Measured: precision 0.92, recall 0.93 on 168 questions in 14 sets
    // before the scenarios' asks were tuned; 0.96 and 1.0 after. These sets
    // helped tune the asks, so the held-out test below is the honest figure.
    // With 42 hard negatives added (3 per scenario: questions that share a
    // noun with a real fact but that no fact answers), 210 questions:
    // precision 0.83 (140/169), recall 1.0 (140/140), 41/70 declined.
    // Neither a coverage penalty (the share of the question's IDF weight the
    // fact doesn't contain), a margin over the runner-up, nor re-tuning the
    // threshold, pooling and unknown-term weight declined more of them
    // without costing recall: what separates them is word meaning.
    CHECK(eval.precision() >= 0.80);
    CHECK(eval.recall() >= 0.95);
}

// tests/data/clarifications-heldout/ was written from the facts' topics and
// answers only, without reading their `asks`, and has never been used for
// tuning: keep it that way (tune on the set above, measure here).
TEST_CASE("clarification matching: precision and recall on the held-out sets", "[interviewer][clarification]") {
    const bool verbose = std::getenv("REHEARSE_EVAL_VERBOSE") != nullptr;
    const Evaluation eval = evaluateClarifications(ClarificationOptions{}, verbose, "clarifications-heldout");
    std::cout << "clarification matching, held out: " << eval.questions << " questions in " << eval.files
              << " sets; precision " << eval.precision() << " (" << eval.correct << "/" << eval.answered
              << "), recall " << eval.recall() << " (" << eval.correct << "/" << eval.withFact << "), declined "
              << eval.rejectedNone << "/" << eval.questions - eval.withFact << " of the unanswerable\n";
    REQUIRE(eval.files >= 14);
    // Measured: precision 0.86 (82/95), recall 0.98 (82/84), 17/28 declined
    // on 112 questions. Most false answers are questions that share a noun
    // with a real fact ("enterprise mailboxes" -> the volume fact).
    CHECK(eval.precision() >= 0.82);
    CHECK(eval.recall() >= 0.92);
}
