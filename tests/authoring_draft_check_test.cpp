// An editor's live diagnostics: validate --strict on the draft, each finding
// tied to the JSON pointer of the field it concerns; saving in the canonical
// layout, never over a file with a draft that does not load.
#include "core/authoring/draft_check.hpp"
#include "core/authoring/draft_save.hpp"
#include "core/authoring/scenario_scaffold.hpp"
#include "core/scenario/scenario_format.hpp"
#include "core/scenario/scenario_loader.hpp"

#include "test_files.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace rehearse;
namespace fs = std::filesystem;

namespace {

const std::string kToyDraftPath = REHEARSE_TEST_DATA "/lint/toy-late-invoices.json";

ScenarioDraft toyDraftAt(const std::string& path = "/tmp/toy-late-invoices.json") {
    Diagnostics diagnostics;
    auto draft = ScenarioDraft::fromText(test::readAll(kToyDraftPath), path, diagnostics);
    REQUIRE(draft);
    return std::move(*draft);
}

bool anyMentions(const std::vector<const FieldDiagnostic*>& found, const std::string& words) {
    for (const FieldDiagnostic* d : found)
        if (d->diagnostic.message.find(words) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("draft check: a draft that loads has a scenario and only strict warnings", "[authoring][draft]") {
    const DraftCheck check = checkDraft(toyDraftAt());
    REQUIRE(check.scenario);
    CHECK(check.scenario->id == "toy-late-invoices");
    CHECK_FALSE(check.hasErrors());
    // The toy is far below the shipped bar: validate --strict says so at /facts.
    CHECK(anyMentions(check.at("/facts"), "has 2 facts"));
}

TEST_CASE("draft check: an error appears at its field as it is made and goes with undo", "[authoring][draft]") {
    ScenarioDraft draft = toyDraftAt();
    const std::string trigger = "/stages/0/follow_ups/0/trigger/key_point";
    REQUIRE(draft.set(trigger, "define-lat", true));
    DraftCheck check = checkDraft(draft);
    CHECK(check.hasErrors());
    CHECK_FALSE(check.scenario);
    REQUIRE_FALSE(check.at(trigger).empty());
    CHECK(check.at(trigger)[0]->diagnostic.severity == Diagnostic::Severity::Error);
    CHECK(anyMentions(check.at(trigger), "define-late"));  // did you mean
    CHECK(check.within("/stages/0").size() >= 1);
    CHECK(check.within("/stages/1").empty());
    draft.undo();
    check = checkDraft(draft);
    CHECK_FALSE(check.hasErrors());
    CHECK(check.at(trigger).empty());
}

TEST_CASE("draft check: a misspelt field is an error at its name, as under --strict", "[authoring][draft]") {
    ScenarioDraft draft = toyDraftAt();
    REQUIRE(draft.set("/stages/1/followups", ScenarioDraft::Json::array()));
    const DraftCheck check = checkDraft(draft);
    REQUIRE_FALSE(check.at("/stages/1/followups").empty());
    CHECK(check.at("/stages/1/followups")[0]->diagnostic.severity == Diagnostic::Severity::Error);
    CHECK(anyMentions(check.at("/stages/1/followups"), "follow_ups"));
}

TEST_CASE("draft check: wrong types and missing fields land on the field or the object", "[authoring][draft]") {
    ScenarioDraft draft = toyDraftAt();
    REQUIRE(draft.set("/stages/1/minutes", "seven"));
    REQUIRE(draft.remove("/facts/1/answer"));
    REQUIRE(draft.set("/stages/0/key_points/0/concepts", ScenarioDraft::Json::array()));
    const DraftCheck check = checkDraft(draft);
    CHECK_FALSE(check.at("/stages/1/minutes").empty());
    CHECK(anyMentions(check.at("/facts/1"), "answer"));
    CHECK_FALSE(check.within("/stages/0/key_points/0").empty());
}

TEST_CASE("draft check: the author lint and the file name are judged at the draft's path", "[authoring][draft]") {
    ScenarioDraft draft = toyDraftAt("/tmp/somewhere/late.json");
    CHECK(anyMentions(checkDraft(draft).at("/id"), "name it 'toy-late-invoices.json'"));
    draft.setPath("/tmp/somewhere/toy-late-invoices.json");
    CHECK(checkDraft(draft).at("/id").empty());
    // A trigger minute past the end of its stage (author lint).
    REQUIRE(draft.set("/stages/0/follow_ups/0/trigger/minute", 6));
    CHECK(anyMentions(checkDraft(draft).at("/stages/0/follow_ups/0/trigger/minute"), "only fire on an overrun"));
}

TEST_CASE("draft check: text copied from another scenario of the library is found in the draft",
          "[authoring][draft]") {
    ScenarioLoadResult other = loadScenarioFromFile(REHEARSE_SCENARIO_DIR "/spam-email-detection.json");
    REQUIRE(other.scenario);
    ScenarioDraft draft = toyDraftAt();
    const std::string copied = other.scenario->stages[0].reference;
    REQUIRE(copied.size() >= 40);
    REQUIRE(draft.set("/stages/0/reference", copied));
    const DraftCheck check = checkDraft(draft, {*other.scenario});
    CHECK(anyMentions(check.at("/stages/0/reference"), "same text as"));
    for (const FieldDiagnostic& d : check.diagnostics) CHECK(d.diagnostic.path == draft.path());
}

TEST_CASE("draft save: writes the canonical layout and refuses a draft with errors", "[authoring][draft]") {
    const fs::path folder = fs::temp_directory_path() / "rehearse-draft-save-test";
    fs::remove_all(folder);
    ScenarioDraft draft = toyDraftAt((folder / "nested" / "toy-late-invoices.json").string());
    REQUIRE(draft.set("/title", "Late invoices, edited"));
    DraftSaveResult saved = saveDraft(draft);
    REQUIRE(saved.saved);
    CHECK_FALSE(draft.modified());
    const std::string written = test::readAll(draft.path());
    REQUIRE(formatScenarioText(written, draft.path()).text == written);  // canonical already
    ScenarioLoadResult reloaded = loadScenarioFromText(written, draft.path());
    REQUIRE(reloaded.scenario);
    CHECK(reloaded.scenario->title == "Late invoices, edited");

    REQUIRE(draft.set("/stages/1/minutes", "seven"));
    saved = saveDraft(draft);
    CHECK_FALSE(saved.saved);
    CHECK(saved.message.find("error") != std::string::npos);
    CHECK(draft.modified());
    CHECK(test::readAll(draft.path()) == written);  // the last version that loaded stays
    fs::remove_all(folder);
}

TEST_CASE("draft check: a copy made by Edit is not warned against its own original, only against others",
          "[authoring][draft]") {
    const std::string originalPath = REHEARSE_SCENARIO_DIR "/spam-email-detection.json";
    ScenarioLoadResult original = loadScenarioFromFile(originalPath);
    ScenarioLoadResult other = loadScenarioFromFile(REHEARSE_SCENARIO_DIR "/payment-fraud-detection.json");
    REQUIRE(original.scenario);
    REQUIRE(other.scenario);
    const std::string copyPath = "/tmp/rehearse-copy/spam-email-detection-copy.json";
    ScenarioScaffold copy = copyScenario(test::readAll(originalPath), originalPath, "spam-email-detection-copy", copyPath);
    REQUIRE(copy.text);
    Diagnostics problems;
    std::optional<ScenarioDraft> draft = ScenarioDraft::fromText(*copy.text, copyPath, problems);
    REQUIRE(draft);
    auto sameText = [](const DraftCheck& check, const std::string& file) {
        std::size_t count = 0;
        for (const FieldDiagnostic& d : check.diagnostics)
            count += d.diagnostic.message.find("same text as " + file) != std::string::npos;
        return count;
    };
    const std::vector<Scenario> library = {*original.scenario, *other.scenario};
    CHECK(sameText(checkDraft(*draft, library), originalPath) >= 100);  // what the editor showed before
    CHECK(sameText(checkDraft(*draft, library, originalPath), originalPath) == 0);

    // Text taken from another scenario is still found.
    REQUIRE(draft->set("/stages/0/reference", other.scenario->stages[0].reference));
    const DraftCheck check = checkDraft(*draft, library, originalPath);
    CHECK(anyMentions(check.at("/stages/0/reference"), "same text as " + other.scenario->sourcePath));
}
