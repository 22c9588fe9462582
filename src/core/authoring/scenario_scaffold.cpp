#include "core/authoring/scenario_scaffold.hpp"

#include "core/json/untrusted_json.hpp"
#include "core/scenario/scenario_format.hpp"
#include "core/scenario/scenario_loader.hpp"
#include "core/store/xdg_paths.hpp"

#include <nlohmann/json.hpp>

namespace rehearse {
namespace {

using Json = nlohmann::ordered_json;

// The text in the canonical layout, if it loads as a scenario; its errors otherwise.
ScenarioScaffold checked(const std::string& text, const std::string& path) {
    ScenarioScaffold result;
    ScenarioLoadResult loaded = loadScenarioFromText(text, path);
    if (!loaded.scenario) {
        result.diagnostics = std::move(loaded.diagnostics);
        return result;
    }
    ScenarioFormatResult formatted = formatScenarioText(text, path);
    result.text = std::move(formatted.text);
    result.diagnostics = std::move(formatted.diagnostics);
    return result;
}

Json stage(const char* id, int minutes, const char* keyPoint, const char* concept) {
    return Json{{"id", id},
                {"minutes", minutes},
                {"goal", "TODO: what this stage must settle."},
                {"guidance", "TODO: what a strong candidate does here."},
                {"key_points",
                 Json::array({Json{{"id", keyPoint},
                                   {"text", "TODO: one thing a strong answer covers."},
                                   {"why", "TODO: why it matters, for the debrief."},
                                   {"concepts", Json::array({Json::array({concept})})},
                                   {"weight", 2}}})},
                {"follow_ups", Json::array({Json{{"id", std::string("fu-") + id + "-open"},
                                                 {"says", "TODO: the interviewer's opening question for this stage."},
                                                 {"trigger", Json{{"on", "enter"}}},
                                                 {"key_point", keyPoint}}})},
                {"pitfalls", Json::array()},
                {"reference", "TODO: what a strong candidate says in this stage."}};
}

}  // namespace

std::string userScenarioFolder() { return dataDirectory() + "/scenarios"; }

ScenarioScaffold scaffoldScenario(const std::string& id, const std::string& path) {
    // Concepts that no real answer says, so the skeleton never credits anything by accident.
    Json root{{"format", 1},
              {"id", id},
              {"title", "TODO: title"},
              {"question", "TODO: the question as the interviewer states it: context, product surface and goal."},
              {"difficulty", "medium"},
              {"tags", Json::array()},
              {"minutes", 45},
              {"facts", Json::array({Json{{"id", "volume"},
                                          {"topic", "Volume"},
                                          {"asks", Json::array({"how many requests per day", "what scale is this"})},
                                          {"answer", "TODO: a concrete number the interviewer gives when asked."},
                                          {"important", true}}})},
              {"stages", Json::array({stage("clarify", 5, "clarify-todo", "todo clarify point"),
                                      stage("data", 8, "data-todo", "todo data point"),
                                      stage("features", 8, "features-todo", "todo features point"),
                                      stage("models", 10, "models-todo", "todo models point"),
                                      stage("evaluation", 8, "evaluation-todo", "todo evaluation point"),
                                      stage("deployment", 6, "deployment-todo", "todo deployment point")})},
              {"reference", Json{{"summary", "TODO: the reference design in a paragraph."},
                                 {"diagram", Json{{"items", Json::array()}, {"arrows", Json::array()}}}}}};
    return checked(dumpJson(root, 2), path);
}

ScenarioScaffold copyScenario(const std::string& sourceText, const std::string& sourcePath, const std::string& id,
                              const std::string& path) {
    ScenarioScaffold result;
    ScenarioLoadResult source = loadScenarioFromText(sourceText, sourcePath);
    std::string error;
    std::optional<Json> root = parseUntrustedOrderedJson(sourceText, &error);
    if (!source.scenario || !root || !root->is_object()) {
        result.diagnostics = std::move(source.diagnostics);
        if (result.diagnostics.empty())
            result.diagnostics.push_back({sourcePath, 1, 1, Diagnostic::Severity::Error, "not a scenario: " + error});
        return result;
    }
    (*root)["id"] = id;
    (*root)["title"] = source.scenario->title + " (copy)";
    return checked(dumpJson(*root, 2), path);
}

}  // namespace rehearse
