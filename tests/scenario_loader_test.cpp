// The loader as an author meets it: good files load completely, and every
// kind of mistake is reported at the exact line and column with a message
// that says what to fix.
#include "core/scenario/scenario_library.hpp"
#include "core/scenario/scenario_limits.hpp"
#include "core/scenario/scenario_loader.hpp"

#include "test_files.hpp"
#include "minimal_scenario.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

using namespace rehearse;

namespace {

using rehearse::test::kMinimalPath;
using rehearse::test::minimalWith;

std::vector<std::string> errorsOf(const std::string& text) {
    std::vector<std::string> out;
    for (const Diagnostic& d : loadScenarioFromText(text, "s.json").diagnostics)
        if (d.severity == Diagnostic::Severity::Error) out.push_back(d.format());
    return out;
}

}  // namespace

TEST_CASE("a valid scenario loads with every field", "[scenario]") {
    ScenarioLoadResult result = loadScenarioFromFile(kMinimalPath);
    INFO((result.diagnostics.empty() ? "" : result.diagnostics[0].format()));
    REQUIRE(result.diagnostics.empty());
    REQUIRE(result.scenario);
    const Scenario& s = *result.scenario;
    CHECK(s.id == "toy-late-invoices");
    CHECK(s.difficulty == Difficulty::Easy);
    CHECK(s.tags == std::vector<std::string>{"classification", "tabular"});
    CHECK(s.minutes == 12);
    REQUIRE(s.facts.size() == 2);
    CHECK(s.facts[0].important);
    CHECK_FALSE(s.facts[1].important);
    REQUIRE(s.stages.size() == 2);
    CHECK(s.stages[1].kind == StageKind::Models);
    const KeyPoint& late = s.stages[0].keyPoints[0];
    CHECK(late.needs == 2);
    CHECK(late.weight == 3);
    CHECK(late.concepts[0] == Concept{"due date", "past due"});
    const auto& followUps = s.stages[1].followUps;
    REQUIRE(followUps.size() == 3);
    CHECK(followUps[0].trigger.kind == FollowUpTrigger::Kind::Time);
    CHECK(followUps[0].trigger.minute == 4);
    CHECK(followUps[1].trigger.kind == FollowUpTrigger::Kind::Mention);
    CHECK(followUps[1].priority == 3);
    CHECK(followUps[2].trigger.kind == FollowUpTrigger::Kind::Leave);
    CHECK(followUps[2].trigger.keyPoint == "gbdt");
    CHECK(s.stages[0].followUps[1].priority == 1);
    CHECK(s.referenceDiagram.items.size() == 2);
    CHECK(s.referenceDiagram.arrows[0].to == "clf");
    CHECK(s.findKeyPoint("gbdt") != nullptr);
    CHECK(s.findFact(FactId("late-rate")) != nullptr);
}

TEST_CASE("a key point's examples load in order, and a wrong one is located", "[scenario]") {
    const std::string withExamples = minimalWith(
        "\"needs\": 2, \"weight\": 3 }",
        "\"needs\": 2, \"weight\": 3, \"examples\": [\"Late means paid after the due date.\", \"Target: past due at 30 days.\"] }");
    const ScenarioLoadResult result = loadScenarioFromText(withExamples, "s.json");
    REQUIRE(result.scenario);
    CHECK(result.scenario->stages[0].keyPoints[0].examples ==
          std::vector<std::string>{"Late means paid after the due date.", "Target: past due at 30 days."});
    CHECK(loadScenarioFromFile(kMinimalPath).scenario->stages[0].keyPoints[0].examples.empty());

    const std::string wrong = minimalWith("\"needs\": 2, \"weight\": 3 }", "\"needs\": 2, \"weight\": 3, \"examples\": [\"ok\", 7] }");
    const std::vector<std::string> errors = errorsOf(wrong);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0] == "s.json:23:116: error: 'examples' entries must be strings, not an integer");
}

TEST_CASE("a stage may carry the scenario's own title", "[scenario]") {
    const std::string text = minimalWith("\"id\": \"models\"", "\"id\": \"models\", \"title\": \"Retrieval and context\"");
    const ScenarioLoadResult result = loadScenarioFromText(text, "s.json");
    REQUIRE(result.scenario);
    CHECK(result.scenario->stageTitle(StageKind::Models) == "Retrieval and context");
    CHECK(result.scenario->stageTitle(StageKind::Clarify) == "Clarify");  // no title: the kind's
}

TEST_CASE("malformed scenarios get exact located diagnostics", "[scenario]") {
    struct Case {
        const char* name;
        std::string text;
        std::string expected;
    };
    const std::vector<Case> cases = {
        {"syntax error: missing comma", minimalWith("\"title\": \"Late invoices\",", "\"title\": \"Late invoices\""),
         "s.json:5:3: error: invalid JSON: syntax error while parsing object - unexpected string literal; expected '}'"},
        {"empty file", "", "s.json:1:1: error: invalid JSON: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal"},
        {"not an object", "[1, 2]", "s.json:1:1: error: a scenario file must be an object, not an array"},
        {"wrong type", minimalWith("\"minutes\": 12,", "\"minutes\": \"twelve\","),
         "s.json:8:14: error: 'minutes' must be a number, not a string"},
        {"missing field", minimalWith("\"title\": \"Late invoices\",", ""),
         "s.json:1:1: error: missing required field 'title'"},
        {"bad difficulty", minimalWith("\"difficulty\": \"easy\"", "\"difficulty\": \"trivial\""),
         "s.json:6:17: error: 'difficulty' must be easy, medium or hard, not 'trivial'"},
        {"duplicate fact id", minimalWith("{ \"id\": \"late-rate\"", "{ \"id\": \"volume\""),
         "s.json:12:13: error: duplicate fact id 'volume' (first defined at line 10)"},
        {"unknown stage id", minimalWith("\"id\": \"models\"", "\"id\": \"modeling\""),
         "s.json:36:13: error: unknown stage id 'modeling' (expected clarify, data, features, models, evaluation or deployment)"},
        {"trigger names unknown key point", minimalWith("\"key_point\": \"gbdt\" }", "\"key_point\": \"xgb\" }"),
         "s.json:49:52: error: unknown key point 'xgb'"},
        {"unknown trigger kind", minimalWith("{ \"on\": \"enter\" }", "{ \"on\": \"start\" }"),
         "s.json:28:82: error: unknown trigger 'start' (expected enter, time, mention, missing or leave)"},
        {"stages out of order", minimalWith("\"id\": \"models\"", "\"id\": \"clarify\""),
         "s.json:36:13: error: stage 'clarify' appears twice"},
        {"minutes do not add up", minimalWith("\"minutes\": 12,", "\"minutes\": 45,"),
         "s.json:8:14: error: stage minutes add up to 12 but 'minutes' is 45"},
        {"needs more than concepts", minimalWith("\"needs\": 2", "\"needs\": 3"),
         "s.json:23:81: error: 'needs' is 3 but the key point has only 2 concept(s)"},
        {"empty concept", minimalWith("[[\"accuracy\"]] }, \"priority\": 3", "[[]] }, \"priority\": 3"),
         "s.json:47:54: error: a concept needs at least one phrase"},
        {"arrow to unknown item", minimalWith("\"to\": \"clf\"", "\"to\": \"ranker\""),
         "s.json:61:54: error: unknown diagram item 'ranker'"},
        {"unknown item kind", minimalWith("\"kind\": \"model\"", "\"kind\": \"neural_net\""),
         "s.json:59:32: error: unknown item kind 'neural_net'"},
        {"stage title too long",
         minimalWith("\"id\": \"models\"", "\"id\": \"models\", \"title\": \"Retrieval, re-ranking and generation\""),
         "s.json:36:32: error: a stage title may be at most 32 characters, not 36"},
        {"future format", minimalWith("\"format\": 1,", "\"format\": 2,"),
         "s.json:2:13: error: unsupported format 2; this version of Rehearse reads format 1"},
    };
    for (const Case& c : cases) {
        SECTION(c.name) {
            std::vector<std::string> errors = errorsOf(c.text);
            REQUIRE_FALSE(errors.empty());
            CHECK(errors.front() == c.expected);
            CHECK_FALSE(loadScenarioFromText(c.text, "s.json").scenario.has_value());
        }
    }
}

TEST_CASE("all errors of a file are reported in one run", "[scenario]") {
    std::string text = minimalWith("\"minutes\": 12,", "\"minutes\": \"x\",");
    std::size_t at = text.find("\"difficulty\": \"easy\"");
    text.replace(at, 20, "\"difficulty\": 3");
    CHECK(errorsOf(text).size() >= 2);
}

TEST_CASE("a misspelt optional field is a warning, not silence", "[scenario]") {
    auto result = loadScenarioFromText(minimalWith("\"priority\": 1", "\"priorty\": 1"), "s.json");
    REQUIRE(result.scenario);  // warnings do not stop loading
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].format() ==
          "s.json:28:93: warning: unknown field 'priorty' is ignored (did you mean 'priority'?)");
}

TEST_CASE("hostile input never crashes the loader", "[scenario]") {
    const std::vector<std::string> inputs = {
        std::string(100000, '['),
        "{\"id\": \"\xff\xfe\"}",
        "{\"stages\": [null, 3, \"x\", {}]}",
        "{\"facts\": {}, \"stages\": {}, \"reference\": []}",
        "{\"minutes\": 1e400}",
        "\"just a string\"",
        "{\"format\": 1, \"stages\": [{\"key_points\": [{\"concepts\": [[1, null]]}]}]}",
    };
    for (const std::string& input : inputs) {
        ScenarioLoadResult result = loadScenarioFromText(input, "x.json");
        CHECK_FALSE(result.scenario.has_value());
        CHECK(hasErrors(result.diagnostics));
    }
}

TEST_CASE("one broken file does not stop the others from loading", "[scenario]") {
    std::string dir = (std::filesystem::temp_directory_path() / "rehearse-test-library").string();
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    std::filesystem::copy_file(kMinimalPath, dir + "/good.json", std::filesystem::copy_options::overwrite_existing);
    std::ofstream(dir + "/broken.json") << "{ \"id\": ";
    std::ofstream(dir + "/duplicate.json") << test::readAll(kMinimalPath);

    ScenarioLibrary library;
    library.load({dir});
    CHECK(library.fileCount() == 3);
    REQUIRE(library.scenarios().size() == 1);
    CHECK(library.find("toy-late-invoices") != nullptr);
    REQUIRE(library.diagnostics().size() == 2);
    CHECK(library.diagnostics()[0].path == dir + "/broken.json");
    CHECK(library.diagnostics()[1].message.find("already used by") != std::string::npos);
}

TEST_CASE("a library of many files keeps file order, and the first file with an id wins", "[scenario]") {
    // What `rehearse validate FOLDER` prints must read like loading the
    // files one by one, whatever the library does to load them faster.
    std::string dir = (std::filesystem::temp_directory_path() / "rehearse-test-library-many").string();
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    std::vector<std::string> files;
    for (int i = 0; i < 60; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "/s%02d.json", i);
        files.push_back(dir + name);
        if (i % 10 == 3) std::ofstream(files.back()) << "{ \"id\": ";  // broken
        else if (i % 10 == 7) std::ofstream(files.back()) << minimalWith("\"toy-late-invoices\"", "\"copy-1\"");
        else std::ofstream(files.back()) << minimalWith("\"toy-late-invoices\"", "\"copy-" + std::to_string(i) + "\"");
    }

    ScenarioLibrary library;
    library.load({dir});
    Diagnostics oneByOne;
    std::size_t loaded = 0;
    std::set<std::string> ids;
    for (const std::string& file : files) {
        ScenarioLoadResult result = loadScenarioFromFile(file);
        oneByOne.insert(oneByOne.end(), result.diagnostics.begin(), result.diagnostics.end());
        if (!result.scenario) continue;
        if (!ids.insert(result.scenario->id).second) {
            oneByOne.push_back({file, 1, 1, Diagnostic::Severity::Error,
                                "scenario id '" + result.scenario->id + "' is already used by " + dir + "/s01.json"});
            continue;
        }
        ++loaded;
    }
    CHECK(library.fileCount() == files.size());
    CHECK(library.scenarios().size() == loaded);
    REQUIRE(library.diagnostics().size() == oneByOne.size());
    for (std::size_t i = 0; i < oneByOne.size(); ++i) CHECK(library.diagnostics()[i].format() == oneByOne[i].format());
    REQUIRE(library.find("copy-1") != nullptr);
    CHECK(library.find("copy-1")->sourcePath == dir + "/s01.json");
    std::filesystem::remove_all(dir);
}

// --- Limits (docs/scenario-format.md, "Limits") ---------------------------------

namespace {

// The minimal scenario with its tags nested `depth` levels deep in total
// (the root object counts as one level).
std::string nestedTags(int depth) {
    std::string open(static_cast<std::size_t>(depth - 1), '['), close(static_cast<std::size_t>(depth - 1), ']');
    return minimalWith("\"tags\": [\"classification\", \"tabular\"]", "\"tags\": " + open + close);
}

bool errorsMention(const std::vector<std::string>& errors, const std::string& part) {
    for (const std::string& e : errors)
        if (e.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("nesting deeper than the limit is refused at the bracket that crosses it", "[scenario][limits]") {
    CHECK_FALSE(errorsMention(errorsOf(nestedTags(kMaxScenarioNesting)), "nested more than"));
    std::vector<std::string> errors = errorsOf(nestedTags(kMaxScenarioNesting + 1));
    REQUIRE(errors.size() == 1);
    // Line 7 holds "tags"; its value starts at column 11 and the 32nd '[' of it crosses the limit.
    CHECK(errors[0] == "s.json:7:" + std::to_string(11 + kMaxScenarioNesting - 1) +
                           ": error: arrays and objects nested more than 32 deep; a scenario needs far fewer levels");
    // Hostile depth: one message, no recursion.
    errors = errorsOf(std::string(1000000, '[') + std::string(1000000, ']'));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].rfind("s.json:1:33: error: arrays and objects nested", 0) == 0);
}

TEST_CASE("a string longer than the limit is refused where it starts", "[scenario][limits]") {
    std::string longest(kMaxScenarioStringBytes, 'x');
    CHECK(errorsOf(minimalWith("\"Late invoices\"", "\"" + longest + "\"")).empty());
    std::vector<std::string> errors = errorsOf(minimalWith("\"Late invoices\"", "\"" + longest + "y\""));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0] == "s.json:4:12: error: a string of 16385 bytes; a string may hold at most 16384 bytes (16.0 KiB)");
}

TEST_CASE("an id as long as a string may be is checked without a crash", "[scenario][limits]") {
    // std::regex once checked ids, recursing once per character: a 100 KB id
    // overflowed the stack. Now the longest id allowed loads and a longer one
    // is refused by the string limit.
    std::string id(kMaxScenarioStringBytes, 'a');
    ScenarioLoadResult result = loadScenarioFromText(minimalWith("\"toy-late-invoices\"", "\"" + id + "\""), "s.json");
    REQUIRE(result.scenario);
    CHECK(result.scenario->id == id);
    std::string badId = std::string(kMaxScenarioStringBytes - 1, 'a') + "-";
    CHECK(errorsMention(errorsOf(minimalWith("\"toy-late-invoices\"", "\"" + badId + "\"")), "lower-case words"));
    CHECK(errorsMention(errorsOf(minimalWith("\"toy-late-invoices\"", "\"" + std::string(100000, 'a') + "\"")),
                   "a string may hold at most"));
}

TEST_CASE("loading time grows with the file, not with the file times its problems", "[scenario][limits]") {
    // 30,000 facts, each with a misspelt field (a warning that needs a
    // position) and the last one repeating the first id (an error that points
    // back at it). Locating each problem by rescanning the file from its start
    // took minutes for half of this.
    const int facts = 30000;
    std::string text = "{\n  \"facts\": [\n";
    for (int i = 0; i < facts; ++i)
        text += "    {\"id\": \"f" + std::to_string(i == facts - 1 ? 0 : i) +
                "\", \"topic\": \"T\", \"asks\": [\"q\"], \"answer\": \"a\", \"extra\": 1},\n";
    text += "    {\"id\": \"last\", \"topic\": \"T\", \"asks\": [\"q\"], \"answer\": \"a\"}\n  ]\n}\n";
    REQUIRE(text.size() < kMaxScenarioFileBytes);

    auto start = std::chrono::steady_clock::now();
    ScenarioLoadResult result = loadScenarioFromText(text, "big.json");
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    std::size_t warnings = 0;
    std::string duplicate;
    for (const Diagnostic& d : result.diagnostics) {
        if (d.severity == Diagnostic::Severity::Warning) ++warnings;
        if (d.message.find("duplicate fact id") != std::string::npos) duplicate = d.format();
    }
    CHECK(warnings == static_cast<std::size_t>(facts));
    CHECK(duplicate == "big.json:" + std::to_string(facts + 2) +
                           ":12: error: duplicate fact id 'f0' (first defined at line 3)");
    // Well under a second in a release build; the quadratic version took ten minutes.
    CHECK(seconds < 30);
}

TEST_CASE("files that are not regular or too large are refused and the rest still load", "[scenario][limits]") {
    namespace fs = std::filesystem;
    std::string dir = (fs::temp_directory_path() / "rehearse-test-limits").string();
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::copy_file(kMinimalPath, dir + "/good.json");
    // A FIFO no one writes to: opening it for a blocking read would hang.
    REQUIRE(mkfifo((dir + "/pipe.json").c_str(), 0600) == 0);
    fs::create_symlink("/dev/zero", dir + "/zero.json");
    // 2 GiB of nothing, sparse: reading it whole would exhaust memory.
    std::ofstream(dir + "/huge.json").close();
    fs::resize_file(dir + "/huge.json", 2ull * 1024 * 1024 * 1024);
    // Exactly at the limit: read, and judged on its content.
    std::ofstream(dir + "/at-limit.json") << std::string(kMaxScenarioFileBytes, ' ');

    ScenarioLibrary library;
    library.load({dir, "/dev/zero", dir + "/missing.json"});
    CHECK(library.scenarios().size() == 1);
    std::vector<std::string> messages;
    for (const Diagnostic& d : library.diagnostics()) messages.push_back(d.format());
    CHECK(errorsMention(messages, dir + "/pipe.json: error: is a pipe, not a scenario file"));
    CHECK(errorsMention(messages, dir + "/zero.json: error: is a device, not a scenario file"));
    CHECK(errorsMention(messages, "/dev/zero: error: is a device, not a scenario file"));
    CHECK(errorsMention(messages, dir + "/huge.json: error: the file is 2147483648 bytes (2.0 GiB); a scenario file may be at most 8388608 bytes (8.0 MiB)"));
    CHECK(errorsMention(messages, dir + "/at-limit.json:1:"));  // an empty document: a syntax error, with a position
    CHECK(errorsMention(messages, dir + "/missing.json: error: cannot open file: No such file or directory"));
    fs::remove_all(dir);
}
