// rehearse_fuzz_seeds OUT: writes a seed corpus per fuzz target into
// OUT/<target>/, made at run time from the repository (shipped scenarios,
// tests/data) and from the core's own writers, so nothing large is copied
// into git and the seeds follow the formats as they change.
#include "core/canvas/canvas_clipboard.hpp"
#include "core/canvas/canvas_editor.hpp"
#include "core/pair/pair_message.hpp"
#include "core/scenario/scenario_loader.hpp"
#include "core/session/session.hpp"
#include "core/store/session_archive.hpp"
#include "core/store/session_recorder.hpp"
#include "core/store/settings.hpp"
#include "net/frame.hpp"
#include "net/handshake_message.hpp"
#include "net/join_code.hpp"
#include "net/record.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace fs = std::filesystem;
using namespace rehearse;
using nlohmann::json;

namespace {

fs::path g_out;

void write(const std::string& target, const std::string& name, const std::string& content) {
    fs::create_directories(g_out / target);
    std::ofstream(g_out / target / name, std::ios::binary) << content;
}

std::string readAll(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

void copyFolder(const std::string& target, const fs::path& folder, const std::string& extension,
                const std::string& prefix = "") {
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.is_regular_file() && entry.path().extension() == extension)
            write(target, prefix + entry.path().filename().string(), readAll(entry.path()));
}

Scenario loadScenario(const fs::path& path) {
    ScenarioLoadResult result = loadScenarioFromFile(path.string());
    if (!result.scenario) throw std::runtime_error("cannot load " + path.string());
    return *result.scenario;
}

CanvasItem block(ItemKind kind, double x, double y, const std::string& label) {
    CanvasItem item;
    item.kind = kind, item.x = x, item.y = y, item.label = label;
    Vec2 size = defaultItemSize(kind);
    item.w = size.x, item.h = size.y;
    return item;
}

// One of each kind of canvas edit, as a candidate makes them.
std::vector<CanvasCommand> canvasCommands() {
    CanvasItem note = block(ItemKind::Note, 0, 200, "cold start?");
    note.colour = NoteColour::Pink;
    CanvasItem arrow;
    arrow.kind = ItemKind::Arrow, arrow.from = ItemId{1}, arrow.to = ItemId{2}, arrow.label = "features";
    arrow.points = {{160, 40}, {240, 40}};
    CanvasItem pen;
    pen.kind = ItemKind::Pen, pen.x = 10, pen.y = 10, pen.w = 50, pen.h = 20;
    pen.points = {{0, 0}, {0.5, 1}, {1, 0.25}};
    CanvasItem text = block(ItemKind::Text, 0, -80, "Serving path");
    return {
        BeginCanvasGroup{},
        AddItems{{block(ItemKind::FeatureStore, 0, 0, "Feature store")}},
        AddItems{{block(ItemKind::Model, 240, 0, "Ranker")}},
        EndCanvasGroup{},
        AddItems{{arrow, note, pen, text}},
        MoveItems{{ItemId{1}, ItemId{2}}, 20, -10},
        ResizeItem{ItemId{2}, 250, 0, 200, 100},
        SetItemLabel{ItemId{1}, "Online features"},
        SetNoteColour{{ItemId{4}}, NoteColour::Green},
        SetArrowEnds{ItemId{3}, ItemId{1}, ItemId{}, {160, 40}, {400, 300}},
        ReorderItems{{ItemId{4}}, ZOrderChange::Back},
        RemoveItems{{ItemId{5}}},
    };
}

// A session with one of each action, on the given scenario.
std::vector<Action> sessionActions() {
    SelfAssessment assessment;
    assessment.ratings = {3, 2, 4, 1, 3};
    assessment.notes = "practise metrics";
    std::vector<Action> actions = {
        {2, SetNotes{StageIndex(0), "## Clarify\nHow many emails a day? Label: user reports, not accuracy."}},
        {3, EditNotes{StageIndex(0), 11, 0, "Volume: "}},
        {5, AskClarification{"how many emails per day", FactId("volume"), {}}},
        {9, RaiseFollowUp{FollowUpId(), "What would you log?"}},
        {12, AnswerFollowUp{ProbeIndex(0), "Every verdict with its features."}},
        {13, PauseClock{}},
        {14, ResumeClock{}},
        {20, GoToStage{StageIndex(1)}},
    };
    double at = 21;
    for (const CanvasCommand& command : canvasCommands()) actions.push_back({at++, CanvasApply{command}});
    actions.push_back({at++, CanvasUndo{}});
    actions.push_back({at++, CanvasRedo{}});
    actions.push_back({at++, RaiseFollowUp{FollowUpId(), "And if the labels arrive late?"}});
    actions.push_back({at++, SkipFollowUp{ProbeIndex(1)}});
    actions.push_back({at++, FinishSession{}});
    actions.push_back({at++, SetSelfAssessment{assessment}});
    return actions;
}

void actionSeeds(const std::vector<Action>& actions) {
    json all = json::array();
    for (std::size_t i = 0; i < actions.size(); ++i) {
        json one = actionToJson(actions[i]);
        write("action", "action-" + std::to_string(i) + ".json", one.dump());
        all.push_back(one);
    }
    write("action", "journal.json", all.dump());
}

// One of each pair message, with every pair action and a filled scorecard.
void pairMessageSeeds(const Scenario& shipped) {
    Scorecard card;
    card.score(RubricDimension::Data) = {ScoreLevel::Strong, "Named user reports and their delay"};
    card.score(RubricDimension::Evaluation).level = ScoreLevel::Weak;
    card.advance = AdvanceVerdict::Yes;
    card.strengths = "Framing";
    card.improvements = "Metrics";
    std::vector<PairMessage> messages = {
        PairHello{kPairProtocolVersion, PairRole::Interviewer, "Ada", "feed-ranking"},
        PairHello{kPairProtocolVersion, PairRole::Candidate, "Grace", {}},
        PairResend{7},
        PairDone{},
        PairBye{"The interviewer ended the session."},
        PairOpening{ScenarioOpening{"feed-ranking", "Feed ranking", "Design a feed.", Level::Staff,
                                    {{StageKind::Clarify, "", 5, "Pin down the goal"}, {StageKind::Data, "Logs", 7.5, ""}}}},
        PairActionMessage{1, {2, AnswerQuestion{FactId("volume"), "About a billion a day."}}, 3,
                          RevealedFactText{FactId("volume"), "Daily volume", "About a billion a day."}},
        PairReveal{},  // the interviewer's side kept no copy of its scenario
        PairHistoryMessage{{{{"spam-email-detection", "9f2c"}, {"news-feed-ranking", ""}}, {{"payment-fraud-detection", "ab"}}}},
    };
    // The debrief's reveal of the scenario the fuzz target's session runs on.
    std::string error;
    if (std::optional<ScenarioCopy> copy = scenarioCopyOf(shipped, error))
        messages.push_back(PairReveal{copy, shipped});
    else
        throw std::runtime_error("no copy of " + shipped.id + ": " + error);
    const std::vector<Action> actions = {
        {0, StartPair{"Ada", "Grace"}},         {1, PoseQuestion{"How many emails a day?"}},
        {2, AnswerQuestion{FactId("volume"), ""}}, {3, AnswerQuestion{FactId(), "Assume one region."}},
        {4, RaiseFollowUp{FollowUpId("fu-clarify-costs"), ""}}, {5, NudgeMoveOn{""}},
        {6, InterviewerNote{"slow start"}},     {7, FinishSession{}},
        {8, SetScorecard{ScorecardAuthor::Candidate, card}}, {9, SetScorecard{ScorecardAuthor::Interviewer, card}},
    };
    std::uint64_t seq = 1;
    for (const Action& action : actions) messages.push_back(PairActionMessage{seq++, action, 0, std::nullopt});
    for (const Action& action : sessionActions()) messages.push_back(PairActionMessage{seq++, action, 0, std::nullopt});
    for (std::size_t i = 0; i < messages.size(); ++i)
        write("pair_message", "message-" + std::to_string(i) + ".json", encodePairMessage(messages[i]));
}

void canvasSeeds(const fs::path& testData) {
    CanvasEditor editor;
    std::vector<CanvasCommand> commands = canvasCommands();
    for (std::size_t i = 0; i < commands.size(); ++i) {
        write("canvas", "command-" + std::to_string(i) + ".json", toJson(commands[i]).dump());
        editor.apply(commands[i]);
    }
    std::vector<ItemId> ids;
    for (const CanvasItem& item : editor.document().items()) {
        ids.push_back(item.id);
        write("canvas", "item-" + std::to_string(item.id.value) + ".json", itemToJson(item).dump());
    }
    write("canvas", "clipboard.json", encodeClipboard(editor.document(), ids));
    write("canvas", "document.json", editor.document().toJson().dump());
    write("canvas", "golden-document.json", readAll(testData / "golden" / "canvas_sample.json"));
}

void archiveSeeds(const Scenario& scenario, const std::vector<Action>& actions) {
    fs::path dir = g_out / ".store";
    fs::create_directories(dir);
    auto store = SessionStore::open((dir / "sessions.db").string(), SqliteConnection::Mode::ReadWrite);
    for (int finished = 0; finished < 2; ++finished) {
        Session session(scenario);
        SessionRecorder recorder(store.get());
        recorder.startNew(session);
        std::size_t count = finished ? actions.size() : actions.size() / 2;
        for (std::size_t i = 0; i < count; ++i)
            if (session.apply(actions[i])) recorder.record(session);
        if (finished) recorder.checkpoint(session);  // scored on finishing, as a rehearsal does
        std::string error;
        auto archive = exportSessionArchive(*store, *recorder.recordId(), error);
        if (!archive) throw std::runtime_error("cannot export a seed session: " + error);
        write("session_archive", finished ? "finished.json" : "unfinished.json", *archive);
    }
    store.reset();
    fs::remove_all(dir);
}

void settingsSeeds() {
    fs::path path = g_out / "settings" / "default.json";
    fs::create_directories(path.parent_path());
    std::string error;
    Settings settings;
    saveSettings(path.string(), settings, error);
    settings.theme = "dark", settings.fontSize = 18.5f, settings.probePacingSeconds = 30, settings.autosave = false;
    saveSettings((g_out / "settings" / "dark.json").string(), settings, error);
    write("settings", "newer.json",
          R"({"settings_format": 2, "theme": "dark", "font_size": 99, "probe_pacing_seconds": -5, "window": {"w": 1280}})");
}

void clarificationSeeds(const fs::path& folder) {
    for (const auto& entry : fs::directory_iterator(folder)) {
        json questions = json::parse(readAll(entry.path()));
        int n = 0;
        for (const json& q : questions)
            write("clarification", entry.path().stem().string() + "-" + std::to_string(n++) + ".txt",
                  q.at("q").get<std::string>());
    }
}

}  // namespace

// The pair transport: a stream of framed records as the channel writes them
// (first byte: piece size and cap, see targets/pair_frames.cpp), and each
// handshake message and a join code as they travel or are typed.
void pairSeeds() {
    using namespace rehearse::net;
    auto text = [](const Bytes& bytes) { return std::string(bytes.begin(), bytes.end()); };
    Bytes stream{0x47};
    for (const Record& record : {Record{RecordType::Resume, 1, {}}, Record{RecordType::Data, 1, bytesOf("{\"type\":\"ask\"}")},
                                 Record{RecordType::Ack, 2, {}}, Record{RecordType::Bye, 0, bytesOf("done")}})
        appendBytes(stream, encodeFrame(encodeRecord(record)));
    write("pair_frames", "records.bin", text(stream));
    Hello hello;
    hello.sid = Bytes(kSidBytes, 0x11);
    hello.share = Bytes(32, 0x22);
    write("pair_handshake", "hello.bin", text(encodeHello(hello)));
    hello.kind = HelloKind::Resume;
    hello.sessionId = Bytes(kSessionIdBytes, 0x33);
    write("pair_handshake", "resume.bin", text(encodeHello(hello)));
    HelloReply reply;
    reply.share = Bytes(32, 0x44);
    reply.tag = Bytes(kTagBytes, 0x55);
    reply.streamHeader = Bytes(kStreamHeaderBytes, 0x66);
    write("pair_handshake", "reply.bin", text(encodeHelloReply(reply)));
    write("pair_handshake", "confirm.bin", text(encodeConfirm(Confirm{Bytes(kTagBytes, 1), Bytes(kStreamHeaderBytes, 2)})));
    write("pair_handshake", "code.txt", makeJoinCode(47213).text());
}

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: rehearse_fuzz_seeds OUT\n";
        return 2;
    }
    g_out = argv[1];
    const fs::path scenarios = REHEARSE_SCENARIO_DIR;
    const fs::path testData = REHEARSE_TEST_DATA;
    try {
        copyFolder("scenario_loader", scenarios, ".json");
        copyFolder("scenario_loader", testData / "scenarios", ".json", "test-");
        copyFolder("scenario_loader", testData / "broken", ".json", "broken-");
        // The same files for the JSON parser, and what simdjson and nlohmann
        // tell apart: a byte-order mark, integers past 64 bits, repeated names.
        copyFolder("json_document", scenarios, ".json");
        copyFolder("json_document", testData / "broken", ".json", "broken-");
        write("json_document", "bom.json", "\xEF\xBB\xBF{\"a\": [1, -2, 3.5e-1]}");
        write("json_document", "big-integers.json", "[18446744073709551615, 18446744073709551616, -9223372036854775809]");
        write("json_document", "repeated-names.json", "{\"b\": 1, \"a\": true, \"b\": null}");
        write("json_document", "escapes.json", "[\"\\ud83d\\ude00\\u0000\\n\", \"\\ud800\"]");

        Scenario minimal = loadScenario(testData / "scenarios" / "minimal.json");
        std::vector<Action> actions = sessionActions();
        actionSeeds(actions);
        canvasSeeds(testData);
        pairMessageSeeds(loadScenario(scenarios / "spam-email-detection.json"));
        archiveSeeds(minimal, actions);
        settingsSeeds();
        copyFolder("written_answer", testData / "answers", ".md");
        clarificationSeeds(testData / "clarifications");
        copyFolder("scenario_tests", scenarios / "tests", ".json");
        pairSeeds();
    } catch (const std::exception& e) {
        std::cerr << "rehearse_fuzz_seeds: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
