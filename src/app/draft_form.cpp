#include "app/draft_form.hpp"

#include "app/theme.hpp"
#include "app/widget_handles.hpp"
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

}  // namespace

namespace {

// Names the field just drawn "editor.field<pointer>" (e.g. editor.field/facts/0/topic),
// so a scripted check finds any field of the form without counting pixels.
void nameFieldAt(const std::string& pointer) {
    if (widget_handles::recording()) widget_handles::nameField("editor.field" + pointer);
}

}  // namespace

void DraftForm::begin(ScenarioDraft& draft, const DraftCheck& check, FreshEntries& fresh,
                      const std::map<std::string, std::string>& hints) {
    m_draft = &draft;
    m_check = &check;
    m_fresh = &fresh;
    m_hints = &hints;
    if (m_keyboardField != m_keyboardFieldNow) m_ownBlockHeight = 0;
    m_keyboardField = std::move(m_keyboardFieldNow);
    m_keyboardFieldNow.clear();
    m_keyboardFieldDrawn = false;
}

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
        ImGui::SetScrollHereY(0.3f);  // the field may be far below: bring it into view
        m_refocus.clear();
    }
}

bool DraftForm::edited(const std::string& pointer, Json value) {
    if (m_typing != pointer) m_draft->endTyping();
    m_typing = pointer;
    m_fresh->edited(pointer);
    return m_draft->set(pointer, std::move(value), true);
}

void DraftForm::track(const std::string& pointer) {
    if (ImGui::IsItemActive()) {
        focusRing();
        m_keyboardFieldNow = pointer;
        m_keyboardFieldDrawn = true;
    }
    if (ImGui::IsItemDeactivated() && m_typing == pointer) {
        m_typing.clear();
        m_draft->endTyping();
    }
}

bool DraftForm::text(const char* name, const std::string& pointer, const char* hint) {
    label(name, pointer);
    std::string value = m_draft->text(pointer);
    bool changed = ImGui::InputTextWithHint(("##" + pointer).c_str(), hint, &value, kTextFlags);
    nameFieldAt(pointer);
    if (changed) changed = edited(pointer, value);
    track(pointer);
    diagnostics(pointer);
    return changed;
}

bool DraftForm::multiline(const char* name, const std::string& pointer, float rows, const char* hint) {
    label(name, pointer);
    std::string value = m_draft->text(pointer);
    bool changed = m_wrapBox.draw(pointer, value, rows, hint);
    nameFieldAt(pointer);
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
    nameFieldAt(pointer);
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
    nameFieldAt(pointer);
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
    nameFieldAt(pointer);
    if (changed) {
        m_typing.clear();
        m_fresh->edited(pointer);
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
    ImGui::SetNextItemWidth(std::min(em(14), ImGui::GetContentRegionAvail().x));
    const bool open = ImGui::BeginCombo(("##" + pointer).c_str(), shown.c_str());
    nameFieldAt(pointer);
    if (open) {
        for (const auto& [choiceValue, choiceShown] : choices) {
            const bool picked = ImGui::Selectable(choiceShown.c_str(), choiceValue == value);
            if (widget_handles::recording())
                widget_handles::nameText("editor.choice" + pointer + "=" + choiceValue, choiceShown);
            if (picked && choiceValue != value) {
                m_typing.clear();
                m_fresh->edited(pointer);
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
    bool changed = m_wrapBox.draw(pointer, value, height, hint);
    nameFieldAt(pointer);
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
    nameFieldAt(pointer);
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
    bool changed = m_wrapBox.draw(pointer, value, height, hint);
    nameFieldAt(pointer);
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

std::vector<FieldDiagnostic> DraftForm::steady(const std::string& block,
                                              const std::vector<const FieldDiagnostic*>& now) {
    const bool above = !m_keyboardField.empty() && !m_keyboardFieldDrawn;
    if (above) {
        const auto shown = m_blocksShown.find(block);
        return shown == m_blocksShown.end() ? std::vector<FieldDiagnostic>{} : shown->second;
    }
    std::vector<FieldDiagnostic> found;
    for (const FieldDiagnostic* d : now) found.push_back(*d);
    // Only blocks with something in them are kept: most have nothing.
    if (found.empty()) m_blocksShown.erase(block);
    else m_blocksShown[block] = found;
    return found;
}

void DraftForm::diagnostics(const std::string& pointer, bool within) {
    const std::vector<FieldDiagnostic> found =
        steady((within ? "within:" : "at:") + pointer, within ? m_check->within(pointer) : m_check->at(pointer));
    const bool ownBlock = !m_keyboardField.empty() && pointer == m_keyboardField;
    const float top = ImGui::GetCursorPosY();
    for (const FieldDiagnostic& d : found) {
        const bool error = d.diagnostic.severity == Diagnostic::Severity::Error;
        ImGui::Indent(em(8));
        wrappedColoredText(error ? errorColour() : palette::warning,
                           std::string(error ? "error: " : "warning: ") + d.diagnostic.message);
        ImGui::Unindent(em(8));
    }
    if (const auto hint = m_hints->find(pointer); hint != m_hints->end()) {
        ImGui::Indent(em(8));
        wrappedColoredText(palette::muted, hint->second);
        if (widget_handles::recording()) widget_handles::nameWrapped("editor.hint" + pointer, hint->second);
        ImGui::Unindent(em(8));
    }
    if (!ownBlock) return;
    const float height = ImGui::GetCursorPosY() - top;
    const float spacing = ImGui::GetStyle().ItemSpacing.y;  // a Dummy adds it below itself
    if (m_ownBlockHeight - height >= spacing) ImGui::Dummy(ImVec2(0, m_ownBlockHeight - height - spacing));
    m_ownBlockHeight = std::max(m_ownBlockHeight, height);
}

}  // namespace rehearse
