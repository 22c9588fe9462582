#include "core/authoring/scenario_test_file.hpp"

#include "core/scenario/json_reader.hpp"
#include "core/scenario/scenario_limits.hpp"
#include "core/scenario/scenario_loader.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace rehearse {
namespace {

using json = JsonValue;

bool endsWith(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

class TestFileParser {
public:
    TestFileParser(const std::string& path, const std::string& text, Diagnostics& diagnostics)
        : m_in(path, text, diagnostics) {}

    ScenarioTestFile parse(const json& root, const std::string& path) {
        ScenarioTestFile file;
        file.path = path;
        if (!m_in.isObject(root, "", "a scenario test file")) return file;
        m_in.checkKnownFields(root, "", {"$schema", "scenario", "questions", "sentences"});
        file.scenarioId = m_in.string(root, "", "scenario");
        file.scenarioAt = at("/scenario");
        readList(root, "questions", [&](const json& obj, const std::string& a) { readQuestion(obj, a, file); });
        readList(root, "sentences", [&](const json& obj, const std::string& a) { readSentence(obj, a, file); });
        if (!root.contains("questions") && !root.contains("sentences"))
            m_in.error("", "a test file needs 'questions', 'sentences' or both");
        return file;
    }

private:
    EntryPosition at(const std::string& pointer) const {
        TextPosition p = m_in.positionOf(pointer);
        return {p.line, p.column};
    }

    template <typename ReadFn>
    void readList(const json& root, const char* name, ReadFn read) {
        const json* list = m_in.field(root, "", name, false);
        std::string listAt = jsonPointerChild("", name);
        if (!list || !m_in.isArray(*list, listAt, (std::string("'") + name + "'").c_str())) return;
        for (std::size_t i = 0; i < list->size(); ++i) {
            std::string itemAt = jsonPointerChild(listAt, i);
            if (m_in.isObject((*list)[i], itemAt, (std::string("each of '") + name + "'").c_str()))
                read((*list)[i], itemAt);
        }
    }

    // The ids of `name` (an array of strings), with where each is written.
    std::vector<std::string> ids(const json& obj, const std::string& a, const char* name,
                                 std::vector<EntryPosition>& where) {
        std::vector<std::string> out = m_in.strings(obj, a, name, false, 0);
        where.clear();
        const json* list = obj.contains(name) ? &obj[name] : nullptr;
        if (list && list->is_array())
            for (std::size_t i = 0; i < list->size(); ++i)
                if ((*list)[i].is_string()) where.push_back(at(jsonPointerChild(jsonPointerChild(a, name), i)));
        if (where.size() != out.size()) where.resize(out.size(), at(a));  // an empty entry was refused
        return out;
    }

    void readQuestion(const json& obj, const std::string& a, ScenarioTestFile& file) {
        m_in.checkKnownFields(obj, a, {"ask", "fact", "facts"});
        QuestionTest test;
        test.at = at(a);
        test.ask = m_in.string(obj, a, "ask");
        bool hasFact = obj.contains("fact"), hasFacts = obj.contains("facts");
        if (hasFact && hasFacts) {
            m_in.error(a, "give 'fact' or 'facts', not both");
        } else if (hasFacts) {
            test.facts = ids(obj, a, "facts", test.factAt);
        } else if (hasFact) {
            const json& fact = obj["fact"];
            std::string factAt = jsonPointerChild(a, "fact");
            if (fact.is_string() && !fact.get<std::string>().empty()) {
                test.facts.push_back(fact.get<std::string>());
                test.factAt.push_back(at(factAt));
            } else if (!fact.is_null()) {
                m_in.error(factAt, "'fact' must be a fact id, or null when the interviewer must decline, not " +
                                       (fact.is_string() ? std::string("an empty string") : describeJsonType(fact)));
            }
        } else {
            m_in.error(a, "missing 'fact': the fact id it must reach, or null when the interviewer must decline");
        }
        file.questions.push_back(std::move(test));
    }

    void readSentence(const json& obj, const std::string& a, ScenarioTestFile& file) {
        m_in.checkKnownFields(obj, a, {"text", "stage", "covers", "does_not_cover", "covers_nothing"});
        SentenceTest test;
        test.at = at(a);
        test.text = m_in.string(obj, a, "text");
        std::string stage = m_in.string(obj, a, "stage", false);
        if (!stage.empty()) {
            test.stage = stageKindFromId(stage);
            if (!test.stage)
                m_in.error(jsonPointerChild(a, "stage"),
                           "unknown stage '" + stage +
                               "' (expected clarify, data, features, models, evaluation or deployment)");
        }
        test.covers = ids(obj, a, "covers", test.coversAt);
        test.doesNotCover = ids(obj, a, "does_not_cover", test.doesNotCoverAt);
        test.coversNothing = m_in.boolean(obj, a, "covers_nothing", false);
        if (test.coversNothing && !test.covers.empty())
            m_in.error(jsonPointerChild(a, "covers_nothing"), "a sentence that covers nothing cannot also 'cover' a key point");
        if (test.covers.empty() && test.doesNotCover.empty() && !test.coversNothing)
            m_in.error(a, "a sentence needs a key point in 'covers' (it must cover) or 'does_not_cover' (it must not), "
                          "or \"covers_nothing\": true");
        for (const std::string& id : test.covers)
            if (std::find(test.doesNotCover.begin(), test.doesNotCover.end(), id) != test.doesNotCover.end())
                m_in.error(a, "key point '" + id + "' is in both 'covers' and 'does_not_cover'");
        file.sentences.push_back(std::move(test));
    }

    JsonReader m_in;
};

}  // namespace

ScenarioTestLoadResult loadScenarioTestsFromText(const std::string& text, const std::string& path) {
    ScenarioTestLoadResult result;
    // The same limits and syntax checks (and messages) as a scenario file.
    if (findLimitViolation(text)) {
        result.diagnostics = loadScenarioFromText(text, path).diagnostics;
        return result;
    }
    JsonDocument document;
    const json* root = nullptr;
    try {
        root = &document.parse(text);
    } catch (const nlohmann::json::exception&) {
        result.diagnostics = loadScenarioFromText(text, path).diagnostics;
        if (result.diagnostics.empty())
            result.diagnostics.push_back({path, 1, 1, Diagnostic::Severity::Error, "invalid JSON"});
        return result;
    }
    TestFileParser parser(path, text, result.diagnostics);
    ScenarioTestFile file = parser.parse(*root, path);
    if (!hasErrors(result.diagnostics)) result.tests = std::move(file);
    return result;
}

ScenarioTestLoadResult loadScenarioTestsFromFile(const std::string& path) {
    std::string error;
    std::optional<std::string> text = readScenarioFile(path, error);
    if (!text) {
        ScenarioTestLoadResult result;
        result.diagnostics.push_back({path, 0, 0, Diagnostic::Severity::Error, error});
        return result;
    }
    return loadScenarioTestsFromText(*text, path);
}

std::vector<std::string> scenarioTestFilesIn(const std::vector<std::string>& paths) {
    std::vector<std::string> files;
    for (const std::string& path : paths) {
        std::error_code ec;
        if (!fs::is_directory(path, ec)) {
            files.push_back(path);
            continue;
        }
        // The folder itself (`rehearse test scenarios/tests`) and its tests/
        // folder (`rehearse test scenarios`).
        std::vector<std::string> found;
        for (const fs::path& folder : {fs::path(path), fs::path(path) / "tests"}) {
            if (!fs::is_directory(folder, ec)) continue;
            for (const auto& entry : fs::directory_iterator(folder, ec))
                if (!entry.is_directory(ec) && endsWith(entry.path().filename().string(), kScenarioTestSuffix))
                    found.push_back(entry.path().string());
        }
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

bool isScenarioTestFile(const std::string& path) { return endsWith(path, kScenarioTestSuffix); }

}  // namespace rehearse
