// The app's side of "a candidate leaving mid-interview keeps the pair copy":
// on two machines the candidate's rehearsal is adopted unrecorded (its copy
// is stored once the scenario is revealed); going to the library and
// starting another rehearsal replaces it, and its copy must be in the
// history all the same. And a copy one side kept, reopened from the
// history, is that side's own debrief, not the hot seat's hand-over.
#include "app/app_state.hpp"
#include "app/panel_routes.hpp"
#include "app/session_persistence.hpp"
#include "core/pair/pair_link.hpp"
#include "app/widget_handles.hpp"
#include "headless_imgui.hpp"
#include "headless_panels.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace rehearse;

namespace {

// A data folder of its own for the store, removed afterwards.
struct TempDataHome {
    std::string path;
    TempDataHome() {
        char pattern[] = "/tmp/rehearse-gui-XXXXXX";
        path = mkdtemp(pattern);
        setenv("XDG_DATA_HOME", path.c_str(), 1);
    }
    ~TempDataHome() {
        unsetenv("XDG_DATA_HOME");
        std::filesystem::remove_all(path);
    }
};

void deliverAll(PairLink& a, PairLink& b) {
    for (bool moved = true; moved;) {
        moved = false;
        for (const std::string& m : a.takeOutgoing()) b.receive(m), moved = true;
        for (const std::string& m : b.takeOutgoing()) a.receive(m), moved = true;
    }
}

}  // namespace

TEST_CASE("a pair candidate who leaves mid-interview for another rehearsal keeps the pair copy", "[gui][pair]") {
    TempDataHome home;
    SessionPersistence persistence(PersistenceOptions{true, false});
    REQUIRE(persistence.store());
    AppState app({REHEARSE_SCENARIO_DIR});
    app.setPersistence(&persistence);
    const Scenario* scenario = app.library().find("spam-email-detection");
    REQUIRE(scenario);

    PairLink interviewer(std::make_unique<InterviewerPeer>(*scenario, "Ada"));
    PairLink candidate(std::make_unique<CandidatePeer>("Grace"));
    deliverAll(interviewer, candidate);
    std::unique_ptr<Rehearsal> answering = interviewer.makeRehearsal();
    app.adoptPairRehearsal(candidate.makeRehearsal(), false);  // as PairNetwork adopts the candidate's side
    REQUIRE(app.rehearsal().ask("How many emails a day?"));
    app.rehearsal().typeNotes(StageIndex(0), "10B a day");
    app.rehearsal().commitNotes();
    deliverAll(interviewer, candidate);

    app.showLibrary();
    app.startSession(*scenario);  // another rehearsal, alone
    REQUIRE(app.rehearsal().dispatch(SetNotes{StageIndex(0), "on my own"}));
    app.closeSession();

    const std::vector<SessionRecord> records = persistence.store()->listSessions();
    REQUIRE(records.size() == 2);
    const SessionRecord& pair = records[0].pair ? records[0] : records[1];
    REQUIRE(pair.pair);
    CHECK(pair.pair->keptBy == PairRole::Candidate);
    CHECK(pair.pair->interviewer == "Ada");
    candidate.detach();  // the rehearsal it fed is gone
}

// PairNetwork::ownsRehearsal asks whether the app's rehearsal is still the
// one the pair session adopted. An address cannot say it: the rehearsal
// that replaces a freed one is often allocated where it was.
TEST_CASE("a rehearsal adopted in place of another is told apart from it even at the same address", "[gui][pair]") {
    AppState app({REHEARSE_SCENARIO_DIR});
    const Scenario* scenario = app.library().find("spam-email-detection");
    REQUIRE(scenario);
    CHECK(app.rehearsalSerial() == 0);

    PairLink interviewer(std::make_unique<InterviewerPeer>(*scenario, "Ada"));
    PairLink candidate(std::make_unique<CandidatePeer>("Grace"));
    deliverAll(interviewer, candidate);
    app.adoptPairRehearsal(candidate.makeRehearsal(), false);
    const std::uint64_t pairs = app.rehearsalSerial();
    const Rehearsal* address = &app.rehearsal();
    CHECK(pairs != 0);
    candidate.detach();
    app.closeSession();
    CHECK(app.rehearsalSerial() == 0);

    // Rehearsals of the same size, freed and made again, until one lands where the pair's was.
    bool sameAddress = false;
    for (int i = 0; i < 16 && !sameAddress; ++i) {
        app.startSession(*scenario);
        sameAddress = &app.rehearsal() == address;
        CHECK(app.rehearsalSerial() != pairs);
        if (!sameAddress) app.closeSession();
    }
    // Whether or not the allocator reused it (glibc does, at once), the number differs: that is what ownership compares.
    CAPTURE(sameAddress);
    CHECK(app.rehearsalSerial() != pairs);
}

TEST_CASE("a pair copy one side kept opens from the history as its debrief while a hot seat's copy takes turns",
          "[gui][pair]") {
    TempDataHome home;
    SessionPersistence persistence(PersistenceOptions{true, false});
    REQUIRE(persistence.store());
    AppState app({REHEARSE_SCENARIO_DIR});
    app.setPersistence(&persistence);
    HeadlessPanels host;
    const Scenario* scenario = app.library().find("spam-email-detection");
    REQUIRE(scenario);

    // As the interviewer's side on two machines stores it (StartPair kept by
    // the interviewer) when the candidate left, and a hot seat's shared copy (kept by no one).
    app.startPairSession(*scenario, std::nullopt, StartPair{"Ada", "Grace", PairRole::Interviewer});
    FinishSession left;
    left.partnerLeft = PairRole::Candidate;
    REQUIRE(app.rehearsal().dispatch(left));
    app.finishSession();
    app.startPairSession(*scenario, std::nullopt, StartPair{"Ada", "Grace"});
    app.finishSession();
    app.closeSession();
    const std::vector<SessionRecord> records = persistence.store()->listSessions();
    REQUIRE(records.size() == 2);
    for (const SessionRecord& record : records) {
        REQUIRE(record.pair);
        app.showHistory();
        std::string message;
        REQUIRE(app.reopenStored(record.id, message));
        REQUIRE(app.screen() == Screen::Debrief);
        CAPTURE(record.pair->description());
        // Nobody to hand the screen to, and no blind self-score for a partner who is not here.
        if (!record.pair->keptBy) {
            CHECK(mainViewFor(app, host.panels.pairNetwork) == MainView::HotSeatDebrief);
            continue;
        }
        CHECK(mainViewFor(app, host.panels.pairNetwork) == MainView::Debrief);
        // The debrief says why the interview stopped, as the history does.
        headlessImGui();
        const std::filesystem::path path = std::filesystem::temp_directory_path() /
                                           ("rehearse-reopened-" + std::to_string(::getpid()) + ".json");
        widget_handles::startRecording(path.string());
        frame([&] {
            widget_handles::beginFrame();
            host.draw(host.panels.debrief, app, MainView::Debrief);
        });
        std::string error;
        REQUIRE(widget_handles::endFrame(error));
        const nlohmann::json drawn = nlohmann::json::parse(std::ifstream(path));
        std::string said;
        for (const nlohmann::json& widget : drawn["widgets"])
            if (widget["id"] == "debrief.ended_early") said = widget["label"];
        std::filesystem::remove(path);
        CHECK(said == "The interview ended early: Grace, the candidate, left.");
    }
}
