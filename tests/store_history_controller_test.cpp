// The history screen's rules without the screen: what each dialog does when
// its operation fails or succeeds, what the user is told, which session is
// selected afterwards, and what may not be deleted.
#include "core/store/history_controller.hpp"
#include "core/store/store_recovery.hpp"
#include "store_test_support.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;
using namespace rehearse::test;

TEST_CASE("history controller: a refused rename keeps its dialog and what was typed", "[store][history]") {
    TempHome home;
    const Scenario scenario = copyMinimalScenario(home.path());
    auto store = openSessionStore().store;
    REQUIRE(store);
    const SessionRecordId id = storeUnfinishedRehearsal(*store, scenario);
    HistoryController history;
    history.reload(store.get());
    history.update(true, std::nullopt);

    history.beginRename(id);
    CHECK(history.renaming() == id);
    CHECK(history.renameText() == scenario.title);  // the name the list shows

    const std::string tooLong(kMaxSessionNameLength + 1, 'x');
    history.renameText() = tooLong;
    CHECK_FALSE(history.confirmRename(*store));
    CHECK(history.renaming() == id);
    CHECK(history.renameText() == tooLong);
    CHECK(history.dialogError().find("Not renamed: a name has at most 120 characters") == 0);
    CHECK(store->session(id)->name.empty());
    CHECK(history.message().empty());  // the reason is in the dialog, not under the header

    history.renameText() = "  For my mentor ";
    CHECK(history.confirmRename(*store));
    CHECK(history.renaming() == 0);
    CHECK(history.dialogError().empty());
    CHECK(history.selected() == id);
    CHECK(store->session(id)->name == "For my mentor");

    // Cancel leaves the name as it was.
    history.reload(store.get());
    history.beginRename(id);
    CHECK(history.renameText() == "For my mentor");
    history.renameText() = "Something else";
    history.cancelRename();
    CHECK(history.renaming() == 0);
    CHECK(store->session(id)->name == "For my mentor");
}

TEST_CASE("history controller: a failed export keeps its dialog and path, a success says where", "[store][history]") {
    TempHome home;
    const Scenario scenario = copyMinimalScenario(home.path());
    auto store = openSessionStore().store;
    REQUIRE(store);
    const SessionRecordId id = storeUnfinishedRehearsal(*store, scenario);
    HistoryController history;
    history.reload(store.get());
    history.update(true, std::nullopt);

    history.beginExport(id, home.path());
    REQUIRE(history.exporting() == id);
    // A name a mentor recognises: scenario, date, session.
    CHECK(history.exportPath().find(home.path() + "/" + scenario.id + "-") == 0);
    CHECK_THAT(history.exportPath(), Catch::EndsWith("-" + std::to_string(id) + ".rehearse.json"));

    const std::string taken = home.path() + "/taken.json";
    writeAll(taken, "my own notes");
    history.exportPath() = taken;
    CHECK_FALSE(history.confirmExport(*store));
    CHECK(history.exporting() == id);
    CHECK(history.exportPath() == taken);
    CHECK(history.dialogError().find("exists already") != std::string::npos);
    CHECK(readAll(taken) == "my own notes");

    history.exportPath().clear();
    CHECK_FALSE(history.confirmExport(*store));
    CHECK(history.dialogError() == "Not exported: no file name given");

    const std::string file = home.path() + "/session.rehearse.json";
    history.exportPath() = file;
    CHECK(history.confirmExport(*store));
    CHECK(history.exporting() == 0);
    CHECK(history.dialogError().empty());
    CHECK(history.message() == "Exported to " + file);
    CHECK_FALSE(history.messageIsError());
    CHECK(exists(file));
}

TEST_CASE("history controller: a failed import keeps its dialog, a success selects the session", "[store][history]") {
    TempHome home;
    const Scenario scenario = copyMinimalScenario(home.path());
    auto store = openSessionStore().store;
    REQUIRE(store);
    const SessionRecordId id = storeUnfinishedRehearsal(*store, scenario);
    const std::string file = home.path() + "/session.rehearse.json";
    REQUIRE(HistoryActions::exportTo(*store, id, file).ok);
    HistoryController history;
    history.reload(store.get());
    history.update(true, std::nullopt);

    history.beginImport(home.path());
    REQUIRE(history.importing());
    CHECK(history.importPath() == home.path() + "/");
    CHECK_FALSE(history.confirmImport(*store));  // a folder, not a file
    CHECK(history.importing());
    CHECK(history.dialogError().find("Not imported: ") == 0);

    // Already here: refused until asked for a copy.
    history.importPath() = file;
    CHECK_FALSE(history.confirmImport(*store));
    CHECK(history.importing());
    CHECK(store->listSessions().size() == 1);
    history.importAsCopy() = true;
    CHECK(history.confirmImport(*store));
    CHECK_FALSE(history.importing());
    CHECK(history.dialogError().empty());
    CHECK(history.selected() != id);
    CHECK(history.message() == "Imported as session " + std::to_string(history.selected()) + ".");
    CHECK(store->listSessions().size() == 2);

    // Reopened, it offers the path typed last time.
    history.beginImport(home.path());
    CHECK(history.importPath() == file);
    history.cancelImport();
    CHECK_FALSE(history.importing());

    // Nothing is imported where sessions cannot be saved.
    history.update(false, std::nullopt);
    history.beginImport(home.path());
    CHECK_FALSE(history.confirmImport(*store));
    CHECK(history.dialogError() == "Not imported: sessions cannot be saved this run");
    CHECK(store->listSessions().size() == 2);
}

TEST_CASE("history controller: the rehearsal in progress is not deleted, others come back with undo",
          "[store][history]") {
    TempHome home;
    const Scenario scenario = copyMinimalScenario(home.path());
    auto store = openSessionStore().store;
    REQUIRE(store);
    const SessionRecordId id = storeUnfinishedRehearsal(*store, scenario);
    HistoryController history;
    history.reload(store.get());

    history.update(true, id);  // open in the app, unfinished
    REQUIRE(history.current() == id);
    CHECK_FALSE(history.mayDelete(id));
    history.remove(*store, id, 1000);
    CHECK(history.messageIsError());
    CHECK(history.message() == "Not deleted: it is the rehearsal you are in");
    CHECK(store->listSessions().size() == 1);
    CHECK_FALSE(history.lastRemoved());

    history.update(false, std::nullopt);  // a store that takes no writes
    CHECK_FALSE(history.mayDelete(id));
    CHECK_FALSE(history.mayRename());
    history.remove(*store, id, 1000);
    CHECK(history.message() == "Not deleted: sessions cannot be changed this run");
    CHECK(store->listSessions().size() == 1);

    history.update(true, std::nullopt);
    CHECK_FALSE(history.current());
    CHECK(history.mayDelete(id));
    history.remove(*store, id, 1000);
    CHECK_FALSE(history.messageIsError());
    CHECK(store->listSessions().empty());
    REQUIRE(history.lastRemoved());
    CHECK(history.lastRemoved()->id == id);

    history.reload(store.get());
    CHECK(history.sessions().empty());
    history.undoRemove(*store);
    CHECK(history.selected() == id);  // selected again in the list
    CHECK_FALSE(history.lastRemoved());
    history.reload(store.get());
    REQUIRE(history.find(id));
    CHECK(history.finishedCount() == 0);

    history.say("Cannot open it", true);
    CHECK(history.message() == "Cannot open it");
    history.dismissMessage();
    CHECK(history.message().empty());
}
