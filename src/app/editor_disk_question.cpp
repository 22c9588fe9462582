// EditorScreen, continued: the open file followed on disk. Changed by
// another program, it is read in; changed under unsaved edits, the author is
// asked "load it, or keep mine?" (the rule is core/authoring/draft_disk_sync.hpp).
#include "app/editor_screen.hpp"

#include "app/theme.hpp"
#include "app/widget_handles.hpp"
#include "app/widgets.hpp"
#include "core/scenario/file_stamp.hpp"

#include <imgui.h>

namespace rehearse {

void EditorScreen::followDisk(AppState& app) {
    if (!m_draft || m_diskQuestion || ImGui::GetTime() - m_diskPolledAt < kScenarioPollSeconds) return;
    m_diskPolledAt = ImGui::GetTime();
    switch (m_disk.poll(*m_draft)) {
        case DraftDiskSync::Change::None: break;
        case DraftDiskSync::Change::Take: takeDiskVersion(app); break;
        case DraftDiskSync::Change::Ask: m_diskQuestion = true; break;
    }
}

void EditorScreen::takeDiskVersion(AppState& app) {
    m_diskQuestion = false;
    Diagnostics problems;
    std::optional<ScenarioDraft> fromDisk = m_disk.read(problems);
    if (!fromDisk) {
        // Half-way through a change in another editor: the draft stays as it was.
        m_status = "The file changed on disk but does not load; the editor keeps the last version: " +
                   (problems.empty() ? m_disk.path() : problems.front().format());
        return;
    }
    if (m_checking.valid()) m_checking.get();  // about the version before
    m_draft = std::move(fromDisk);
    m_checkedPath.clear();
    m_reveal.clear();
    m_status = "Reloaded: " + m_draft->path() + " changed on disk.";
    recheck(app, true);
}

void EditorScreen::drawDiskQuestion(AppState& app) {
    if (!m_diskQuestion) return;
    wrappedColoredText(palette::warning, m_disk.path() + " changed on disk, and this draft has edits that are not saved.");
    if (ImGui::Button("Load the file (discard my edits)")) takeDiskVersion(app);
    widget_handles::nameButton("editor.disk.load", "Load the file (discard my edits)");
    ImGui::SameLine();
    if (ImGui::Button("Keep my edits")) {
        m_disk.dismiss();  // saving then writes the draft over the file
        m_diskQuestion = false;
    }
    widget_handles::nameButton("editor.disk.keep", "Keep my edits");
}

}  // namespace rehearse
