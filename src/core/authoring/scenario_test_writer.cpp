#include "core/authoring/scenario_test_writer.hpp"

#include "core/json/untrusted_json.hpp"
#include "core/store/safe_file.hpp"
#include "core/store/xdg_paths.hpp"

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace rehearse {
namespace {

using Json = nlohmann::ordered_json;

// A value on one line: `["a", "b"]`, `{ "ask": "...", "fact": null }`.
std::string oneLine(const Json& value) {
    if (value.is_array()) {
        std::string out = "[";
        for (std::size_t i = 0; i < value.size(); ++i) out += (i ? ", " : "") + oneLine(value[i]);
        return out + "]";
    }
    if (value.is_object()) {
        if (value.empty()) return "{}";
        std::string out = "{ ";
        bool first = true;
        for (auto it = value.begin(); it != value.end(); ++it, first = false)
            out += (first ? "" : ", ") + dumpJson(Json(it.key()), -1) + ": " + oneLine(it.value());
        return out + " }";
    }
    return dumpJson(value, -1);
}

Json questionEntry(const QuestionTest& test) {
    Json entry = {{"ask", test.ask}};
    if (test.facts.size() == 1) entry["fact"] = test.facts.front();
    else if (test.facts.empty()) entry["fact"] = nullptr;
    else entry["facts"] = test.facts;
    return entry;
}

Json sentenceEntry(const SentenceTest& test) {
    Json entry = {{"text", test.text}};
    if (test.stage) entry["stage"] = stageKindId(*test.stage);
    if (!test.covers.empty()) entry["covers"] = test.covers;
    if (!test.doesNotCover.empty()) entry["does_not_cover"] = test.doesNotCover;
    if (test.coversNothing) entry["covers_nothing"] = true;
    return entry;
}

// Index of the entry in `list` that `entry` replaces, or list.size().
std::size_t sameEntry(const Json& list, const Json& entry, bool question) {
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Json& old = list[i];
        if (!old.is_object()) continue;
        if (question) {
            if (old.value("ask", Json()) == entry["ask"]) return i;
        } else if (old.value("text", Json()) == entry["text"] &&
                   old.value("stage", Json()) == entry.value("stage", Json())) {
            return i;
        }
    }
    return list.size();
}

TestSaveResult saveEntry(const std::string& path, const std::string& scenarioId, const Json& entry, bool question) {
    TestSaveResult result;
    const char* listName = question ? "questions" : "sentences";
    Json root = {{"scenario", scenarioId}};
    if (fileExists(path)) {
        std::string error;
        std::optional<std::string> text = readTextFile(path, error);
        if (!text) {
            result.message = "not saved: " + error;
            return result;
        }
        // Never rewrite a file we cannot read whole: what it holds would be lost.
        ScenarioTestLoadResult loaded = loadScenarioTestsFromText(*text, path);
        if (!loaded.tests) {
            for (const Diagnostic& d : loaded.diagnostics)
                if (d.severity == Diagnostic::Severity::Error) {
                    result.message = "not saved: fix the test file first: " + d.format();
                    return result;
                }
            result.message = "not saved: " + path + " does not load";
            return result;
        }
        if (loaded.tests->scenarioId != scenarioId) {
            result.message = "not saved: " + path + " tests scenario '" + loaded.tests->scenarioId + "', not '" +
                             scenarioId + "'";
            return result;
        }
        std::optional<Json> parsed = parseUntrustedOrderedJson(*text);
        if (!parsed || !parsed->is_object()) {
            result.message = "not saved: " + path + " does not load";
            return result;
        }
        // Its members in the one order, lists kept as they are.
        root = Json::object();
        for (const char* key : {"$schema", "scenario", "questions", "sentences"})
            if (parsed->contains(key)) root[key] = (*parsed)[key];
    }
    if (!root.contains(listName)) {
        // "questions" before "sentences", whichever came first.
        Json ordered = Json::object();
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (it.key() == "sentences" && question) ordered["questions"] = Json::array();
            ordered[it.key()] = it.value();
        }
        if (!ordered.contains(listName)) ordered[listName] = Json::array();
        root = std::move(ordered);
    }
    Json& list = root[listName];
    const std::size_t at = sameEntry(list, entry, question);
    result.replaced = at < list.size();
    if (result.replaced) list[at] = entry;
    else list.push_back(entry);

    const std::string text = scenarioTestText(root);
    ScenarioTestLoadResult check = loadScenarioTestsFromText(text, path);
    if (!check.tests) {
        // Only an entry that breaks a rule of the format (an empty question) gets here.
        std::string why = check.diagnostics.empty() ? std::string("it would not load") : check.diagnostics.front().message;
        result.message = "not saved: " + why;
        return result;
    }
    std::string error;
    const std::string folder = fs::path(path).parent_path().string();
    if ((!folder.empty() && !ensureDirectory(folder, error)) || !writeOutputFile(path, text, error)) {
        result.message = "not saved: " + error;
        return result;
    }
    result.saved = true;
    result.questions = check.tests->questions.size();
    result.sentences = check.tests->sentences.size();
    result.line = question ? check.tests->questions[at].at.line : check.tests->sentences[at].at.line;
    result.message = std::string(result.replaced ? "updated the test at " : "added a test at ") + path + ":" +
                     std::to_string(result.line) + " (" + std::to_string(result.questions) + " question(s), " +
                     std::to_string(result.sentences) + " sentence(s))";
    return result;
}

}  // namespace

std::string scenarioTestPathFor(const std::string& scenarioPath, const std::string& scenarioId) {
    return (fs::path(scenarioPath).parent_path() / "tests" / (scenarioId + kScenarioTestSuffix)).string();
}

QuestionTest blessedQuestion(const std::string& ask, const QuestionTrial& trial) {
    QuestionTest test;
    test.ask = ask;
    test.facts = trial.answered;
    return test;
}

SentenceTest blessedSentence(const std::string& text, std::optional<StageKind> stage, const SentenceTrial& trial) {
    SentenceTest test;
    test.text = text;
    test.stage = stage;
    for (const KeyPointTrial& point : trial.keyPoints) (point.covered ? test.covers : test.doesNotCover).push_back(point.id);
    // Near misses say what the sentence is about ("X is unnecessary" must
    // not cover X); a sentence near nothing must cover nothing at all.
    test.coversNothing = test.covers.empty() && test.doesNotCover.empty();
    return test;
}

TestSaveResult saveQuestionTest(const std::string& testPath, const std::string& scenarioId, const QuestionTest& test) {
    return saveEntry(testPath, scenarioId, questionEntry(test), true);
}

TestSaveResult saveSentenceTest(const std::string& testPath, const std::string& scenarioId, const SentenceTest& test) {
    return saveEntry(testPath, scenarioId, sentenceEntry(test), false);
}

std::string scenarioTestText(const Json& file) {
    std::string out = "{\n";
    bool first = true;
    for (auto it = file.begin(); it != file.end(); ++it, first = false) {
        out += first ? "  " : ",\n  ";
        out += dumpJson(Json(it.key()), -1) + ": ";
        const Json& value = it.value();
        if (!value.is_array() || value.empty()) {
            out += oneLine(value);
            continue;
        }
        out += "[\n";
        for (std::size_t i = 0; i < value.size(); ++i) out += "    " + oneLine(value[i]) + (i + 1 < value.size() ? ",\n" : "\n");
        out += "  ]";
    }
    return out + "\n}\n";
}

std::optional<std::string> formatScenarioTestText(const std::string& text, const std::string& path,
                                                  Diagnostics& diagnostics) {
    ScenarioTestLoadResult loaded = loadScenarioTestsFromText(text, path);
    diagnostics = std::move(loaded.diagnostics);
    std::optional<Json> parsed = loaded.tests ? parseUntrustedOrderedJson(text) : std::nullopt;
    if (!parsed || !parsed->is_object()) return std::nullopt;
    return scenarioTestText(*parsed);
}

TestSaveResult copyScenarioTests(const std::string& sourcePath, const std::string& sourceId,
                                 const std::string& copyPath, const std::string& copyId) {
    TestSaveResult result;
    const std::string from = scenarioTestPathFor(sourcePath, sourceId);
    const std::string to = scenarioTestPathFor(copyPath, copyId);
    if (!fileExists(from)) return result;
    if (fileExists(to)) {
        result.message = "kept the tests already at " + to;
        return result;
    }
    std::string error;
    const std::optional<std::string> text = readTextFile(from, error);
    const ScenarioTestLoadResult loaded = text ? loadScenarioTestsFromText(*text, from) : ScenarioTestLoadResult{};
    std::optional<Json> parsed = loaded.tests ? parseUntrustedOrderedJson(*text) : std::nullopt;
    if (!parsed || !parsed->is_object()) {
        result.message = "tests not copied: " + from + (text ? " does not load" : ": " + error);
        return result;
    }
    (*parsed)["scenario"] = copyId;
    const std::string copied = scenarioTestText(*parsed);
    const ScenarioTestLoadResult check = loadScenarioTestsFromText(copied, to);
    const std::string folder = fs::path(to).parent_path().string();
    if (!check.tests || !ensureDirectory(folder, error) || !writeOutputFile(to, copied, error)) {
        result.message = "tests not copied: " + (check.tests ? error : to + " would not load");
        return result;
    }
    result.saved = true;
    result.questions = check.tests->questions.size();
    result.sentences = check.tests->sentences.size();
    result.message = "copied its tests to " + to + " (" + std::to_string(result.questions) + " question(s), " +
                     std::to_string(result.sentences) + " sentence(s))";
    return result;
}

}  // namespace rehearse
