// Notes are journaled as the range that changed (EditNotes). What a user
// relies on: a session rebuilt from its journal has exactly the notes they
// typed, whatever they typed and wherever; journals from before EditNotes
// (whole-text set_notes) still open; and the journal grows with the typing,
// not with the length of the notes each second.
#include "core/scenario/scenario_loader.hpp"
#include "core/session/notes_edit.hpp"
#include "core/session/session.hpp"
#include "minimal_scenario.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <random>

using namespace rehearse;
using nlohmann::json;

namespace {

using rehearse::test::minimalScenario;

// The journal as it is stored: each action written to JSON text and read back.
std::vector<Action> throughJson(const std::vector<Action>& journal) {
    std::vector<Action> out;
    for (const Action& action : journal) {
        auto read = actionFromJson(json::parse(actionToJson(action).dump()));
        REQUIRE(read);
        out.push_back(*read);
    }
    return out;
}

// What the app does once a second: the whole text in, the changed range journaled.
bool typeInto(Session& session, double at, std::size_t stage, const std::string& text) {
    return session.apply(Action{at, notesEdit(StageIndex(stage), session.stageProgress(StageIndex(stage)).notes, text)});
}

}  // namespace

TEST_CASE("notesEdit keeps the common prefix and suffix and applies back exactly", "[session][notes]") {
    EditNotes edit = notesEdit(StageIndex(2), "label: paid late", "label: paid 7 days late");
    CHECK(edit.stage == StageIndex(2));
    CHECK(edit.offset == 12);
    CHECK(edit.erase == 0);
    CHECK(edit.insert == "7 days ");

    std::string notes = "label: paid late";
    REQUIRE(applyNotesEdit(notes, edit));
    CHECK(notes == "label: paid 7 days late");

    EditNotes removal = notesEdit(StageIndex(0), "abcdef", "abef");
    CHECK(removal.offset == 2);
    CHECK(removal.erase == 2);
    CHECK(removal.insert.empty());

    CHECK_FALSE(changesNotes(notesEdit(StageIndex(0), "same", "same")));
}

TEST_CASE("an edit never cuts a UTF-8 character in two", "[session][notes]") {
    // "é" is C3 A9 and "è" is C3 A8: the texts share the lead byte, yet the
    // edit must replace the whole character, not its last byte.
    EditNotes edit = notesEdit(StageIndex(0), "caf\xC3\xA9 ok", "caf\xC3\xA8 ok");
    CHECK(edit.offset == 3);
    CHECK(edit.erase == 2);
    CHECK(edit.insert == "\xC3\xA8");
    // Sharing a last continuation byte at the end: "€" E2 82 AC, "¬" C2 AC.
    EditNotes tail = notesEdit(StageIndex(0), "x\xE2\x82\xAC", "x\xC2\xAC");
    CHECK(tail.offset == 1);
    CHECK(tail.erase == 3);
    CHECK(tail.insert == "\xC2\xAC");
    // The written JSON is valid (dump throws on a broken sequence).
    CHECK_NOTHROW(actionToJson(Action{1, edit}).dump());
}

TEST_CASE("edits that do not fit the notes are refused and change nothing", "[session][notes]") {
    Session session(minimalScenario());
    REQUIRE(typeInto(session, 1, 0, "caf\xC3\xA9"));
    CHECK_FALSE(session.apply(Action{2, EditNotes{StageIndex(0), 6, 0, "x"}}));   // past the end
    CHECK_FALSE(session.apply(Action{2, EditNotes{StageIndex(0), 2, 9, ""}}));    // erases past the end
    CHECK_FALSE(session.apply(Action{2, EditNotes{StageIndex(0), 4, 0, "x"}}));   // inside "é"
    CHECK_FALSE(session.apply(Action{2, EditNotes{StageIndex(0), 3, 1, ""}}));    // half of "é"
    CHECK_FALSE(session.apply(Action{2, EditNotes{StageIndex(0), 0, 0, ""}}));    // nothing
    CHECK_FALSE(session.apply(Action{2, EditNotes{StageIndex(9), 0, 0, "x"}}));   // no such stage
    // Huge numbers from a hostile journal do not wrap around.
    auto hostile = actionFromJson(json::parse(
        R"({"type":"edit_notes","at":3,"stage":0,"offset":2,"erase":18446744073709551615,"insert":"x"})"));
    REQUIRE(hostile);
    CHECK_FALSE(session.apply(*hostile));
    // A negative offset reads as a huge one (as every index of an action
    // does) and is refused the same way.
    auto negative = actionFromJson(json::parse(R"({"type":"edit_notes","at":3,"stage":0,"offset":-1,"erase":0,"insert":"x"})"));
    if (negative) CHECK_FALSE(session.apply(*negative));
    CHECK_FALSE(actionFromJson(json::parse(R"({"type":"edit_notes","at":3,"stage":0,"offset":0,"insert":"x"})")));
    CHECK(session.stageProgress(StageIndex(0)).notes == "caf\xC3\xA9");
    CHECK(session.journal().size() == 1);
}

TEST_CASE("random typing anywhere in the notes replays to the same text", "[session][notes]") {
    const std::vector<std::string> pieces = {"a", "model ", "\n", "\xC3\xA9", "\xE2\x80\x94", "\xF0\x9F\x98\x80",
                                             "precision@k", " ", "\xC3\xA8t\xC3\xA9"};
    std::mt19937 random(1234);
    Session live(minimalScenario());
    std::vector<std::string> typed(live.stageCount());
    double at = 0;
    for (int second = 0; second < 600; ++second) {
        const std::size_t stage = random() % 3 == 0 ? 1 : 0;
        std::string& text = typed[stage];
        // A second of typing: a few insertions and deletions, anywhere, on
        // character boundaries as a text box makes them.
        for (auto keystroke = random() % 6; keystroke > 0; --keystroke) {
            std::vector<std::size_t> boundaries{0};
            for (std::size_t i = 1; i <= text.size(); ++i)
                if (i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) boundaries.push_back(i);
            const std::size_t from = boundaries[random() % boundaries.size()];
            if (random() % 4 == 0 && from < text.size()) {
                const std::size_t to = *std::upper_bound(boundaries.begin(), boundaries.end(), from);
                text.erase(from, to - from);
            } else {
                text.insert(from, pieces[random() % pieces.size()]);
            }
        }
        at += 1;
        typeInto(live, at, stage, text);
        REQUIRE(live.stageProgress(StageIndex(stage)).notes == text);
    }
    Session replayed = replaySession(live.scenario(), throughJson(live.journal()));
    for (std::size_t stage = 0; stage < live.stageCount(); ++stage)
        CHECK(replayed.stageProgress(StageIndex(stage)).notes == typed[stage]);
    CHECK(replayed.journal().size() == live.journal().size());
}

TEST_CASE("journals from before edit_notes, whole texts, still replay and mix with edits", "[session][notes]") {
    const std::vector<std::string> old = {
        R"({"type":"set_notes","at":5,"stage":0,"text":"label: paid late"})",
        R"({"type":"set_notes","at":6,"stage":0,"text":"label: paid 7 days late"})",
        R"({"type":"edit_notes","at":7,"stage":0,"offset":23,"erase":0,"insert":", from the ledger"})",
        R"({"type":"set_notes","at":8,"stage":1,"text":"xgboost"})",
        R"({"type":"edit_notes","at":9,"stage":1,"offset":0,"erase":1,"insert":"X"})",
    };
    std::vector<Action> journal;
    for (const std::string& line : old) {
        auto action = actionFromJson(json::parse(line));
        REQUIRE(action);
        journal.push_back(*action);
    }
    std::size_t skipped = 99;
    Session session = replaySession(minimalScenario(), journal, &skipped);
    CHECK(skipped == 0);
    CHECK(session.stageProgress(StageIndex(0)).notes == "label: paid 7 days late, from the ledger");
    CHECK(session.stageProgress(StageIndex(1)).notes == "Xgboost");
}

TEST_CASE("the journal of a long note grows with the typing, not with the note's length", "[session][notes]") {
    Session session(minimalScenario());
    std::string text;
    std::size_t journalBytes = 0;
    for (int second = 1; second <= 1000; ++second) {
        text += "word" + std::to_string(second) + " ";
        REQUIRE(typeInto(session, second, 0, text));
        journalBytes += actionToJson(session.journal().back()).dump().size();
    }
    // Each entry holds the few characters typed that second plus its keys,
    // far below the ~5 KB average length of the whole text.
    CHECK(journalBytes < text.size() + 1000 * 100);
    CHECK(session.stageProgress(StageIndex(0)).notes == text);
}
