// Try it: what the interviewer does with a typed question or sentence, and why.
#include "core/authoring/try_question.hpp"
#include "core/authoring/try_sentence.hpp"
#include "core/scenario/scenario_loader.hpp"
#include "core/session/session.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace rehearse;

namespace {

Scenario toy() {
    ScenarioLoadResult loaded = loadScenarioFromFile(REHEARSE_TEST_DATA "/lint/toy-late-invoices.json");
    REQUIRE(loaded.scenario);
    return *loaded.scenario;
}

bool contains(const std::vector<std::string>& words, const std::string& word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

const KeyPointTrial* find(const SentenceTrial& trial, const std::string& id) {
    for (const KeyPointTrial& point : trial.keyPoints)
        if (point.id == id) return &point;
    return nullptr;
}

}  // namespace

TEST_CASE("try it: a question shows the fact it reaches, the runner-up and the shared words", "[authoring][try]") {
    const Scenario scenario = toy();
    const QuestionTrial trial = tryQuestion(scenario, "How many invoices come in per day?");
    REQUIRE(trial.answered == std::vector<std::string>{"volume"});
    CHECK(trial.best.id == "volume");
    CHECK(trial.best.score >= trial.threshold);
    CHECK(trial.best.closestAsk == "how many invoices per day");
    CHECK(contains(trial.best.sharedWords, "invoices"));
    CHECK(contains(trial.best.sharedWords, "day"));
    CHECK_FALSE(contains(trial.best.sharedWords, "how"));  // a stop word decides nothing
    CHECK(trial.runnerUp.id == "late-rate");
    CHECK(trial.runnerUp.score < trial.best.score);
    CHECK(trial.reply.find("20,000") != std::string::npos);
}

TEST_CASE("try it: a question no fact answers is declined, with the closest fact still shown", "[authoring][try]") {
    const Scenario scenario = toy();
    const QuestionTrial trial = tryQuestion(scenario, "Which cloud provider do you use?");
    CHECK(trial.answered.empty());
    CHECK(trial.reply == Session::noMatchReply());
    CHECK_FALSE(trial.best.id.empty());
    CHECK(trial.best.score < trial.threshold);
    // The author sees why: no word of it is in a fact's topic or asks.
    CHECK(trial.declinedBecause == "it shares no word with any fact's topic or asks");
    // Or which question no fact answers it is closer to.
    const QuestionTrial vendor = tryQuestion(scenario, "Which invoice provider do you use?");
    CHECK(vendor.answered.empty());
    CHECK(vendor.declinedBecause.find("closer to a question no fact answers") != std::string::npos);
}

TEST_CASE("try it: an answered question carries no reason to decline", "[authoring][try]") {
    const QuestionTrial trial = tryQuestion(toy(), "How many invoices come in per day?");
    REQUIRE_FALSE(trial.answered.empty());
    CHECK(trial.declinedBecause.empty());
}

TEST_CASE("try it: a sentence covers a key point and says which phrase did it", "[authoring][try]") {
    const Scenario scenario = toy();
    const SentenceTrial trial = trySentence(scenario, StageKind::Models, "I would train gradient boosted trees.");
    const KeyPointTrial* point = find(trial, "gbdt");
    REQUIRE(point);
    CHECK(point->covered);
    CHECK(point->reason == "matched 'gradient boosted'");
    CHECK(trial.pitfalls.empty());
}

TEST_CASE("try it: a sentence that rejects an idea says why it does not cover it", "[authoring][try]") {
    const Scenario scenario = toy();
    const SentenceTrial trial =
        trySentence(scenario, StageKind::Models, "Gradient boosted trees are unnecessary for this.");
    const KeyPointTrial* point = find(trial, "gbdt");
    REQUIRE(point);
    CHECK_FALSE(point->covered);
    CHECK(point->reason.find("rejected") != std::string::npos);
}

TEST_CASE("try it: a dismissal of several words is quoted whole", "[authoring][try]") {
    const SentenceTrial trial =
        trySentence(toy(), StageKind::Models, "Gradient boosted trees are mostly operational overhead.");
    const KeyPointTrial* point = find(trial, "gbdt");
    REQUIRE(point);
    CHECK_FALSE(point->covered);
    CHECK(point->reason.find("rejected by 'operational overhead'") != std::string::npos);
}

TEST_CASE("try it: half of what a key point needs, and a pitfall", "[authoring][try]") {
    const Scenario scenario = toy();
    SentenceTrial trial = trySentence(scenario, StageKind::Clarify, "The label is whether it is paid.");
    const KeyPointTrial* point = find(trial, "define-late");
    REQUIRE(point);
    CHECK_FALSE(point->covered);
    CHECK(point->reason == "matched 'label': 1 of the 2 concepts it needs");

    trial = trySentence(scenario, StageKind::Clarify, "We will maximise accuracy on the validation set.");
    REQUIRE(trial.pitfalls.size() == 1);
    CHECK(trial.pitfalls[0].id == "pf-accuracy");
    CHECK(trial.pitfalls[0].phrase == "accuracy");
    // A sentence about nothing in the scenario lists nothing.
    trial = trySentence(scenario, StageKind::Clarify, "The weather is nice today.");
    CHECK(trial.keyPoints.empty());
    CHECK(trial.pitfalls.empty());
}
