// "Try it" while a new entry is still empty: the author tries the rest of the
// draft, their latest edits included, and is told what was left out; only an
// error elsewhere stops the trial.
#include "core/authoring/draft_check.hpp"
#include "core/authoring/draft_trial.hpp"
#include "core/authoring/fresh_entries.hpp"

#include "test_files.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;

namespace {

ScenarioDraft trialToyDraft() {
    Diagnostics diagnostics;
    auto draft = ScenarioDraft::fromText(test::readAll(REHEARSE_TEST_DATA "/lint/toy-late-invoices.json"),
                                         "/tmp/toy-late-invoices.json", diagnostics);
    REQUIRE(draft);
    return std::move(*draft);
}

// What the editor's "+ Add fact" inserts at the end of the facts.
std::string addEmptyFact(ScenarioDraft& draft) {
    const std::size_t count = draft.find("/facts")->size();
    REQUIRE(draft.insert("/facts", count, {{"id", "fact-3"}, {"topic", ""}, {"asks", ScenarioDraft::Json::array()},
                                           {"answer", ""}}));
    return "/facts/" + std::to_string(count);
}

}  // namespace

TEST_CASE("draft trial: a draft that loads is tried as it is", "[authoring][draft]") {
    const ScenarioDraft draft = trialToyDraft();
    const DraftTrial trial = trialOf(draft, checkDraft(draft), FreshEntries());
    REQUIRE(trial.scenario);
    CHECK(trial.leftOut.empty());
    CHECK(trial.note.empty());
}

TEST_CASE("draft trial: a new untouched fact does not stop trying the rest of the draft", "[authoring][draft]") {
    ScenarioDraft draft = trialToyDraft();
    FreshEntries fresh;
    const std::string entry = addEmptyFact(draft);
    fresh.added(entry);
    // An edit made after adding it: the trial must hold it (the last version that loaded would not).
    REQUIRE(draft.set("/facts/0/answer", "About 35,000 invoices a day."));
    fresh.edited("/facts/0/answer");
    const DraftCheck check = checkDraft(draft);
    REQUIRE(check.hasErrors());  // the empty fact's topic, asks and answer
    REQUIRE_FALSE(check.scenario);

    const DraftTrial trial = trialOf(draft, check, fresh);
    REQUIRE(trial.scenario);
    CHECK(trial.leftOut == std::vector<std::string>{entry});
    REQUIRE(trial.scenario->facts.size() == 2);
    CHECK(trial.scenario->facts[0].answer == "About 35,000 invoices a day.");
    CHECK(trial.note == "Trying the draft without the new fact until it is filled in: the topic, asks and answer.");
}

TEST_CASE("draft trial: several new entries are left out together, in file order", "[authoring][draft]") {
    ScenarioDraft draft = trialToyDraft();
    FreshEntries fresh;
    const std::string points = "/stages/0/key_points";
    const std::size_t count = draft.find(points)->size();
    REQUIRE(draft.insert(points, count, {{"id", "point-9"}, {"text", ""}, {"why", ""},
                                         {"concepts", ScenarioDraft::Json::array()}, {"weight", 2}}));
    fresh.added(points + "/" + std::to_string(count));
    fresh.added(addEmptyFact(draft));

    const DraftTrial trial = trialOf(draft, checkDraft(draft), fresh);
    REQUIRE(trial.scenario);
    CHECK(trial.leftOut == std::vector<std::string>{"/facts/2", points + "/" + std::to_string(count)});
    CHECK(trial.scenario->stages[0].keyPoints.size() == count);
    CHECK(trial.note == "Trying the draft without the new fact and the new key point until they are filled in.");
}

TEST_CASE("draft trial: an error outside the new entries, or in one the author has edited, stops the trial",
          "[authoring][draft]") {
    ScenarioDraft draft = trialToyDraft();
    FreshEntries fresh;
    const std::string entry = addEmptyFact(draft);
    fresh.added(entry);
    REQUIRE(draft.set("/facts/0/answer", ""));  // an error in a fact that was there before
    CHECK_FALSE(trialOf(draft, checkDraft(draft), fresh).scenario);

    REQUIRE(draft.set("/facts/0/answer", "About 20,000 invoices a day."));
    REQUIRE(draft.set(entry + "/topic", "Languages"));
    fresh.edited(entry + "/topic");  // no longer fresh: its empty asks and answer are errors like any other
    const DraftTrial trial = trialOf(draft, checkDraft(draft), fresh);
    CHECK_FALSE(trial.scenario);
    CHECK(trial.note.empty());
}
