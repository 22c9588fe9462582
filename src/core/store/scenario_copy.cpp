#include "core/store/scenario_copy.hpp"

#include "core/json/untrusted_json.hpp"
#include "core/scenario/scenario_loader.hpp"
#include "core/store/safe_file.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>

namespace rehearse {
namespace {

std::string firstError(const Diagnostics& diagnostics) {
    for (const Diagnostic& d : diagnostics)
        if (d.severity == Diagnostic::Severity::Error) return d.format();
    return "the scenario does not load";
}

// What a journal refers to: stages by index, facts and follow-ups by id.
bool sameJournalShape(const Scenario& a, const Scenario& b) {
    if (a.stages.size() != b.stages.size() || a.facts.size() != b.facts.size()) return false;
    for (std::size_t i = 0; i < a.facts.size(); ++i)
        if (a.facts[i].id != b.facts[i].id) return false;
    for (std::size_t i = 0; i < a.stages.size(); ++i) {
        const Stage& x = a.stages[i];
        const Stage& y = b.stages[i];
        if (x.kind != y.kind || x.followUps.size() != y.followUps.size()) return false;
        for (std::size_t j = 0; j < x.followUps.size(); ++j)
            if (x.followUps[j].id != y.followUps[j].id) return false;
    }
    return true;
}

}  // namespace

std::string contentHash(const std::string& text) {
    std::uint64_t hash = 14695981039346656037ull;
    for (const char byte : text) {
        hash ^= static_cast<unsigned char>(byte);  // FNV-1a over bytes 0..255, as stored hashes were made
        hash *= 1099511628211ull;
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    return hex;
}

std::optional<ScenarioCopy> scenarioCopyFromText(const std::string& text, std::string& error) {
    ScenarioCopy copy;
    // Canonical form: the same scenario always gives the same text and hash,
    // whatever its indentation, and survives a JSON round trip. The text may
    // come from an archive or a file edited since it loaded: the depth check
    // keeps dump() from recursing through a hostile nesting.
    std::string why;
    std::optional<nlohmann::json> parsed = parseUntrustedJson(text, &why);
    if (!parsed) {
        error = "the scenario cannot be used: " + why;
        return std::nullopt;
    }
    copy.definition = dumpJson(*parsed);
    ScenarioLoadResult loaded = loadScenarioFromText(copy.definition, "scenario copy");
    if (!loaded.scenario) {
        error = firstError(loaded.diagnostics);
        return std::nullopt;
    }
    copy.scenarioId = loaded.scenario->id;
    copy.title = loaded.scenario->title;
    copy.hash = contentHash(copy.definition);
    return copy;
}

std::optional<ScenarioCopy> scenarioCopyOf(const Scenario& scenario, std::string& error) {
    if (scenario.sourcePath.empty()) {
        error = "the scenario has no source file";
        return std::nullopt;
    }
    auto text = readTextFile(scenario.sourcePath, error);
    if (!text) return std::nullopt;
    auto copy = scenarioCopyFromText(*text, error);
    if (!copy) return std::nullopt;
    if (copy->scenarioId != scenario.id) {
        error = scenario.sourcePath + " now holds scenario '" + copy->scenarioId + "', not '" + scenario.id + "'";
        return std::nullopt;
    }
    // The file may have been edited since the library read it; the copy must
    // be what the session runs on, at least in everything a journal names.
    auto reloaded = scenarioFromCopy(*copy, error);
    if (!reloaded || !sameJournalShape(*reloaded, scenario)) {
        error = scenario.sourcePath + " changed since it was loaded";
        return std::nullopt;
    }
    return copy;
}

std::optional<Scenario> scenarioFromCopy(const ScenarioCopy& copy, std::string& error) {
    ScenarioLoadResult loaded = loadScenarioFromText(copy.definition, "stored copy of " + copy.scenarioId);
    if (!loaded.scenario) {
        error = firstError(loaded.diagnostics);
        return std::nullopt;
    }
    return std::move(*loaded.scenario);
}

}  // namespace rehearse
