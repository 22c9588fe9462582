// Export and import: one JSON file carries a session to another machine and
// back, byte for byte; files from a newer Rehearse or from elsewhere are
// refused with a message that says what to do.
#include "core/store/session_archive.hpp"
#include "core/store/session_recorder.hpp"
#include "core/store/store_recovery.hpp"
#include "core/store/stored_session.hpp"
#include "core/store/timestamps.hpp"
#include "store_test_support.hpp"
#include "session_test_support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace rehearse;
using namespace rehearse::test;
using nlohmann::json;

namespace {

using rehearse::test::at;

SessionRecordId recordFinishedSession(SessionStore& store, const Scenario& scenario) {
    Session session(scenario);
    SessionRecorder recorder(&store);
    recorder.startNew(session);
    std::vector<Action> actions = {
        at(3.14159, SetNotes{StageIndex(0), "Label: paid after the due date. Ünïcödé, \"quotes\", tabs\tand\nnewlines."}),
        at(10, AskClarification{"What volume?", FactId("volume"), {}}),
        at(20.5, GoToStage{StageIndex(1)}),
        at(30, CanvasUndo{}),  // does nothing: not journaled
        at(41.000001, SetNotes{StageIndex(1), "xgboost"}),
        at(50, FinishSession{}),
    };
    for (const Action& action : actions)
        if (session.apply(action)) recorder.record(session);
    recorder.checkpoint(session);  // scored on finishing, as a rehearsal does
    store.rename(*recorder.recordId(), "For my mentor");
    return *recorder.recordId();
}

}  // namespace

TEST_CASE("export, import elsewhere, export again: the same bytes", "[store][archive]") {
    TempHome home;
    Scenario scenario = copyMinimalScenario(home.path() + "/scenarios");
    auto mine = openSessionStore({home.path() + "/a/sessions.db", {}}).store;
    auto theirs = openSessionStore({home.path() + "/b/sessions.db", {}}).store;
    REQUIRE(mine);
    REQUIRE(theirs);
    SessionRecordId id = recordFinishedSession(*mine, scenario);

    std::string error;
    auto exported = exportSessionArchive(*mine, id, error);
    REQUIRE(exported);
    json file = json::parse(*exported);
    CHECK(file["rehearse_session_format"] == 1);
    CHECK(file["scenario"]["id"] == "toy-late-invoices");
    CHECK(file["scenario"]["definition"]["stages"].size() == 2);
    CHECK(file["session"]["name"] == "For my mentor");
    CHECK(file["journal"].size() == 5);
    CHECK(file["journal"][0]["type"] == "set_notes");

    ArchiveImportResult imported = importSessionArchive(*theirs, *exported);
    REQUIRE(imported.id);
    CHECK(imported.error.empty());
    CHECK(imported.warnings.empty());
    auto again = exportSessionArchive(*theirs, *imported.id, error);
    REQUIRE(again);
    CHECK(*again == *exported);

    // And the imported session opens as the original did.
    ReopenedSession a = reopenStoredSession(*mine, id, nullptr);
    ReopenedSession b = reopenStoredSession(*theirs, *imported.id, nullptr);
    REQUIRE(a.session);
    REQUIRE(b.session);
    CHECK(b.session->isFinished());
    CHECK(b.session->stageProgress(StageIndex(0)).notes == a.session->stageProgress(StageIndex(0)).notes);
    CHECK(b.session->totalSeconds(100) == a.session->totalSeconds(100));
    CHECK(theirs->session(*imported.id)->coverage == mine->session(id)->coverage);
}

TEST_CASE("importing a session already there is refused unless asked for a copy", "[store][archive]") {
    TempHome home;
    Scenario scenario = copyMinimalScenario(home.path() + "/scenarios");
    auto store = openSessionStore().store;
    SessionRecordId id = recordFinishedSession(*store, scenario);
    std::string error;
    std::string text = *exportSessionArchive(*store, id, error);
    ArchiveImportResult twice = importSessionArchive(*store, text);
    CHECK_FALSE(twice.id);
    CHECK_THAT(twice.error, Catch::Contains("already in your history as session " + std::to_string(id)));
    ArchiveImportResult copy = importSessionArchive(*store, text, {true});
    REQUIRE(copy.id);
    CHECK(store->session(*copy.id)->uid != store->session(id)->uid);
    CHECK(store->listSessions().size() == 2);
    CHECK(store->connection().queryInt("SELECT count(*) FROM scenario_copies") == 1);
}

TEST_CASE("a session file from a newer Rehearse gets a clear message and changes nothing", "[store][archive]") {
    TempHome home;
    Scenario scenario = copyMinimalScenario(home.path() + "/scenarios");
    auto store = openSessionStore().store;
    SessionRecordId id = recordFinishedSession(*store, scenario);
    std::string error;
    json file = json::parse(*exportSessionArchive(*store, id, error));
    file["rehearse_session_format"] = 2;
    file["journal"].push_back({{"type", "voice_note"}, {"at", 60}});
    ArchiveImportResult result = importSessionArchive(*store, file.dump());
    CHECK_FALSE(result.id);
    CHECK(result.error ==
          "this session file was written by a newer version of Rehearse (session format 2; this version reads "
          "format 1). Update Rehearse to import it.");
    CHECK(store->listSessions().size() == 1);
}

TEST_CASE("broken session files are refused with the reason", "[store][archive]") {
    TempHome home;
    Scenario scenario = copyMinimalScenario(home.path() + "/scenarios");
    auto store = openSessionStore().store;
    SessionRecordId id = recordFinishedSession(*store, scenario);
    std::string error;
    json good = json::parse(*exportSessionArchive(*store, id, error));
    store->markDeleted(id, 1);
    store->purgeDeleted(2);

    auto refused = [&](const std::string& text) {
        ArchiveImportResult r = importSessionArchive(*store, text);
        CHECK_FALSE(r.id);
        return r.error;
    };
    CHECK_THAT(refused("{ not json"), Catch::Contains("not a Rehearse session file"));
    CHECK_THAT(refused("[1,2,3]"), Catch::Contains("not a JSON object"));
    CHECK_THAT(refused(R"({"journal": []})"), Catch::Contains("'rehearse_session_format' is missing"));
    CHECK_THAT(refused(R"({"rehearse_session_format": "one"})"), Catch::Contains("positive whole number"));

    json noJournal = good;
    noJournal.erase("journal");
    CHECK_THAT(refused(noJournal.dump()), Catch::Contains("journal"));

    json badTime = good;
    badTime["session"]["created"] = "yesterday";
    CHECK_THAT(refused(badTime.dump()), Catch::Contains("session.created is not an ISO 8601 UTC time"));

    json badScenario = good;
    badScenario["scenario"]["definition"]["stages"] = "none";
    CHECK_THAT(refused(badScenario.dump()), Catch::Contains("the scenario inside the file is not valid"));

    json badAction = good;
    badAction["journal"].push_back(42);
    CHECK_THAT(refused(badAction.dump()), Catch::Contains("not an action"));
    CHECK(store->listSessions().empty());

    // Unknown actions from a same-format file are kept, with a warning.
    json unknown = good;
    unknown["journal"].insert(unknown["journal"].begin() + 1, json{{"type", "voice_note"}, {"at", 4}});
    ArchiveImportResult kept = importSessionArchive(*store, unknown.dump());
    REQUIRE(kept.id);
    REQUIRE(kept.warnings.size() == 1);
    CHECK_THAT(kept.warnings[0], Catch::Contains("1 action(s)"));
    CHECK(store->journal(*kept.id).size() == 6);
}

TEST_CASE("ISO times round-trip to the millisecond", "[store][archive]") {
    for (std::int64_t ms : {0LL, 1714555812345LL, 1714555812000LL, 4102444799999LL}) {
        auto back = parseIsoUtc(formatIsoUtc(ms));
        REQUIRE(back);
        CHECK(*back == ms);
    }
    CHECK(formatIsoUtc(1714555812345LL) == "2024-05-01T09:30:12.345Z");
    CHECK(parseIsoUtc("2024-05-01T09:30:12Z") == 1714555812000LL);
    CHECK_FALSE(parseIsoUtc("2024-05-01 09:30:12"));
    CHECK_FALSE(parseIsoUtc("2024-13-01T09:30:12Z"));
}
