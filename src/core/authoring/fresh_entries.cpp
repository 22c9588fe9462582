#include "core/authoring/fresh_entries.hpp"

#include <algorithm>

namespace rehearse {
namespace {

bool isWithin(const std::string& pointer, const std::string& entry) {
    return pointer == entry || pointer.rfind(entry + "/", 0) == 0;
}

// "text", "why" and "concepts" -> "the text, why and concepts"; '_' as a space.
std::string namesInWords(const std::vector<std::string>& names) {
    std::string out = "the ";
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
        std::string name = names[i];
        std::replace(name.begin(), name.end(), '_', ' ');
        out += name;
    }
    return out;
}

}  // namespace

void FreshEntries::added(const std::string& entry) {
    if (isFresh(entry)) return;
    m_entries.push_back(entry);
    ++m_revision;
}

void FreshEntries::edited(const std::string& pointer) {
    const auto holds = [&](const std::string& entry) { return isWithin(pointer, entry); };
    const auto end = std::remove_if(m_entries.begin(), m_entries.end(), holds);
    if (end == m_entries.end()) return;
    m_entries.erase(end, m_entries.end());
    ++m_revision;
}

void FreshEntries::forget() {
    if (m_entries.empty()) return;
    m_entries.clear();
    ++m_revision;
}

bool FreshEntries::isFresh(const std::string& entry) const {
    return std::find(m_entries.begin(), m_entries.end(), entry) != m_entries.end();
}

DraftCheck FreshEntries::shown(const DraftCheck& check) const {
    DraftCheck out;
    for (const FieldDiagnostic& d : check.diagnostics) {
        const bool inFresh = std::any_of(m_entries.begin(), m_entries.end(),
                                         [&](const std::string& entry) { return isWithin(d.pointer, entry); });
        if (!inFresh) out.diagnostics.push_back(d);
    }
    return out;
}

std::map<std::string, std::string> FreshEntries::hints(const DraftCheck& check) const {
    std::map<std::string, std::string> out;
    for (const std::string& entry : m_entries) {
        const std::string missing = missingInWords(check, entry);
        if (!missing.empty()) out[entry] = "Fill in " + missing + ".";
    }
    return out;
}

std::string FreshEntries::missingInWords(const DraftCheck& check, const std::string& entry) const {
    std::vector<std::string> members;
    for (const FieldDiagnostic& d : check.diagnostics) {
        if (d.diagnostic.severity != Diagnostic::Severity::Error || !isWithin(d.pointer, entry)) continue;
        if (d.pointer.size() <= entry.size() + 1) continue;  // about the entry as a whole
        const std::string rest = d.pointer.substr(entry.size() + 1);
        const std::string member = rest.substr(0, rest.find('/'));
        if (std::find(members.begin(), members.end(), member) == members.end()) members.push_back(member);
    }
    return members.empty() ? std::string() : namesInWords(members);
}

}  // namespace rehearse
