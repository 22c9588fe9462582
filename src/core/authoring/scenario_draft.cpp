#include "core/authoring/scenario_draft.hpp"

#include "core/scenario/scenario_loader.hpp"

#include <utility>

namespace rehearse {
namespace {

using Json = ScenarioDraft::Json;

// The pointer to the container of `pointer` and the last reference token; nothing for the root or a malformed pointer.
std::optional<std::pair<std::string, std::string>> splitLast(const std::string& pointer) {
    if (pointer.empty() || pointer.front() != '/') return std::nullopt;
    const std::size_t slash = pointer.rfind('/');
    std::string token = pointer.substr(slash + 1);
    // RFC 6901: "~1" is '/', "~0" is '~', in that order.
    std::string unescaped;
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '~' && i + 1 < token.size() && (token[i + 1] == '0' || token[i + 1] == '1')) {
            unescaped += token[i + 1] == '0' ? '~' : '/';
            ++i;
        } else {
            unescaped += token[i];
        }
    }
    return std::make_pair(pointer.substr(0, slash), unescaped);
}

// An array index token: digits only, no leading zero (RFC 6901).
std::optional<std::size_t> arrayIndex(const std::string& token) {
    if (token.empty() || token.size() > 9 || (token.size() > 1 && token[0] == '0')) return std::nullopt;
    std::size_t index = 0;
    for (char c : token) {
        if (c < '0' || c > '9') return std::nullopt;
        index = index * 10 + static_cast<std::size_t>(c - '0');
    }
    return index;
}

}  // namespace

ScenarioDraft::ScenarioDraft(Json document, std::string path)
    : m_document(std::move(document)), m_saved(m_document), m_path(std::move(path)) {}

std::optional<ScenarioDraft> ScenarioDraft::fromText(const std::string& text, const std::string& path,
                                                     Diagnostics& diagnostics) {
    Json document = Json::parse(text, nullptr, false);
    if (document.is_discarded() || !document.is_object()) {
        // The loader words and locates what is wrong with the text.
        for (Diagnostic& d : loadScenarioFromText(text, path).diagnostics)
            if (d.severity == Diagnostic::Severity::Error) diagnostics.push_back(std::move(d));
        return std::nullopt;
    }
    return ScenarioDraft(std::move(document), path);
}

Json* ScenarioDraft::locate(const std::string& pointer) {
    Json* at = &m_document;
    std::size_t begin = 0;
    if (pointer.empty()) return at;
    if (pointer.front() != '/') return nullptr;
    // Walk token by token so that a malformed or dangling pointer is a null, never a throw.
    while (begin < pointer.size()) {
        std::size_t end = pointer.find('/', begin + 1);
        if (end == std::string::npos) end = pointer.size();
        const auto split = splitLast(pointer.substr(0, end));
        if (!split) return nullptr;
        const std::string& token = split->second;
        if (at->is_object()) {
            auto member = at->find(token);
            if (member == at->end()) return nullptr;
            at = &*member;
        } else if (at->is_array()) {
            const auto index = arrayIndex(token);
            if (!index || *index >= at->size()) return nullptr;
            at = &(*at)[*index];
        } else {
            return nullptr;
        }
        begin = end;
    }
    return at;
}

const Json* ScenarioDraft::find(const std::string& pointer) const {
    return const_cast<ScenarioDraft*>(this)->locate(pointer);
}

std::string ScenarioDraft::text(const std::string& pointer) const {
    const Json* value = find(pointer);
    return value && value->is_string() ? value->get<std::string>() : std::string();
}

bool ScenarioDraft::replace(const std::string& pointer, Json after, bool typing) {
    Json* at = locate(pointer);
    if (!at) return false;
    if (*at == after) return true;
    Step step{pointer, *at, after};
    *at = std::move(after);
    ++m_revision;
    m_steps.resize(m_done);  // a new edit forgets what could be redone
    if (typing && m_typingOpen && !m_steps.empty() && m_steps.back().pointer == pointer) {
        m_steps.back().after = std::move(step.after);
    } else {
        m_steps.push_back(std::move(step));
    }
    m_done = m_steps.size();
    m_typingOpen = typing;
    return true;
}

bool ScenarioDraft::set(const std::string& pointer, Json value, bool typing) {
    if (locate(pointer)) return replace(pointer, std::move(value), typing);
    // A new member: the step is on the object that gains it.
    const auto split = splitLast(pointer);
    if (!split) return false;
    const Json* parent = find(split->first);
    if (!parent || !parent->is_object()) return false;
    Json after = *parent;
    after[split->second] = std::move(value);
    return replace(split->first, std::move(after), false);
}

bool ScenarioDraft::insert(const std::string& arrayPointer, std::size_t index, Json value) {
    const Json* array = find(arrayPointer);
    if (!array || !array->is_array() || index > array->size()) return false;
    Json after = *array;
    after.insert(after.begin() + static_cast<std::ptrdiff_t>(index), std::move(value));
    return replace(arrayPointer, std::move(after), false);
}

bool ScenarioDraft::remove(const std::string& pointer) {
    const auto split = splitLast(pointer);
    if (!split) return false;
    const Json* parent = find(split->first);
    if (!parent) return false;
    Json after = *parent;
    if (after.is_object()) {
        if (after.erase(split->second) == 0) return false;
    } else if (after.is_array()) {
        const auto index = arrayIndex(split->second);
        if (!index || *index >= after.size()) return false;
        after.erase(*index);
    } else {
        return false;
    }
    return replace(split->first, std::move(after), false);
}

bool ScenarioDraft::moveDown(const std::string& arrayPointer, std::size_t index) {
    const Json* array = find(arrayPointer);
    if (!array || !array->is_array() || index + 1 >= array->size()) return false;
    Json after = *array;
    std::swap(after[index], after[index + 1]);
    return replace(arrayPointer, std::move(after), false);
}

bool ScenarioDraft::undo() {
    if (!canUndo()) return false;
    const Step& step = m_steps[m_done - 1];
    Json* at = locate(step.pointer);
    if (!at) return false;  // cannot happen: every later step was undone first
    *at = step.before;
    --m_done;
    m_typingOpen = false;
    ++m_revision;
    return true;
}

bool ScenarioDraft::redo() {
    if (!canRedo()) return false;
    const Step& step = m_steps[m_done];
    Json* at = locate(step.pointer);
    if (!at) return false;
    *at = step.after;
    ++m_done;
    m_typingOpen = false;
    ++m_revision;
    return true;
}

std::string ScenarioDraft::undoPointer() const { return canUndo() ? m_steps[m_done - 1].pointer : std::string(); }
std::string ScenarioDraft::redoPointer() const { return canRedo() ? m_steps[m_done].pointer : std::string(); }

}  // namespace rehearse
