// The history screen's and `rehearse sessions`' actions on stored
// rehearsals: what a user sees after renaming, deleting (and undoing),
// exporting and importing, and that a refused action changes nothing.
#include "core/store/history_actions.hpp"
#include "core/store/store_recovery.hpp"
#include "store_test_support.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;
using namespace rehearse::test;

TEST_CASE("history: renaming to the scenario's title shows the title again", "[store][history]") {
    TempHome home;
    const Scenario scenario = copyMinimalScenario(home.path());
    auto store = openSessionStore().store;
    REQUIRE(store);
    const SessionRecordId id = storeUnfinishedRehearsal(*store, scenario);

    HistoryOutcome outcome = HistoryActions::rename(*store, id, "For my mentor");
    CHECK(outcome.ok);
    CHECK(store->session(id)->name == "For my mentor");

    outcome = HistoryActions::rename(*store, id, store->session(id)->scenarioTitle);
    CHECK(outcome.ok);
    CHECK(store->session(id)->name.empty());
    CHECK(store->session(id)->displayName() == scenario.title);

    // Bytes from another encoding are stored as UTF-8 the list can show.
    outcome = HistoryActions::rename(*store, id, "caf\xe9");
    CHECK(outcome.ok);
    CHECK(store->session(id)->name == "caf\xEF\xBF\xBD");

    outcome = HistoryActions::rename(*store, id + 100, "nobody");
    CHECK_FALSE(outcome.ok);
    CHECK(outcome.message.find("Not renamed") == 0);
}

TEST_CASE("history: a deleted session comes back with undo, once", "[store][history]") {
    TempHome home;
    const Scenario scenario = copyMinimalScenario(home.path());
    auto store = openSessionStore().store;
    REQUIRE(store);
    const SessionRecordId id = storeUnfinishedRehearsal(*store, scenario);
    HistoryActions actions;

    CHECK(actions.remove(*store, id, 1000).ok);
    CHECK(store->listSessions().empty());
    REQUIRE(actions.lastRemoved());
    CHECK(actions.lastRemoved()->id == id);

    const HistoryOutcome undone = actions.undoRemove(*store);
    CHECK(undone.ok);
    CHECK(undone.id == id);  // selected again in the list
    CHECK(store->listSessions().size() == 1);
    CHECK_FALSE(actions.lastRemoved());
    CHECK_FALSE(actions.undoRemove(*store).ok);
}

TEST_CASE("history: export never overwrites, and the file imports elsewhere", "[store][history]") {
    TempHome home;
    const Scenario scenario = copyMinimalScenario(home.path());
    auto store = openSessionStore().store;
    REQUIRE(store);
    const SessionRecordId id = storeUnfinishedRehearsal(*store, scenario);
    const std::string file = home.path() + "/session.rehearse.json";

    HistoryOutcome outcome = HistoryActions::exportTo(*store, id, file);
    REQUIRE(outcome.ok);
    CHECK(outcome.message == "Exported to " + file);
    const std::string written = readAll(file);

    writeAll(file, "my own notes");
    outcome = HistoryActions::exportTo(*store, id, file);
    CHECK_FALSE(outcome.ok);
    CHECK(outcome.message.find("exists already") != std::string::npos);
    CHECK(readAll(file) == "my own notes");

    writeAll(file, written);
    // Already here: refused, then taken as a copy when asked.
    outcome = HistoryActions::importFrom(*store, file, false);
    CHECK_FALSE(outcome.ok);
    CHECK(outcome.message.find("Not imported: ") == 0);
    CHECK(store->listSessions().size() == 1);
    outcome = HistoryActions::importFrom(*store, file, true);
    REQUIRE(outcome.ok);
    REQUIRE(outcome.id);
    CHECK(*outcome.id != id);
    CHECK(outcome.message.find("Imported as session " + std::to_string(*outcome.id)) == 0);
    CHECK(store->listSessions().size() == 2);

    outcome = HistoryActions::importFrom(*store, home.path() + "/missing.json", false);
    CHECK_FALSE(outcome.ok);
    CHECK(store->listSessions().size() == 2);
}

TEST_CASE("history: a name is one line without surrounding spaces, and not too long", "[store][history]") {
    CHECK(normalizedSessionName("  For\nmy mentor\t ") == "For my mentor");
    CHECK(normalizedSessionName(" \r\n\t ").empty());
    CHECK(normalizedSessionName("caf\xc3\xa9 \x1b[2J") == "caf\xc3\xa9  [2J");

    TempHome home;
    const Scenario scenario = copyMinimalScenario(home.path());
    auto store = openSessionStore().store;
    REQUIRE(store);
    const SessionRecordId id = storeUnfinishedRehearsal(*store, scenario);

    CHECK(HistoryActions::rename(*store, id, "  Mock with Ana\n").ok);
    CHECK(store->session(id)->name == "Mock with Ana");
    // Spaces alone clear it, as an empty name does: the title shows again.
    CHECK(HistoryActions::rename(*store, id, "   ").ok);
    CHECK(store->session(id)->name.empty());

    // Counted in characters, not bytes: 120 two-byte letters fit.
    std::string longest;
    for (std::size_t i = 0; i < kMaxSessionNameLength; ++i) longest += "\xc3\xa9";
    CHECK(HistoryActions::rename(*store, id, longest).ok);
    CHECK(store->session(id)->name == longest);
    const HistoryOutcome refused = HistoryActions::rename(*store, id, longest + "x");
    CHECK_FALSE(refused.ok);
    CHECK(refused.message == "Not renamed: a name has at most 120 characters; this one has 121");
    CHECK(store->session(id)->name == longest);
}
