// The editor's draft: field edits by JSON pointer with undo and redo.
#include "core/authoring/scenario_draft.hpp"

#include "test_files.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;

namespace {

ScenarioDraft toyDraftInMemory() {
    Diagnostics diagnostics;
    auto draft = ScenarioDraft::fromText(test::readAll(REHEARSE_TEST_DATA "/lint/toy-late-invoices.json"),
                                         "/tmp/toy-late-invoices.json", diagnostics);
    REQUIRE(draft);
    return std::move(*draft);
}

}  // namespace

TEST_CASE("draft: an edit changes one field and undo and redo take it back and forth", "[authoring][draft]") {
    ScenarioDraft draft = toyDraftInMemory();
    REQUIRE(draft.text("/stages/0/key_points/0/why") == "Without a label there is nothing to learn.");
    CHECK_FALSE(draft.modified());
    REQUIRE(draft.set("/stages/0/key_points/0/why", "Labels decide everything."));
    CHECK(draft.text("/stages/0/key_points/0/why") == "Labels decide everything.");
    CHECK(draft.modified());
    CHECK(draft.undoPointer() == "/stages/0/key_points/0/why");
    REQUIRE(draft.undo());
    CHECK(draft.text("/stages/0/key_points/0/why") == "Without a label there is nothing to learn.");
    CHECK_FALSE(draft.modified());
    CHECK_FALSE(draft.canUndo());
    REQUIRE(draft.redo());
    CHECK(draft.text("/stages/0/key_points/0/why") == "Labels decide everything.");
    CHECK_FALSE(draft.canRedo());
}

TEST_CASE("draft: typing into one field is one undo step, a new field starts another", "[authoring][draft]") {
    ScenarioDraft draft = toyDraftInMemory();
    draft.set("/title", "L", true);
    draft.set("/title", "La", true);
    draft.set("/title", "Lat", true);
    draft.set("/question", "Why?", true);  // another field: a step of its own
    draft.set("/question", "Why not?", true);
    REQUIRE(draft.undo());
    CHECK(draft.text("/question") == "Design a model that flags invoices likely to be paid late.");
    CHECK(draft.text("/title") == "Lat");
    REQUIRE(draft.undo());
    CHECK(draft.text("/title") == "Late invoices");
    CHECK_FALSE(draft.canUndo());
}

TEST_CASE("draft: typing again after an undo starts a new step", "[authoring][draft]") {
    ScenarioDraft draft = toyDraftInMemory();
    draft.set("/title", "One", true);
    draft.set("/title", "One two", true);
    draft.set("/question", "Q", false);
    draft.undo();
    draft.set("/title", "One two three", true);
    CHECK_FALSE(draft.canRedo());  // the new typing forgot the undone edit
    REQUIRE(draft.undo());
    CHECK(draft.text("/title") == "One two");
}

TEST_CASE("draft: typing into a field again after it lost the keyboard is a new step", "[authoring][draft]") {
    ScenarioDraft draft = toyDraftInMemory();
    draft.set("/title", "First", true);
    draft.endTyping();
    draft.set("/title", "First and second", true);
    REQUIRE(draft.undo());
    CHECK(draft.text("/title") == "First");
}

TEST_CASE("draft: a new edit after undo forgets what could be redone", "[authoring][draft]") {
    ScenarioDraft draft = toyDraftInMemory();
    draft.set("/minutes", 20);
    draft.undo();
    REQUIRE(draft.canRedo());
    draft.set("/minutes", 30);
    CHECK_FALSE(draft.canRedo());
    CHECK(draft.find("/minutes")->get<int>() == 30);
}

TEST_CASE("draft: adding and removing list entries and members undo in place", "[authoring][draft]") {
    ScenarioDraft draft = toyDraftInMemory();
    const ScenarioDraft::Json original = draft.document();
    REQUIRE(draft.insert("/facts", 1, {{"id", "new-fact"}, {"topic", "New"}}));
    CHECK(draft.text("/facts/1/id") == "new-fact");
    CHECK(draft.text("/facts/2/id") == "late-rate");
    REQUIRE(draft.remove("/facts/0"));
    CHECK(draft.text("/facts/0/id") == "new-fact");
    REQUIRE(draft.remove("/stages/0/title") == false);  // no such member
    REQUIRE(draft.remove("/tags"));
    CHECK(draft.find("/tags") == nullptr);
    REQUIRE(draft.set("/level", "staff"));  // a member the file did not have
    REQUIRE(draft.moveDown("/stages", 0));
    CHECK(draft.text("/stages/0/id") == "models");
    while (draft.canUndo()) draft.undo();
    // Order of members included: the file would be written back as it was.
    CHECK(draft.document().dump() == original.dump());
}

TEST_CASE("draft: a pointer that names nothing changes nothing", "[authoring][draft]") {
    ScenarioDraft draft = toyDraftInMemory();
    const std::size_t revision = draft.revision();
    CHECK_FALSE(draft.set("/facts/9/topic", "x"));
    CHECK_FALSE(draft.set("/nothing/here", "x"));
    CHECK_FALSE(draft.set("facts", "x"));
    CHECK_FALSE(draft.insert("/title", 0, "x"));
    CHECK_FALSE(draft.insert("/facts", 3, "x"));
    CHECK_FALSE(draft.remove("/facts/01"));
    CHECK_FALSE(draft.moveDown("/facts", 1));
    CHECK(draft.revision() == revision);
    CHECK_FALSE(draft.canUndo());
}

TEST_CASE("draft: text that is not a JSON object is refused with a located message", "[authoring][draft]") {
    Diagnostics diagnostics;
    CHECK_FALSE(ScenarioDraft::fromText("{\"id\": ", "x.json", diagnostics));
    REQUIRE_FALSE(diagnostics.empty());
    CHECK(diagnostics[0].format().rfind("x.json:1:", 0) == 0);
    diagnostics.clear();
    CHECK_FALSE(ScenarioDraft::fromText("[1]", "x.json", diagnostics));
    CHECK_FALSE(diagnostics.empty());
}
