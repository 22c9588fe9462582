#include "core/authoring/draft_check.hpp"

#include "core/authoring/author_lint.hpp"
#include "core/scenario/json_locator.hpp"
#include "core/scenario/scenario_format.hpp"
#include "core/scenario/scenario_lint.hpp"
#include "core/scenario/scenario_loader.hpp"

#include <algorithm>
#include <tuple>

namespace rehearse {
namespace {

using Json = ScenarioDraft::Json;

void collectPointers(const Json& value, const std::string& pointer, std::vector<std::string>& out) {
    out.push_back(pointer);
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it)
            collectPointers(it.value(), jsonPointerChild(pointer, it.key()), out);
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) collectPointers(value[i], jsonPointerChild(pointer, i), out);
    }
}

// Line and column back to the pointer of what starts there.
class PointerFinder {
public:
    PointerFinder(const Json& document, const std::string& canonicalText) : m_locator(canonicalText) {
        std::vector<std::string> pointers;
        collectPointers(document, "", pointers);
        for (const std::string& pointer : pointers) {
            const TextPosition value = m_locator.positionOf(pointer);
            m_starts.push_back({value.line, value.column, pointer});
            if (!pointer.empty()) {
                const TextPosition key = m_locator.keyPositionOf(pointer);
                if (key.line != value.line || key.column != value.column)
                    m_keys.push_back({key.line, key.column, pointer});
            }
        }
        std::sort(m_starts.begin(), m_starts.end());
    }

    std::string pointerAt(int line, int column) const {
        if (line <= 0) return "";
        for (const auto& key : m_keys)
            if (std::get<0>(key) == line && std::get<1>(key) == column) return std::get<2>(key);
        // The value starting there, else the last one starting before it (the innermost around it).
        std::string found;
        for (const auto& start : m_starts) {
            if (std::make_pair(std::get<0>(start), std::get<1>(start)) > std::make_pair(line, column)) break;
            found = std::get<2>(start);
        }
        return found;
    }

private:
    JsonLocator m_locator;
    std::vector<std::tuple<int, int, std::string>> m_starts, m_keys;
};

}  // namespace

bool DraftCheck::hasErrors() const {
    for (const FieldDiagnostic& d : diagnostics)
        if (d.diagnostic.severity == Diagnostic::Severity::Error) return true;
    return false;
}

std::vector<const FieldDiagnostic*> DraftCheck::at(const std::string& pointer) const {
    std::vector<const FieldDiagnostic*> out;
    for (const FieldDiagnostic& d : diagnostics)
        if (d.pointer == pointer) out.push_back(&d);
    return out;
}

std::vector<const FieldDiagnostic*> DraftCheck::within(const std::string& pointer) const {
    std::vector<const FieldDiagnostic*> out;
    for (const FieldDiagnostic& d : diagnostics)
        if (d.pointer == pointer || d.pointer.rfind(pointer + "/", 0) == 0) out.push_back(&d);
    return out;
}

DraftCheck checkDraft(const ScenarioDraft& draft, const std::vector<Scenario>& library, const std::string& copiedFrom) {
    DraftCheck check;
    const std::string& path = draft.path();
    ScenarioFormatResult formatted = formatScenarioText(draft.document().dump(), path);
    if (!formatted.text) {
        for (Diagnostic& d : formatted.diagnostics) check.diagnostics.push_back({"", std::move(d)});
        return check;
    }
    check.canonicalText = std::move(formatted.text);
    const std::string& text = *check.canonicalText;

    ScenarioLoadResult loaded = loadScenarioFromText(text, path);
    Diagnostics found = std::move(loaded.diagnostics);
    makeUnknownFieldsErrors(found);
    if (loaded.scenario) {
        const ScenarioSourceTexts inMemory{{path, text}};
        std::vector<Scenario> all;
        for (const Scenario& other : library)
            if (other.id != loaded.scenario->id && other.sourcePath != path &&
                (copiedFrom.empty() || other.sourcePath != copiedFrom))
                all.push_back(other);
        // Last, so that text copied from another scenario is reported here, not there.
        all.push_back(*loaded.scenario);
        for (Diagnostics lint : {lintScenarios(all, {}, &inMemory), lintForAuthors({*loaded.scenario}, &inMemory)})
            for (Diagnostic& d : lint)
                if (d.path == path) found.push_back(std::move(d));
    }
    std::stable_sort(found.begin(), found.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::make_pair(a.line, a.column) < std::make_pair(b.line, b.column);
    });

    const PointerFinder finder(draft.document(), text);
    for (Diagnostic& d : found) {
        std::string pointer = finder.pointerAt(d.line, d.column);
        check.diagnostics.push_back({std::move(pointer), std::move(d)});
    }
    if (!hasErrors(found)) check.scenario = std::move(loaded.scenario);
    return check;
}

}  // namespace rehearse
