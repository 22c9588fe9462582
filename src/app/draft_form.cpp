#include "app/draft_form.hpp"

#include "app/theme.hpp"
#include "app/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

namespace rehearse {
namespace {

using Json = ScenarioDraft::Json;

constexpr ImGuiInputTextFlags kTextFlags = ImGuiInputTextFlags_NoUndoRedo;

std::string trimmed(const std::string& s) {
    const std::size_t begin = s.find_first_not_of(" \t\r");
    if (begin == std::string::npos) return "";
    return s.substr(begin, s.find_last_not_of(" \t\r") + 1 - begin);
}

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::size_t begin = 0;
    while (begin <= text.size()) {
        std::size_t end = text.find(separator, begin);
        if (end == std::string::npos) end = text.size();
        parts.push_back(text.substr(begin, end - begin));
        begin = end + 1;
    }
    return parts;
}

std::string stringsText(const Json* value, const char* separator) {
    std::string out;
    if (!value || !value->is_array()) return out;
    for (const Json& item : *value) {
        if (!out.empty()) out += separator;
        if (item.is_string()) out += item.get<std::string>();
    }
    return out;
}

// A multi-line box `rows` lines tall; ImGui 1.86's have no hint, so an empty
// one not being typed in shows `hint` drawn inside it. True when edited.
bool multilineWithHint(const std::string& pointer, std::string& value, float rows, const char* hint) {
    const bool changed =
        ImGui::InputTextMultiline(("##" + pointer).c_str(), &value, ImVec2(-1, em(1.4f * rows)), kTextFlags);
    if (!ImGui::IsItemActive() && value.empty() && hint[0]) {
        const ImVec2 at = ImGui::GetItemRectMin();
        ImGui::GetWindowDrawList()->AddText(ImVec2(at.x + em(0.3f), at.y + em(0.2f)),
                                            ImGui::GetColorU32(ImGuiCol_TextDisabled), hint);
    }
    return changed;
}

}  // namespace

void DraftForm::label(const char* text, const std::string& pointer) {
    ImGui::AlignTextToFramePadding();
    // The label takes the colour of the worst finding about its field.
    const auto found = m_check->at(pointer);
    bool error = false;
    for (const FieldDiagnostic* d : found) error = error || d->diagnostic.severity == Diagnostic::Severity::Error;
    if (!found.empty()) ImGui::PushStyleColor(ImGuiCol_Text, error ? errorColour() : palette::warning);
    ImGui::TextUnformatted(text);
    if (!found.empty()) ImGui::PopStyleColor();
    ImGui::SameLine(em(8));
    ImGui::SetNextItemWidth(-1);
    if (m_refocus == pointer) {
        ImGui::SetKeyboardFocusHere();
        m_refocus.clear();
    }
}

bool DraftForm::edited(const std::string& pointer, Json value) {
    if (m_typing != pointer) m_draft->endTyping();
    m_typing = pointer;
    return m_draft->set(pointer, std::move(value), true);
}

void DraftForm::track(const std::string& pointer) {
    if (ImGui::IsItemActive()) focusRing();
    if (ImGui::IsItemDeactivated() && m_typing == pointer) {
        m_typing.clear();
        m_draft->endTyping();
    }
}

bool DraftForm::text(const char* name, const std::string& pointer, const char* hint) {
    label(name, pointer);
    std::string value = m_draft->text(pointer);
    bool changed = ImGui::InputTextWithHint(("##" + pointer).c_str(), hint, &value, kTextFlags);
    if (changed) changed = edited(pointer, value);
    track(pointer);
    diagnostics(pointer);
    return changed;
}

bool DraftForm::multiline(const char* name, const std::string& pointer, float rows, const char* hint) {
    label(name, pointer);
    std::string value = m_draft->text(pointer);
    bool changed = multilineWithHint(pointer, value, rows, hint);
    if (changed) changed = edited(pointer, value);
    track(pointer);
    diagnostics(pointer);
    return changed;
}

bool DraftForm::number(const char* name, const std::string& pointer, double step) {
    label(name, pointer);
    const Json* current = m_draft->find(pointer);
    double value = current && current->is_number() ? current->get<double>() : 0;
    ImGui::SetNextItemWidth(em(9));
    bool changed = ImGui::InputDouble(("##" + pointer).c_str(), &value, step, step * 5, "%g");
    if (changed) {
        // Whole numbers stay integers in the file ("minutes": 5, not 5.0).
        Json written = std::floor(value) == value && std::fabs(value) < 1e9 ? Json(static_cast<long long>(value))
                                                                              : Json(value);
        changed = edited(pointer, written);
    }
    track(pointer);
    diagnostics(pointer);
    return changed;
}

bool DraftForm::integer(const char* name, const std::string& pointer, int minimum, int maximum) {
    label(name, pointer);
    const Json* current = m_draft->find(pointer);
    int value = current && current->is_number_integer() ? current->get<int>() : minimum;
    ImGui::SetNextItemWidth(em(9));
    bool changed = ImGui::InputInt(("##" + pointer).c_str(), &value);
    if (changed) changed = edited(pointer, std::clamp(value, minimum, maximum));
    track(pointer);
    diagnostics(pointer);
    return changed;
}

bool DraftForm::checkbox(const char* name, const std::string& pointer) {
    label(name, pointer);
    const Json* current = m_draft->find(pointer);
    bool value = current && current->is_boolean() && current->get<bool>();
    bool changed = ImGui::Checkbox(("##" + pointer).c_str(), &value);
    if (changed) {
        m_typing.clear();
        changed = value ? m_draft->set(pointer, true) : m_draft->remove(pointer) || m_draft->set(pointer, false);
    }
    diagnostics(pointer);
    return changed;
}

bool DraftForm::choice(const char* name, const std::string& pointer,
                       const std::vector<std::pair<std::string, std::string>>& choices) {
    label(name, pointer);
    const Json* current = m_draft->find(pointer);
    std::string value = current && current->is_string() ? current->get<std::string>()
                        : current                        ? current->dump()
                                                         : std::string();
    std::string shown = value;
    for (const auto& [choiceValue, choiceShown] : choices)
        if (choiceValue == value) shown = choiceShown;
    bool changed = false;
    ImGui::SetNextItemWidth(em(14));
    if (ImGui::BeginCombo(("##" + pointer).c_str(), shown.c_str())) {
        for (const auto& [choiceValue, choiceShown] : choices) {
            if (ImGui::Selectable(choiceShown.c_str(), choiceValue == value) && choiceValue != value) {
                m_typing.clear();
                if (choiceValue.empty()) {
                    changed = m_draft->remove(pointer);
                } else {
                    // Numbers offered as choices (weight 1..3) stay numbers.
                    Json parsed = Json::parse(choiceValue, nullptr, false);
                    changed = m_draft->set(pointer, parsed.is_number() ? parsed : Json(choiceValue));
                }
            }
        }
        ImGui::EndCombo();
    }
    diagnostics(pointer);
    return changed;
}

bool DraftForm::lines(const char* name, const std::string& pointer, float height, const char* hint) {
    label(name, pointer);
    std::string value = stringsText(m_draft->find(pointer), "\n");
    bool changed = multilineWithHint(pointer, value, height, hint);
    if (changed) {
        Json array = Json::array();
        for (const std::string& line : split(value, '\n'))
            if (!trimmed(line).empty()) array.push_back(trimmed(line));
        changed = edited(pointer, array);
    }
    track(pointer);
    diagnostics(pointer, true);
    return changed;
}

bool DraftForm::commaList(const char* name, const std::string& pointer, const char* hint) {
    label(name, pointer);
    std::string value = stringsText(m_draft->find(pointer), ", ");
    bool changed = ImGui::InputTextWithHint(("##" + pointer).c_str(), hint, &value, kTextFlags);
    if (changed) {
        Json array = Json::array();
        for (const std::string& item : split(value, ','))
            if (!trimmed(item).empty()) array.push_back(trimmed(item));
        changed = edited(pointer, array);
    }
    track(pointer);
    diagnostics(pointer, true);
    return changed;
}

bool DraftForm::concepts(const char* name, const std::string& pointer, float height, const char* hint) {
    label(name, pointer);
    std::string value;
    if (const Json* list = m_draft->find(pointer); list && list->is_array())
        for (const Json& concept : *list) {
            if (!value.empty()) value += "\n";
            value += stringsText(&concept, " | ");
        }
    bool changed = multilineWithHint(pointer, value, height, hint);
    if (changed) {
        Json array = Json::array();
        for (const std::string& line : split(value, '\n')) {
            Json concept = Json::array();
            for (const std::string& phrase : split(line, '|'))
                if (!trimmed(phrase).empty()) concept.push_back(trimmed(phrase));
            if (!concept.empty()) array.push_back(concept);
        }
        changed = edited(pointer, array);
    }
    track(pointer);
    diagnostics(pointer, true);
    return changed;
}

void DraftForm::diagnostics(const std::string& pointer, bool within) {
    const auto found = within ? m_check->within(pointer) : m_check->at(pointer);
    for (const FieldDiagnostic* d : found) {
        const bool error = d->diagnostic.severity == Diagnostic::Severity::Error;
        ImGui::Indent(em(8));
        wrappedColoredText(error ? errorColour() : palette::warning,
                           std::string(error ? "error: " : "warning: ") + d->diagnostic.message);
        ImGui::Unindent(em(8));
    }
}

}  // namespace rehearse
