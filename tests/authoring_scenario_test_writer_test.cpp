// Blessing what was tried in the editor: the entry written records what the
// interviewer did, `rehearse test` then passes it, and the file it goes into
// never loses what it held.
#include "core/authoring/scenario_test_run.hpp"
#include "core/authoring/scenario_test_writer.hpp"
#include "core/json/untrusted_json.hpp"
#include "core/scenario/scenario_loader.hpp"
#include "core/store/safe_file.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace rehearse;
namespace fs = std::filesystem;

namespace {

Scenario writerToyScenario() {
    ScenarioLoadResult loaded = loadScenarioFromFile(REHEARSE_TEST_DATA "/lint/toy-late-invoices.json");
    REQUIRE(loaded.scenario);
    return *loaded.scenario;
}

// A fresh folder for one test case's files.
fs::path freshWriterFolder(const std::string& name) {
    const fs::path folder = fs::temp_directory_path() / ("rehearse-test-writer-" + name);
    fs::remove_all(folder);
    fs::create_directories(folder);
    return folder;
}

std::string contentOf(const fs::path& path) {
    std::string error;
    std::optional<std::string> text = readTextFile(path.string(), error);
    REQUIRE(text);
    return *text;
}

ScenarioTestFile loadedTests(const fs::path& path) {
    ScenarioTestLoadResult loaded = loadScenarioTestsFromFile(path.string());
    for (const Diagnostic& d : loaded.diagnostics) INFO(d.format());
    REQUIRE(loaded.tests);
    return *loaded.tests;
}

}  // namespace

TEST_CASE("test writer: every shipped test file is already in the layout entries are written in", "[authoring][test-writer]") {
    // So blessing one entry in the editor changes one line of a shipped file.
    const std::vector<std::string> files = scenarioTestFilesIn({REHEARSE_SCENARIO_DIR});
    REQUIRE(files.size() >= 20);
    for (const std::string& path : files) {
        INFO(path);
        const std::string text = contentOf(path);
        std::optional<nlohmann::ordered_json> parsed = parseUntrustedOrderedJson(text);
        REQUIRE(parsed);
        CHECK(scenarioTestText(*parsed) == text);
    }
}

TEST_CASE("test writer: a blessed question records the fact it reached, or that it was declined", "[authoring][test-writer]") {
    const Scenario scenario = writerToyScenario();
    const fs::path folder = freshWriterFolder("questions");
    const std::string path = scenarioTestPathFor((folder / "toy-late-invoices.json").string(), scenario.id);
    CHECK(path == (folder / "tests" / "toy-late-invoices.tests.json").string());

    const std::string answered = "how many invoices do we get per day?";
    const std::string declined = "what colour is the office carpet?";
    const QuestionTest reached = blessedQuestion(answered, tryQuestion(scenario, answered));
    REQUIRE(reached.facts == std::vector<std::string>{"volume"});
    TestSaveResult saved = saveQuestionTest(path, scenario.id, reached);
    INFO(saved.message);
    REQUIRE(saved.saved);  // the tests/ folder is made
    CHECK(saved.line == 4);
    CHECK(saved.message.find(path + ":4") != std::string::npos);

    const QuestionTest none = blessedQuestion(declined, tryQuestion(scenario, declined));
    CHECK(none.facts.empty());
    saved = saveQuestionTest(path, scenario.id, none);
    REQUIRE(saved.saved);
    CHECK(saved.questions == 2);
    CHECK(contentOf(path) == "{\n"
                             "  \"scenario\": \"toy-late-invoices\",\n"
                             "  \"questions\": [\n"
                             "    { \"ask\": \"how many invoices do we get per day?\", \"fact\": \"volume\" },\n"
                             "    { \"ask\": \"what colour is the office carpet?\", \"fact\": null }\n"
                             "  ]\n"
                             "}\n");
    const ScenarioTestRun run = runScenarioTests(loadedTests(path), scenario);
    CHECK(run.passed == 2);
    CHECK(run.failed == 0);
}

TEST_CASE("test writer: a blessed sentence records what it covers and what it came near", "[authoring][test-writer]") {
    const Scenario scenario = writerToyScenario();
    const fs::path folder = freshWriterFolder("sentences");
    const std::string path = (folder / "toy.tests.json").string();
    struct Tried {
        std::string text;
        StageKind stage;
    };
    const std::vector<Tried> tried = {{"I would train gradient boosted trees.", StageKind::Models},
                                      {"Gradient boosted trees are unnecessary for this.", StageKind::Models},
                                      {"The weather is nice today.", StageKind::Clarify}};
    std::vector<SentenceTest> blessed;
    for (const Tried& t : tried) {
        blessed.push_back(blessedSentence(t.text, t.stage, trySentence(scenario, t.stage, t.text)));
        const TestSaveResult saved = saveSentenceTest(path, scenario.id, blessed.back());
        INFO(saved.message);
        REQUIRE(saved.saved);
    }
    CHECK(blessed[0].covers == std::vector<std::string>{"gbdt"});
    CHECK(blessed[1].covers.empty());
    CHECK(blessed[1].doesNotCover == std::vector<std::string>{"gbdt"});  // rejected: must not cover it
    CHECK_FALSE(blessed[1].coversNothing);
    CHECK(blessed[2].coversNothing);

    const ScenarioTestFile file = loadedTests(path);
    REQUIRE(file.sentences.size() == 3);
    CHECK(file.sentences[1].stage == StageKind::Models);
    const ScenarioTestRun run = runScenarioTests(file, scenario);
    CHECK(run.passed == 3);
    CHECK(run.failed == 0);
}

TEST_CASE("test writer: blessing the same words again replaces that entry and keeps the others", "[authoring][test-writer]") {
    const fs::path folder = freshWriterFolder("replace");
    const std::string path = (folder / "toy.tests.json").string();
    {
        std::ofstream out(path);
        out << "{\n  \"scenario\": \"toy-late-invoices\",\n  \"sentences\": [\n"
               "    { \"text\": \"Big data and AI.\", \"covers_nothing\": true }\n  ]\n}\n";
    }
    QuestionTest first;
    first.ask = "how many invoices?";
    first.facts = {"volume"};
    REQUIRE(saveQuestionTest(path, "toy-late-invoices", first).saved);
    QuestionTest again = first;
    again.facts.clear();
    const TestSaveResult saved = saveQuestionTest(path, "toy-late-invoices", again);
    REQUIRE(saved.saved);
    CHECK(saved.replaced);
    CHECK(saved.message.rfind("updated the test at", 0) == 0);
    const ScenarioTestFile file = loadedTests(path);
    REQUIRE(file.questions.size() == 1);
    CHECK(file.questions[0].facts.empty());
    REQUIRE(file.sentences.size() == 1);  // the entry that was there stays
    CHECK(file.sentences[0].coversNothing);
    // "questions" is written before "sentences", though added after.
    const std::string text = contentOf(path);
    CHECK(text.find("\"questions\"") < text.find("\"sentences\""));
}

TEST_CASE("test writer: a test file that does not load, or tests another scenario, is never rewritten", "[authoring][test-writer]") {
    const fs::path folder = freshWriterFolder("refused");
    const std::string path = (folder / "toy.tests.json").string();
    const std::string broken = "{\n  \"scenario\": \"toy-late-invoices\",\n  \"questions\": [\n    { \"ask\": \"x\" }\n  ]\n}\n";
    { std::ofstream(path) << broken; }
    QuestionTest test;
    test.ask = "how many invoices?";
    test.facts = {"volume"};
    TestSaveResult saved = saveQuestionTest(path, "toy-late-invoices", test);
    CHECK_FALSE(saved.saved);
    CHECK(saved.message.find(path + ":4:") != std::string::npos);  // where to fix it
    CHECK(contentOf(path) == broken);

    const std::string other = "{\n  \"scenario\": \"another\",\n  \"questions\": []\n}\n";
    { std::ofstream(path) << other; }
    saved = saveQuestionTest(path, "toy-late-invoices", test);
    CHECK_FALSE(saved.saved);
    CHECK(saved.message.find("'another'") != std::string::npos);
    CHECK(contentOf(path) == other);
}

TEST_CASE("test writer: a copy of a shipped scenario gets its tests under the copy's id, and they pass", "[authoring][test-writer]") {
    const fs::path folder = freshWriterFolder("copy");
    const std::string source = std::string(REHEARSE_SCENARIO_DIR) + "/spam-email-detection.json";
    const std::string copy = (folder / "my-spam.json").string();
    const TestSaveResult result = copyScenarioTests(source, "spam-email-detection", copy, "my-spam");
    INFO(result.message);
    REQUIRE(result.saved);
    const ScenarioTestFile copied = loadedTests(folder / "tests" / "my-spam.tests.json");
    CHECK(copied.scenarioId == "my-spam");
    CHECK(copied.questions.size() >= 10);
    CHECK(copied.questions.size() == result.questions);
    // The copy (the same scenario under another id) passes them, as the original does.
    ScenarioLoadResult loaded = loadScenarioFromFile(source);
    REQUIRE(loaded.scenario);
    loaded.scenario->id = "my-spam";
    CHECK(runScenarioTests(copied, *loaded.scenario).failures.empty());

    // A second copy onto a test file the author already has keeps the author's file.
    const std::string before = contentOf(folder / "tests" / "my-spam.tests.json");
    const TestSaveResult again = copyScenarioTests(source, "spam-email-detection", copy, "my-spam");
    CHECK(!again.saved);
    CHECK(contentOf(folder / "tests" / "my-spam.tests.json") == before);
    // A scenario without tests: nothing written, nothing to say.
    const TestSaveResult none = copyScenarioTests((folder / "x.json").string(), "x", copy, "other");
    CHECK(!none.saved);
    CHECK(none.message.empty());
    CHECK(!fs::exists(folder / "tests" / "other.tests.json"));
}
