// Every input a fuzz target ever crashed on (tests/data/regressions/<target>/)
// goes through the same entry point again, without libFuzzer: a fixed crash
// stays fixed in the normal suite, sanitizers or not. The seeds' own formats
// are exercised too, so an entry point that stopped reading its input would
// show here before it wasted a fuzzing run.
#include "fuzz/targets/fuzz_targets.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace rehearse;

namespace {

std::string readBytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

int runOn(const fuzz::Target& target, const std::string& bytes) {
    return target.run(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}

}  // namespace

TEST_CASE("every fuzz regression input runs through its target without a crash", "[fuzz]") {
    const fs::path root = fs::path(REHEARSE_TEST_DATA) / "regressions";
    std::size_t replayed = 0;
    for (const fuzz::Target& target : fuzz::targets()) {
        std::error_code ec;
        if (!fs::is_directory(root / target.name, ec)) continue;
        for (const auto& entry : fs::directory_iterator(root / target.name)) {
            if (!entry.is_regular_file() || entry.path().filename() == "README.md") continue;
            INFO(target.name << ": " << entry.path().filename().string());
            CHECK(runOn(target, readBytes(entry.path())) == 0);
            ++replayed;
        }
    }
    // Folders with no inputs would make this test pass without running.
    CHECK(replayed > 0);
}

TEST_CASE("each fuzz target takes an input of its own format and an empty one", "[fuzz]") {
    const std::string scenario = readBytes(fs::path(REHEARSE_TEST_DATA) / "scenarios" / "minimal.json");
    const std::vector<std::pair<std::string, std::string>> inputs = {
        {"scenario_loader", scenario},
        {"action", R"([{"at": 1, "type": "set_notes", "stage": 0, "text": "labels"}, {"at": 2, "type": "finish_session"}])"},
        {"canvas", R"({"op": "move", "ids": [1, 2], "dx": 20, "dy": -10})"},
        {"settings", R"({"settings_format": 1, "theme": "dark", "font_size": 30})"},
        {"written_answer", "## Data\nUser reports as labels, with a delay.\n## Models\nGradient boosted trees."},
        {"clarification", "how many emails do we get per day?"},
        {"session_archive", R"({"rehearse_session_format": 1})"},
        {"scenario_tests", R"({"scenario": "spam-email-detection", "questions": [{"ask": "how many emails a day?", "fact": "volume"}],
                            "sentences": [{"text": "PR-AUC, not accuracy.", "stage": "evaluation", "covers": ["eval-pr"]}]})"},
        {"pair_frames", std::string("\x05\0\0\0\x09\x01\0\0\0\0\0\0\0\x01", 14)},
        {"pair_handshake", "47213-crossbow-lantern"},
        {"pair_message", R"({"type": "action", "seq": 3, "action": {"type": "pose_question", "at": 2, "question": "How many?"}})"},
        {"draft_diagram", R"({"items": [{"id": "logs", "kind": "data_source", "label": "Logs", "x": 0, "y": 0},
                                        {"id": "model", "kind": "model", "label": "Model", "x": 240, "y": 0}],
                              "arrows": [{"id": "a1", "from": "logs", "to": "model", "label": "features"}]})"},
        {"json_document", scenario},
    };
    for (const fuzz::Target& target : fuzz::targets()) {
        INFO(target.name);
        CHECK(runOn(target, "") == 0);
        bool hasExample = false;
        for (const auto& [name, bytes] : inputs)
            if (name == target.name) {
                hasExample = true;
                CHECK(runOn(target, bytes) == 0);
            }
        CHECK(hasExample);
    }
}
