// rehearse bench journal: how big the store grows over one long rehearsal.
// A simulated 45-minute session (3,000 words of notes typed in bursts with
// corrections, a 200-item canvas drawn along the way, a stage every nine
// minutes) is recorded into a fresh store twice: once journaling the whole
// notes text every second it changed (what Rehearse did before EditNotes),
// once typed into a Rehearsal, as the app does now (journaled at most once a
// second, as the changed range). Both runs are reopened from the store and
// must give the notes typed, byte for byte.
#include "cli/commands.hpp"

#include "core/scenario/scenario_library.hpp"
#include "core/session/rehearsal.hpp"
#include "core/store/session_recorder.hpp"
#include "core/store/store_recovery.hpp"
#include "core/store/stored_session.hpp"
#include "core/text/utf8.hpp"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>

namespace fs = std::filesystem;

namespace rehearse {
namespace {

constexpr int kSessionSeconds = 45 * 60;
constexpr int kWords = 3000;
constexpr int kCanvasItems = 200;

struct JournalFigures {
    std::uintmax_t storeBytes = 0;  // the database and its WAL after the session
    std::size_t entries = 0;
    std::size_t journalBytes = 0;   // the JSON of every entry
    std::size_t notesBytes = 0;
    bool replaysExactly = false;
};

// One word of plausible notes: the bench measures bytes, not prose.
std::string wordFrom(std::mt19937& random) {
    static const char* const words[] = {"label", "precision", "recall", "latency", "features", "embedding",
                                        "candidate", "ranking", "offline", "online", "drift", "A/B",
                                        "p99", "logistic", "GBDT", "cold-start", "freshness", "négatif"};
    return words[random() % (sizeof(words) / sizeof(words[0]))];
}

CanvasItem blockAt(int index) {
    CanvasItem item;
    item.kind = index % 5 == 4 ? ItemKind::Arrow : ItemKind::Model;
    item.x = (index % 20) * 180.0;
    item.y = (index / 20) * 120.0;
    item.w = 140;
    item.h = 60;
    if (item.kind == ItemKind::Arrow) item.points = {{item.x, item.y}, {item.x + 160, item.y + 30}};
    item.label = "block " + std::to_string(index);
    return item;
}

// Plays the session into `store`; `wholeText` journals notes the old way.
JournalFigures recordSession(const Scenario& scenario, const std::string& dir, bool wholeText) {
    JournalFigures figures;
    const std::string path = dir + "/sessions.db";
    {
        StoreOpenResult opened = openSessionStore({path, {}});
        if (!opened.store) {
            std::fprintf(stderr, "rehearse bench journal: %s\n", opened.problem.c_str());
            return figures;
        }
        SessionRecorder recorder(opened.store.get());
        // The old way by hand on a bare Session; the new way through the
        // Rehearsal the app runs, on a clock the bench moves.
        Session plain(scenario);
        auto clock = std::make_unique<ManualClock>();
        ManualClock& benchTime = *clock;
        std::unique_ptr<Rehearsal> rehearsal;
        if (wholeText) recorder.startNew(plain);
        else {
            rehearsal = std::make_unique<Rehearsal>(std::make_unique<Session>(scenario), std::move(clock));
            rehearsal->startRecording(&recorder);
        }
        const Session& session = rehearsal ? rehearsal->session() : plain;
        auto apply = [&](double at, ActionPayload payload) {
            benchTime.set(at);
            if (rehearsal) rehearsal->dispatch(std::move(payload));
            else if (plain.apply(Action{at, std::move(payload)})) recorder.record(plain);
        };

        std::mt19937 random(45);
        std::vector<std::string> typed(session.stageCount());
        const std::size_t stageSeconds = kSessionSeconds / session.stageCount();
        int wordsLeft = kWords, itemsLeft = kCanvasItems;
        for (int second = 1; second <= kSessionSeconds; ++second) {
            const StageIndex stage(std::min<std::size_t>(second / stageSeconds, session.stageCount() - 1));
            if (stage != session.currentStage()) apply(second, GoToStage{stage});
            std::string& text = typed[stage.value];
            // Typing in bursts: most seconds a word or two, some seconds a
            // pause, now and then the last word taken back or a word
            // inserted earlier in the text.
            const int secondsLeft = kSessionSeconds - second + 1;
            const int pace = std::max(1, (2 * wordsLeft + secondsLeft - 1) / secondsLeft);
            int words = static_cast<int>(random() % (pace + 1));
            if (secondsLeft <= wordsLeft) words = std::max(words, 1);
            for (; words > 0 && wordsLeft > 0; --words, --wordsLeft) {
                if (!text.empty() && random() % 12 == 0) text += random() % 2 ? "\n" : ". ";
                text += (text.empty() || text.back() == '\n' ? "" : " ") + wordFrom(random);
            }
            if (!text.empty() && random() % 40 == 0) {
                const std::size_t lastSpace = text.find_last_of(" \n");
                text.erase(lastSpace == std::string::npos ? 0 : lastSpace);
            }
            if (text.size() > 20 && random() % 30 == 0) {
                const std::size_t at = utf8CharacterStart(text, random() % (text.size() / 2));  // not inside "é"
                text.insert(at, " really");
            }
            if (rehearsal) {
                benchTime.set(second);
                rehearsal->typeNotes(stage, text);
            } else if (text != plain.stageProgress(stage).notes) {
                apply(second, SetNotes{stage, text});
            }
            // The canvas: a block every dozen seconds, sometimes moved or renamed.
            if (itemsLeft > 0 && second % (kSessionSeconds / kCanvasItems) == 0) {
                apply(second, CanvasApply{AddItems{{blockAt(kCanvasItems - itemsLeft)}}});
                --itemsLeft;
                const ItemId last{session.canvas().nextId().value - 1};
                if (random() % 3 == 0) apply(second, CanvasApply{MoveItems{{last}, 20, 10}});
                if (random() % 4 == 0) apply(second, CanvasApply{SetItemLabel{last, "renamed"}});
            }
        }
        if (rehearsal) {
            benchTime.set(kSessionSeconds);
            rehearsal->finish();
            rehearsal->close();
        } else {
            apply(kSessionSeconds, FinishSession{});
            recorder.stop(plain);
        }
        for (const Action& action : session.journal()) figures.journalBytes += actionToJson(action).dump().size();
        figures.entries = session.journal().size();
        for (const std::string& text : typed) figures.notesBytes += text.size();

        // Reopened from the store, as the app would after a restart.
        ReopenedSession reopened = reopenStoredSession(*opened.store, *recorder.recordId(), nullptr);
        figures.replaysExactly = reopened.session && reopened.skipped == 0;
        for (std::size_t stage = 0; figures.replaysExactly && stage < typed.size(); ++stage)
            figures.replaysExactly = reopened.session->stageProgress(StageIndex(stage)).notes == typed[stage];
    }
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-journal"})
        if (fs::exists(path + suffix, ec)) figures.storeBytes += fs::file_size(path + suffix, ec);
    return figures;
}

int runJournalBench(const CommonOptions& common) {
    ScenarioLibrary library;
    library.load(common.resolvedScenarioPaths());
    if (library.scenarios().empty()) {
        std::fprintf(stderr, "rehearse bench journal: no scenarios found\n");
        return 2;
    }
    const Scenario& scenario = library.scenarios().front();
    std::string pattern = (fs::temp_directory_path() / "rehearse-bench-journal-XXXXXX").string();
    if (!mkdtemp(pattern.data())) {
        std::perror("rehearse bench journal: mkdtemp");
        return 1;
    }
    const std::string dir = pattern;
    fs::create_directories(dir + "/whole");
    fs::create_directories(dir + "/edits");
    JournalFigures whole = recordSession(scenario, dir + "/whole", true);
    JournalFigures edits = recordSession(scenario, dir + "/edits", false);
    std::error_code ec;
    fs::remove_all(dir, ec);

    std::printf("45-minute session on '%s': %d words of notes (%zu bytes), %d canvas items\n",
                scenario.id.c_str(), kWords, edits.notesBytes, kCanvasItems);
    std::printf("%-28s %10s %12s %14s  %s\n", "notes journaled as", "entries", "journal KB", "store KB",
                "replays exactly");
    for (const auto& [name, f] : {std::pair{"whole text each second", whole}, std::pair{"edits (EditNotes)", edits}})
        std::printf("%-28s %10zu %12.1f %14.1f  %s\n", name, f.entries, static_cast<double>(f.journalBytes) / 1024.0,
                    static_cast<double>(f.storeBytes) / 1024.0, f.replaysExactly ? "yes" : "NO");
    if (edits.storeBytes > 0)
        std::printf("store: %.1fx smaller with edits\n", static_cast<double>(whole.storeBytes) / static_cast<double>(edits.storeBytes));
    return whole.replaysExactly && edits.replaysExactly ? 0 : 1;
}

}  // namespace

void addJournalBenchCommand(CLI::App& bench, const CommonOptions& common, CommandResult& result) {
    CLI::App* cmd = bench.add_subcommand(
        "journal", "Store size after a simulated 45-minute session (3,000 words of notes, 200 canvas items)");
    cmd->callback([&common, &result] {
        result.ran = true;
        result.exitCode = runJournalBench(common);
    });
}

}  // namespace rehearse
