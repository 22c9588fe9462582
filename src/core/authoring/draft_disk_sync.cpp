#include "core/authoring/draft_disk_sync.hpp"

#include "core/scenario/scenario_limits.hpp"

namespace rehearse {

void DraftDiskSync::track(const std::string& path) {
    m_path = path;
    m_stamp = path.empty() ? FileStamp{} : fileStamp(path);
}

DraftDiskSync::Change DraftDiskSync::poll(const ScenarioDraft& draft) const {
    if (m_path.empty()) return Change::None;
    const FileStamp now = fileStamp(m_path);
    // A file deleted or moved away: the draft is all there is; nothing to read in.
    if (now == m_stamp || !now.exists) return Change::None;
    return draft.modified() ? Change::Ask : Change::Take;
}

std::optional<ScenarioDraft> DraftDiskSync::read(Diagnostics& problems) {
    m_stamp = fileStamp(m_path);
    std::string error;
    std::optional<std::string> text = readScenarioFile(m_path, error);
    if (!text) {
        problems.push_back({m_path, 0, 0, Diagnostic::Severity::Error, error});
        return std::nullopt;
    }
    return ScenarioDraft::fromText(*text, m_path, problems);
}

}  // namespace rehearse
