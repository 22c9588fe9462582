#include "core/authoring/draft_trial.hpp"

#include <algorithm>
#include <cstdlib>

namespace rehearse {
namespace {

// "/stages/10/key_points/2" -> {"stages", 10, "key_points", 2} as sort keys:
// an index compares as a number, so "/facts/10" comes after "/facts/9".
std::vector<std::pair<long, std::string>> pointerSortKey(const std::string& pointer) {
    std::vector<std::pair<long, std::string>> key;
    std::size_t at = 0;
    while (at < pointer.size()) {
        const std::size_t next = std::min(pointer.find('/', at + 1), pointer.size());
        const std::string token = pointer.substr(at + 1, next - at - 1);
        const bool index = !token.empty() && std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
        key.emplace_back(index ? std::strtol(token.c_str(), nullptr, 10) : -1, index ? std::string() : token);
        at = next;
    }
    return key;
}

// "/stages/0/key_points/2" -> "key point"; "/facts/3" -> "fact".
std::string entryKind(const std::string& entry) {
    const std::size_t last = entry.rfind('/');
    const std::size_t before = last == std::string::npos || last == 0 ? std::string::npos : entry.rfind('/', last - 1);
    std::string list = before == std::string::npos ? std::string() : entry.substr(before + 1, last - before - 1);
    if (list == "follow_ups") return "follow-up";
    if (!list.empty() && list.back() == 's') list.pop_back();
    std::replace(list.begin(), list.end(), '_', ' ');
    return list.empty() ? "entry" : list;
}

bool holdsError(const DraftCheck& check, const std::string& entry) {
    for (const FieldDiagnostic* d : check.within(entry))
        if (d->diagnostic.severity == Diagnostic::Severity::Error) return true;
    return false;
}

}  // namespace

DraftTrial trialOf(const ScenarioDraft& draft, const DraftCheck& check, const FreshEntries& fresh) {
    DraftTrial trial;
    if (check.scenario) {
        trial.scenario = check.scenario;
        return trial;
    }
    // An error outside the fresh entries (or a draft that does not format): nothing to try.
    if (!check.canonicalText || fresh.shown(check).hasErrors()) return trial;
    std::vector<std::string> leftOut;
    for (const std::string& entry : fresh.entries())
        if (holdsError(check, entry)) leftOut.push_back(entry);
    if (leftOut.empty()) return trial;
    std::sort(leftOut.begin(), leftOut.end(),
              [](const std::string& a, const std::string& b) { return pointerSortKey(a) < pointerSortKey(b); });

    // Removed last first, so each pointer still names its entry when its turn comes.
    ScenarioDraft without(draft.document(), draft.path());
    for (auto it = leftOut.rbegin(); it != leftOut.rend(); ++it)
        if (!without.remove(*it)) return trial;
    // Without the library: the full check already found nothing else wrong.
    DraftCheck trimmed = checkDraft(without);
    if (!trimmed.scenario) return trial;  // the rest needs the entry after all (an emptied list)
    trial.scenario = std::move(trimmed.scenario);
    trial.leftOut = leftOut;

    std::string entries;
    for (std::size_t i = 0; i < leftOut.size(); ++i) {
        if (i > 0) entries += i + 1 == leftOut.size() ? " and " : ", ";
        entries += "the new " + entryKind(leftOut[i]);
    }
    trial.note = "Trying the draft without " + entries;
    if (leftOut.size() == 1) {
        const std::string missing = fresh.missingInWords(check, leftOut.front());
        trial.note += " until it is filled in" + (missing.empty() ? std::string() : ": " + missing) + ".";
    } else {
        trial.note += " until they are filled in.";
    }
    return trial;
}

}  // namespace rehearse
