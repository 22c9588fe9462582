#include "core/scenario/scenario_file_locations.hpp"

#include "core/scenario/scenario_limits.hpp"

namespace rehearse {

ScenarioFileLocations::ScenarioFileLocations(const std::string& path, const ScenarioSourceTexts* inMemory)
    : m_path(path) {
    auto held = inMemory ? inMemory->find(path) : ScenarioSourceTexts::const_iterator();
    if (inMemory && held != inMemory->end()) {
        m_text = held->second;
    } else {
        std::string error;
        m_text = readScenarioFile(path, error).value_or(std::string());
    }
    m_locator = std::make_unique<JsonLocator>(m_text);
}

Diagnostic ScenarioFileLocations::at(const std::string& pointer, const std::string& message,
                                     Diagnostic::Severity severity, bool atKey) const {
    TextPosition p = atKey ? m_locator->keyPositionOf(pointer) : m_locator->positionOf(pointer);
    return {m_path, p.line, p.column, severity, message};
}

}  // namespace rehearse
