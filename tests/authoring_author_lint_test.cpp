// validate --strict for authors: each mistake in its own small scenario
// (tests/data/lint/), reported at its line and column with what to do.
#include "core/authoring/author_lint.hpp"
#include "core/scenario/scenario_loader.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace rehearse;

namespace {

const std::string kLintData = REHEARSE_TEST_DATA "/lint/";

// The author lint's findings for one fixture, formatted, with the path made
// relative so the expectations read like what `validate` prints.
std::vector<std::string> authorLint(const std::string& name) {
    ScenarioLoadResult loaded = loadScenarioFromFile(kLintData + name);
    REQUIRE(loaded.scenario);
    std::vector<std::string> lines;
    for (const Diagnostic& d : lintForAuthors({*loaded.scenario})) {
        std::string line = d.format();
        lines.push_back(line.substr(kLintData.size()));
    }
    return lines;
}

}  // namespace

TEST_CASE("author lint: a scenario without these mistakes has nothing to report", "[authoring][lint]") {
    ScenarioLoadResult loaded = loadScenarioFromFile(kLintData + "toy-late-invoices.json");
    REQUIRE(loaded.scenario);
    CHECK(lintForAuthors({*loaded.scenario}).empty());
}

TEST_CASE("author lint: an ask that another fact answers", "[authoring][lint]") {
    const std::vector<std::string> lines = authorLint("ask-answered-elsewhere.json");
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].rfind("ask-answered-elsewhere.json:12:78: warning: ask 'how many invoices per day' of fact "
                         "'late-rate' is answered by fact 'volume' (",
                         0) == 0);
}

TEST_CASE("author lint: a fact none of its asks reaches", "[authoring][lint]") {
    const std::vector<std::string> lines = authorLint("fact-unreached.json");
    REQUIRE(lines.size() == 1);
    CHECK(lines[0] == "fact-unreached.json:12:56: warning: fact 'late-rate' is reached by none of its asks, so only "
                      "its topic can reach it; write asks with words a candidate would use");
}

TEST_CASE("author lint: a fact that says who approves something without a who-question among its asks", "[authoring][lint]") {
    const std::vector<std::string> lines = authorLint("owner-without-who-ask.json");
    // Not "approved by hand" or "hand-maintained", and not the fact that already asks "who decides".
    REQUIRE(lines.size() == 1);
    CHECK(lines[0] == "owner-without-who-ask.json:14:50: warning: fact 'budget' says who holds something ('Finance "
                      "approved 40,000') but none of its asks is a who-question, so 'who ...?' is declined; add one, "
                      "such as 'who approves it'");
}

TEST_CASE("author lint: a trigger waiting for another stage's key point", "[authoring][lint]") {
    const std::vector<std::string> lines = authorLint("trigger-other-stage.json");
    REQUIRE(lines.size() == 1);
    CHECK(lines[0] == "trigger-other-stage.json:49:52: warning: follow-up 'fu-leave' waits for key point "
                      "'define-late', which is not a key point of stage 'models'; name one of this stage's key points");
}

TEST_CASE("author lint: a trigger minute past the end of its stage", "[authoring][lint]") {
    const std::vector<std::string> lines = authorLint("trigger-after-stage.json");
    REQUIRE(lines.size() == 1);
    CHECK(lines[0] == "trigger-after-stage.json:45:48: warning: follow-up 'fu-time' fires at minute 7 but stage "
                      "'models' lasts 7 minutes; it would only fire on an overrun");
}

TEST_CASE("author lint: a file named otherwise than its id", "[authoring][lint]") {
    const std::vector<std::string> lines = authorLint("file-name-differs.json");
    REQUIRE(lines.size() == 1);
    CHECK(lines[0] == "file-name-differs.json:3:9: warning: the file is named 'file-name-differs.json' but its id "
                      "is 'late-invoices'; name it 'late-invoices.json'");
}

TEST_CASE("author lint: a misspelt field is an error under strict, with the field it meant", "[authoring][lint]") {
    ScenarioLoadResult loaded = loadScenarioFromFile(kLintData + "misspelt-field.json");
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics[0].severity == Diagnostic::Severity::Warning);
    makeUnknownFieldsErrors(loaded.diagnostics);
    CHECK(loaded.diagnostics[0].format() == kLintData + "misspelt-field.json:25:7: error: unknown field 'followups' "
                                                        "is ignored (did you mean 'follow_ups'?)");
}

TEST_CASE("author lint: an unknown id names the one it probably meant", "[authoring][lint]") {
    ScenarioLoadResult loaded = loadScenarioFromFile(kLintData + "misspelt-id.json");
    CHECK_FALSE(loaded.scenario);
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics[0].format() ==
          kLintData + "misspelt-id.json:49:52: error: unknown key point 'gdbt' (did you mean 'gbdt'?)");
}

TEST_CASE("author lint: a fact's ask that an assumption declines", "[authoring][lint]") {
    // The assumption 'currency' lists the volume fact's own ask, so the
    // question would be waved away instead of answered.
    const std::vector<std::string> lines = authorLint("assumption-declines-fact-ask.json");
    REQUIRE(lines.size() == 1);
    CHECK(lines[0] == "assumption-declines-fact-ask.json:10:51: warning: ask 'how many invoices per day' of fact "
                      "'volume' is declined as assumption 'currency'; reword one of them");
}
